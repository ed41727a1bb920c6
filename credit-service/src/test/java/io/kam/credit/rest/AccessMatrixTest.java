package io.kam.credit.rest;

import static io.kam.credit.support.Credit.ERP;
import static io.kam.credit.support.Credit.MANAGER_HQ;
import static io.kam.credit.support.Credit.REP_SH;
import static io.kam.credit.support.Credit.SH;
import static io.kam.credit.support.Credit.SUPERVISOR_EAST;
import static io.kam.credit.support.Credit.SUPERVISOR_HZ;
import static io.kam.credit.support.Credit.SUPERVISOR_SH;
import static io.kam.credit.support.Credit.as;
import static io.kam.credit.support.Credit.openProfile;
import static io.kam.credit.support.Credit.transaction;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.kam.credit.support.Credit;
import io.kam.credit.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Every credit endpoint against rep, supervisor of another area, region supervisor, HQ manager and
 * integration. Reads: 403 for roles that never see credit, 404 for supervisors+ outside the org line.
 */
@QuarkusTest
class AccessMatrixTest {

  /** Columns: rep.sh, supervisor.hz, supervisor.east, manager.hq, erp (integration). */
  static final List<String> ACTORS = List.of("rep", "supervisor-other-area", "region-supervisor", "hq-manager",
      "integration");

  record Fixture(String account, String evaluation, String draft, String filed, String verified, String approved) {
  }

  record Row(String endpoint, Function<Fixture, Response> call, int rep, int otherArea, int region, int hq,
      int integration) {

    int expected(int column) {
      return new int[] {rep, otherArea, region, hq, integration}[column];
    }
  }

  static Stream<Arguments> actors() {
    return Stream.of(Arguments.of(0, REP_SH), Arguments.of(1, SUPERVISOR_HZ), Arguments.of(2, SUPERVISOR_EAST),
        Arguments.of(3, MANAGER_HQ), Arguments.of(4, ERP));
  }

