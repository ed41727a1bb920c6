package io.kam.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class AuthenticationTest {

  private static final String PATH = "/api/v1/screening/echo";

  @Test
  void validTokenPasses() {
    given().auth().oauth2(TestTokens.token("auth.ok", "HQ/EAST/SH", "rep")).get(PATH).then().statusCode(200);
  }

  @Test
  void missingTokenIs401Problem() {
    given().get(PATH).then().statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .contentType(containsString("application/problem+json"))
        .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
  }

  @Test
  void overviewAlsoNeedsAToken() {
    given().get("/api/v1/accounts/00000000-0000-0000-0000-000000000001/overview").then().statusCode(401);
  }

  @Test
  void expiredTokenIs401() {
    given().auth().oauth2(TestTokens.expired("auth.expired", "HQ", "rep")).get(PATH).then().statusCode(401)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void tokenSignedWithAnotherKeyIs401() throws Exception {
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String forged = claims("auth.forged", TestTokens.ISSUER, TestTokens.AUDIENCE).jws().keyId("kam-test")
        .sign(generator.generateKeyPair().getPrivate());
    given().auth().oauth2(forged).get(PATH).then().statusCode(401);
  }

  @Test
  void unsignedAlgNoneTokenIs401() {
    String signed = TestTokens.token("auth.none", "HQ", "admin");
    String[] parts = signed.split("\\.");
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    given().auth().oauth2(header + "." + parts[1] + ".").get(PATH).then().statusCode(401);
    given().auth().oauth2(header + "." + parts[1] + "." + parts[2]).get(PATH).then().statusCode(401);
  }

  @Test
  void wrongIssuerIs401() {
    String token = claims("auth.issuer", "https://evil.example/issuer", TestTokens.AUDIENCE).jws().keyId("kam-test")
        .sign(TestTokens.privateKey());
    given().auth().oauth2(token).get(PATH).then().statusCode(401);
  }

  @Test
  void wrongAudienceIs401() {
    String token = claims("auth.audience", TestTokens.ISSUER, "not-kam").jws().keyId("kam-test")
        .sign(TestTokens.privateKey());
    given().auth().oauth2(token).get(PATH).then().statusCode(401);
  }

  @Test
  void garbageTokenIs401() {
    given().auth().oauth2("not.a.jwt").get(PATH).then().statusCode(401);
  }

  @Test
  void healthAndDocsArePublic() {
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/openapi?format=json").then().statusCode(200);
    given().get("/q/swagger-ui/").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
  }

  private static io.smallrye.jwt.build.JwtClaimsBuilder claims(String subject, String issuer, String audience) {
    long now = System.currentTimeMillis() / 1000;
    return Jwt.issuer(issuer).audience(audience).subject(subject).upn(subject).groups(Set.of("rep"))
        .claim("org", "HQ").issuedAt(now).expiresAt(now + 600);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
