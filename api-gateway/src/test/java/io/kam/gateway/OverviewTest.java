package io.kam.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Screening, credit and visits stubs run; suggestions and service-support are stopped (refused connections). */
@QuarkusTest
class OverviewTest {

  private static final String ACCOUNT = "6f1c2a9e-4b7d-4c1e-9a52-0d3e8f7b1a20";

  @Test
  void composesRunningServicesAndMarksStoppedOnesUnavailable() {
    String token = TestTokens.token("overview.user", "HQ/EAST/SH", "supervisor");
    given().auth().oauth2(token).get("/api/v1/accounts/" + ACCOUNT + "/overview")
        .then().statusCode(200)
        .contentType(containsString("application/json"))
        .body("accountId", equalTo(ACCOUNT))
        .body("complete", equalTo(false))
        .body("parts.account.status", equalTo("ok"))
        .body("parts.account.data.id", equalTo(ACCOUNT))
        .body("parts.account.data.orgUnit", equalTo("HQ/EAST/SH"))
        .body("parts.account.data.keyAccount", equalTo(true))
        // the caller's own token went to credit (the stub answers 401 without one)
        .body("parts.credit.status", equalTo("ok"))
        .body("parts.credit.data.tier", equalTo("green"))
        .body("parts.credit.data.policyVersion", equalTo("CR-3"))
        .body("parts.visits.status", equalTo("ok"))
        .body("parts.visits.data.items[0].accountId", equalTo(ACCOUNT))
        .body("parts.suggestions.status", equalTo("unavailable"))
        .body("parts.suggestions.reason", equalTo("service not reachable"))
        .body("parts.serviceTeam.status", equalTo("unavailable"))
        .body("parts.serviceRequests.status", equalTo("unavailable"));
  }

  @Test
  void creditRefusingTheCallerMarksThePartForbiddenWithoutData() {
    String token = TestTokens.token("overview.rep", "HQ/EAST/SH", "rep");
    given().auth().oauth2(token).get("/api/v1/accounts/" + Stubs.DENIED_ACCOUNT + "/overview")
        .then().statusCode(200)
        .body("parts.account.status", equalTo("ok"))
        .body("parts.credit.status", equalTo("forbidden"))
        .body("parts.credit", not(hasKey("data")))
        .body("parts.visits.status", equalTo("ok"));
  }

  @Test
  void aSlowPartIsCutOffAtItsTimeoutAndTheRestComesBack() {
    String token = TestTokens.token("overview.slow", "HQ", "manager");
    long started = System.nanoTime();
    given().auth().oauth2(token).get("/api/v1/accounts/" + Stubs.SLOW_CREDIT_ACCOUNT + "/overview")
        .then().statusCode(200)
        .body("parts.credit.status", equalTo("unavailable"))
        .body("parts.credit.reason", containsString("no answer within"))
        .body("parts.account.status", equalTo("ok"));
    // the stub takes 4 s; the part timeout is 1 s
    org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - started) / 1_000_000, lessThan(3500L));
  }

  @Test
  void unknownAccountIs404Problem() {
    String token = TestTokens.token("overview.unknown", "HQ", "manager");
    given().auth().oauth2(token).get("/api/v1/accounts/ffffffff-0000-0000-0000-000000000000/overview")
        .then().statusCode(404).contentType(containsString("application/problem+json"));
  }

  @Test
  void malformedIdIs400Problem() {
    String token = TestTokens.token("overview.bad", "HQ", "manager");
    given().auth().oauth2(token).get("/api/v1/accounts/not-a-uuid/overview")
        .then().statusCode(400).contentType(containsString("application/problem+json"));
  }
}