  @ParameterizedTest(name = "{index}: column {0}")
  @MethodSource("actors")
  void everyCreditEndpointAnswersEachRoleAsThePlanSays(int column, String token) {
    Fixture f = fixture();
    String base = "/api/v1/credit/profiles/" + f.account();
    List<Row> rows = List.of(
        new Row("GET profile", x -> as(token).get(base), 403, 404, 200, 200, 403),
        new Row("GET tier-changes", x -> as(token).get(base + "/tier-changes"), 403, 404, 200, 200, 403),
        new Row("GET transactions", x -> as(token).get(base + "/transactions"), 403, 404, 200, 200, 403),
        new Row("GET contract-performance", x -> as(token).get(base + "/contract-performance"), 403, 404, 200, 200, 403),
        new Row("GET change-requests", x -> as(token).get(base + "/change-requests"), 403, 404, 200, 200, 403),
        new Row("GET evaluation", x -> as(token).get("/api/v1/credit/evaluations/" + x.evaluation()), 403, 404, 200, 200,
            403),
        new Row("GET change-request", x -> as(token).get("/api/v1/credit/change-requests/" + x.draft()), 403, 404, 200,
            200, 403),
        new Row("POST transactions", x -> as(token).body(Map.of("sourceId", UUID.randomUUID().toString(), "amount", 10,
            "date", TestClock.today().toString())).post(base + "/transactions"), 403, 403, 403, 403, 201),
        new Row("POST contract-performance", x -> as(token).body(Map.of("sourceId", UUID.randomUUID().toString(),
            "contractId", "CT-9", "obligationsDue", 10, "obligationsFulfilled", 10, "asOf", TestClock.today().toString()))
            .post(base + "/contract-performance"), 403, 403, 403, 403, 201),
        new Row("POST evaluations", x -> as(token).post(base + "/evaluations"), 403, 404, 201, 201, 403),
        new Row("PUT evaluation", x -> as(token).body(Map.of("version", 0, "scores", Map.of("collateral", 5)))
            .put("/api/v1/credit/evaluations/" + x.evaluation()), 403, 404, 200, 200, 403),
        new Row("POST evaluation complete (incomplete)", x -> as(token)
            .post("/api/v1/credit/evaluations/" + x.evaluation() + "/complete"), 403, 404, 409, 409, 403),
        new Row("POST change-requests", x -> as(token).body(Map.of("requestedTier", "YELLOW", "reason", "r",
            "trigger", "OTHER", "triggeredAt", TestClock.CLOCK.instant().toString())).post(base + "/change-requests"),
            403, 404, 403, 403, 403),
        new Row("POST file", x -> as(token).post("/api/v1/credit/change-requests/" + x.draft() + "/file"), 403, 404,
            403, 403, 403),
        new Row("POST decision (region step)", x -> as(token).body(Map.of("decision", "APPROVE"))
            .post("/api/v1/credit/change-requests/" + x.filed() + "/decisions"), 403, 404, 200, 409, 403),
        new Row("POST hq-signature extension", x -> as(token).body(Map.of("newDueAt", TestClock.CLOCK.instant()
                .plus(java.time.Duration.ofDays(4)).toString(), "reason", "r"))
            .post("/api/v1/credit/change-requests/" + x.verified() + "/hq-signature/extensions"), 403, 404, 403, 403, 403),
        new Row("POST apply", x -> as(token).post("/api/v1/credit/change-requests/" + x.approved() + "/apply"), 403, 404,
            403, 403, 403),
        new Row("GET profiles list", x -> as(token).get("/api/v1/credit/profiles"), 403, 200, 200, 200, 403));
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      Response r = row.call().apply(f);
      int expected = row.expected(column);
      if (r.statusCode() != expected) {
        wrong.add(row.endpoint() + ": expected " + expected + " got " + r.statusCode() + " " + r.asString());
      }
      if (r.statusCode() >= 400) {
        String body = r.asString();
        assertFalse(body.contains("creditLimit") || body.contains("\"tier\""), row.endpoint() + " leaks data: " + body);
        assertTrue(r.contentType().startsWith("application/problem+json"), row.endpoint() + ": " + r.contentType());
      }
    }
    assertEquals(List.of(), wrong, ACTORS.get(column));
  }

  @Test
  void aSupervisorOfAnotherAreaDoesNotSeeTheAccountInTheList() {
    Fixture f = fixture();
    as(SUPERVISOR_HZ).get("/api/v1/credit/profiles?limit=500").then().statusCode(200)
        .body("items.accountId", not(hasItem(f.account())));
    as(SUPERVISOR_EAST).get("/api/v1/credit/profiles?limit=500").then().statusCode(200);
  }

  @Test
  void keysetPagesCoverEveryProfileOnce() {
    String north = "HQ/NORTH/" + ("P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
    List<String> opened = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      opened.add(openProfile(north));
    }
    String token = io.kam.testsupport.TestTokens.token("supervisor.p", north, "supervisor");
    List<String> seen = new ArrayList<>();
    String after = null;
    do {
      var page = as(token).queryParam("limit", 2).queryParam("after", after == null ? "" : after)
          .get("/api/v1/credit/profiles").then().statusCode(200).extract();
      seen.addAll(page.path("items.accountId"));
      after = page.path("nextCursor");
    } while (after != null);
    assertEquals(5, seen.size());
    assertEquals(new java.util.HashSet<>(opened), new java.util.HashSet<>(seen));
    as(token).queryParam("after", "not-a-cursor").get("/api/v1/credit/profiles").then().statusCode(400);
  }

  @Test
  void readsOfCreditDataAreAudited() {
    Fixture f = fixture();
    as(SUPERVISOR_EAST).get("/api/v1/credit/profiles/" + f.account()).then().statusCode(200);
    long reads = ((Number) Credit.sql("select count(*) from kam_audit where entity_id = ?1 and action = 'read' "
        + "and actor = 'supervisor.east' and entity_type = 'credit-profile'", f.account()).get(0)).longValue();
    assertEquals(1, reads);
  }

  @Test
  void withoutATokenNothingIsAnswered() {
    Fixture f = fixture();
    RestAssured.given().get("/api/v1/credit/profiles/" + f.account()).then().statusCode(401);
  }

  /** An account in HQ/EAST/SH with an evaluation and change requests in each state the matrix needs. */
  static Fixture fixture() {
    String account = openProfile(SH);
    transaction(account, "tx-" + account, "2000000");
    String evaluation = as(SUPERVISOR_SH).post("/api/v1/credit/profiles/{a}/evaluations", account).then()
        .statusCode(201).extract().path("id");
    String draft = ChangeRequestResourceTest.draft(account, "YELLOW");
    String filed = ChangeRequestResourceTest.draft(account, "YELLOW");
    file(filed);
    String verified = ChangeRequestResourceTest.draft(account, "YELLOW");
    file(verified);
    ChangeRequestResourceTest.decide(SUPERVISOR_EAST, verified, "APPROVE").statusCode(200);
    String approved = ChangeRequestResourceTest.draft(account, "YELLOW");
    file(approved);
    ChangeRequestResourceTest.decide(SUPERVISOR_EAST, approved, "APPROVE").statusCode(200);
    ChangeRequestResourceTest.decide(MANAGER_HQ, approved, "APPROVE").statusCode(200);
    return new Fixture(account, evaluation, draft, filed, verified, approved);
  }

  static void file(String id) {
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/file", id).then().statusCode(200);
  }
}
