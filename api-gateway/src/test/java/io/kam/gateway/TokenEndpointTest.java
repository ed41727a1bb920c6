package io.kam.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class TokenEndpointTest {

  private static Response login(String username, String password) {
    return given().contentType(ContentType.JSON)
        .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
        .post("/api/v1/auth/token");
  }

  @Test
  void issuesATokenWithTheClaimsEveryServiceReads() {
    String token = login("alice", "alice-secret").then().statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("tokenType", equalTo("Bearer"))
        .body("expiresIn", equalTo(3600))
        .extract().path("accessToken");
    String[] parts = token.split("\\.");
    JsonPath header = new JsonPath(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
    JsonPath claims = new JsonPath(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    assertEquals("RS256", header.getString("alg"));
    assertEquals("https://kam.local/issuer", claims.getString("iss"));
    assertTrue(claims.getString("aud").contains("kam"));
    assertEquals("alice", claims.getString("sub"));
    assertEquals("alice", claims.getString("upn"));
    assertEquals(List.of("rep", "supervisor"), claims.getList("groups").stream().sorted().toList());
    assertEquals("HQ/EAST/SH", claims.getString("org"));
    assertEquals(3600L, claims.getLong("exp") - claims.getLong("iat"));

    // the gateway accepts its own token and forwards it unchanged
    given().auth().oauth2(token).get("/api/v1/screening/echo").then().statusCode(200)
        .body("headers.authorization[0]", equalTo("Bearer " + token));
  }

  @Test
  void departmentUsersCarryTheirDepartment() {
    String token = login("dept.bob", "bob-secret").then().statusCode(200).extract().path("accessToken");
    JsonPath claims = new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
        StandardCharsets.UTF_8));
    assertEquals("finance", claims.getString("department"));
    assertEquals(List.of("department"), claims.getList("groups"));
  }

  @Test
  void badCredentialsGetTheSame401WithoutAHint() {
    String wrongPassword = login("alice", "wrong").then().statusCode(401)
        .contentType(containsString("application/problem+json"))
        .body("status", equalTo(401))
        .extract().path("detail");
    String unknownUser = login("nobody-at-all", "alice-secret").then().statusCode(401)
        .contentType(containsString("application/problem+json"))
        .extract().path("detail");
    assertEquals(wrongPassword, unknownUser);
  }

  @Test
  void missingFieldsAre400() {
    given().contentType(ContentType.JSON).body("{\"username\":\"alice\"}").post("/api/v1/auth/token")
        .then().statusCode(400).contentType(containsString("application/problem+json"));
    given().contentType(ContentType.JSON).body("{not json").post("/api/v1/auth/token")
        .then().statusCode(400).contentType(containsString("application/problem+json"))
        .body(org.hamcrest.Matchers.not(containsString("Exception")));
  }

  @Test
  void repeatedAttemptsForOneUsernameAreRateLimited() {
    for (int i = 0; i < 5; i++) {
      login("brute.target", "guess-" + i).then().statusCode(401);
    }
    login("brute.target", "guess-6").then().statusCode(429)
        .header("Retry-After", notNullValue())
        .contentType(containsString("application/problem+json"))
        .body("status", equalTo(429));
    // the real password does not get through either while the bucket is empty
    login("brute.target", "alice-secret").then().statusCode(429);
    // another username from the same client is unaffected
    login("alice", "alice-secret").then().statusCode(200);
  }
}
