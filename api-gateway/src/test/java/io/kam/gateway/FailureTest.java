package io.kam.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FailureTest {

  private static final String TOKEN = TestTokens.token("failure.user", "HQ", "admin");

  @Test
  void refusedConnectionIs502Problem() {
    given().auth().oauth2(TOKEN).get("/api/v1/suggestions?accountId=1")
        .then().statusCode(502)
        .contentType(containsString("application/problem+json"))
        .body("type", equalTo("https://kam.local/problems/bad-gateway"))
        .body("title", equalTo("Bad gateway"))
        .body("status", equalTo(502))
        .body("detail", containsString("suggestions"))
        .body("instance", equalTo("/api/v1/suggestions"))
        .body(not(containsString("Exception")));
  }

  @Test
  void slowerThanTheTimeoutIs504Problem() {
    given().auth().oauth2(TOKEN).get("/api/v1/screening/slow?ms=3000")
        .then().statusCode(504)
        .contentType(containsString("application/problem+json"))
        .body("status", equalTo(504))
        .body("detail", containsString("screening"));
  }

  @Test
  void fastEnoughIsForwarded() {
    given().auth().oauth2(TOKEN).get("/api/v1/screening/slow?ms=100")
        .then().statusCode(200).body("slow", equalTo(true));
  }

  @Test
  void unknownPathsAreProblemsToo() {
    given().auth().oauth2(TOKEN).get("/api/v1/nowhere")
        .then().statusCode(404)
        .contentType(containsString("application/problem+json"));
  }
}
