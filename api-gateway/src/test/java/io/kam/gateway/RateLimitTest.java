package io.kam.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The test profile allows a burst of 30 per user, refilled at 5 per second. */
@QuarkusTest
class RateLimitTest {

  @Test
  void aBurstFromOneUserIsLimitedWhileAnotherUserIsNot() {
    String greedy = TestTokens.token("burst.greedy", "HQ", "rep");
    String other = TestTokens.token("burst.other", "HQ", "rep");
    int ok = 0;
    Response limited = null;
    // stop at the first refusal: how far the burst gets does not depend on how fast this machine is
    for (int i = 0; i < 300 && limited == null; i++) {
      Response response = given().auth().oauth2(greedy).get("/api/v1/screening/echo");
      if (response.statusCode() == 200) {
        ok++;
      } else {
        assertEquals(429, response.statusCode());
        limited = response;
      }
    }
    assertTrue(limited != null, "never limited after " + ok + " requests");
    assertTrue(ok >= 30, "the burst of 30 was not allowed: " + ok);
    assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
    limited.then().contentType(containsString("application/problem+json")).body("status", equalTo(429));

    for (int i = 0; i < 10; i++) {
      given().auth().oauth2(other).get("/api/v1/screening/echo").then().statusCode(200);
    }
  }
}
