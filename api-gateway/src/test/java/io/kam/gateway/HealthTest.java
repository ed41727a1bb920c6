package io.kam.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest {

  @Test
  void readyEvenWithServicesDownAndSaysWhichAreUnreachable() {
    given().get("/q/health/ready").then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("downstream services"))
        .body("checks.find { it.name == 'downstream services' }.data.suggestions", equalTo("UNREACHABLE"))
        .body("checks.find { it.name == 'downstream services' }.data.services", equalTo("UNREACHABLE"));
  }

  @Test
  void exposesPrometheusMetricsWithOneUriTagPerAreaForForwardedCalls() {
    String token = io.kam.testsupport.TestTokens.token("metrics.user", "HQ", "admin");
    given().auth().oauth2(token).get("/api/v1/screening/echo/metrics-7f3a").then().statusCode(200);
    given().auth().oauth2(token).get("/api/v1/screening/echo/metrics-9b1c").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200)
        .body(containsString("http_server_requests_seconds_count"))
        .body(containsString("uri=\"/api/v1/screening/*\""))
        .body(not(containsString("metrics-7f3a")));
  }
}
