package io.kam.credit.rest;

import static io.kam.credit.support.Credit.ERP;
import static io.kam.credit.support.Credit.REP_SH;
import static io.kam.credit.support.Credit.MANAGER_HQ;
import static io.kam.credit.support.Credit.SH;
import static io.kam.credit.support.Credit.SUPERVISOR_SH;
import static io.kam.credit.support.Credit.as;
import static io.kam.credit.support.Credit.openProfile;
import static io.kam.credit.support.Credit.outboxCount;
import static io.kam.credit.support.Credit.transaction;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.kam.credit.config.CreditPolicyDefinition;
import io.kam.credit.messaging.CreditEventPublisher;
import io.kam.testsupport.EventSchemas;
import io.kam.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EvaluationResourceTest {

  static final Map<String, Object> DOC = Map.of("reference", "ARCH-1", "receivedOn", "2025-04-10");
  static final Map<String, Object> BASIC = Map.of("companyName", "Acme Steel", "legalRepresentative", "Zhang San",
      "registeredCapital", 50000000, "establishedOn", "2008-06-01", "employees", 850);

  @Test
  void anEvaluationCannotBeCompletedWhileTheChecklistIsIncompleteThenScoresExplainably() {
    String account = openProfile(SH);
    transaction(account, "tx-" + account, "6000000");
    String id = as(SUPERVISOR_SH).post("/api/v1/credit/profiles/{a}/evaluations", account).then().statusCode(201)
        .header("Location", notNullValue()).body("status", equalTo("DRAFT"))
        .body("missing", hasItems("documents.businessLicence", "basicInformation.companyName", "scores.collateral"))
        .extract().path("id");

    as(SUPERVISOR_SH).post("/api/v1/credit/evaluations/{id}/complete", id).then().statusCode(409)
        .contentType("application/problem+json")
        .body("missing", hasItems("documents.businessLicence", "documents.legalRepresentativeId",
            "documents.financialStatementsYearEnd", "documents.financialStatementsQuarterEnd"));

    Map<String, Object> docs = new HashMap<>();
    docs.put("businessLicence", DOC);
    docs.put("legalRepresentativeId", DOC);
    docs.put("financialStatementsYearEnd", Map.of("reference", "FS-2024", "date", "2024-12-31"));
    as(SUPERVISOR_SH).body(Map.of("version", 0, "documents", docs, "basicInformation", BASIC, "scores", scores(10)))
        .put("/api/v1/credit/evaluations/{id}", id).then().statusCode(200)
        .body("missing", contains("documents.financialStatementsQuarterEnd"));
    as(SUPERVISOR_SH).post("/api/v1/credit/evaluations/{id}/complete", id).then().statusCode(409)
        .body("missing", contains("documents.financialStatementsQuarterEnd"));

    // a stale version and bad scores are refused, nothing stored
    as(SUPERVISOR_SH).body(Map.of("version", 0, "scores", Map.of("collateral", 1)))
        .put("/api/v1/credit/evaluations/{id}", id).then().statusCode(409);
    int version = as(SUPERVISOR_SH).get("/api/v1/credit/evaluations/{id}", id).then().statusCode(200)
        .header("ETag", notNullValue()).extract().path("version");
    as(SUPERVISOR_SH).body(Map.of("version", version, "scores", Map.of("no-such-criterion", 1, "collateral", 11)))
        .put("/api/v1/credit/evaluations/{id}", id).then().statusCode(400)
        .body("errors.field", containsInAnyOrder("scores.no-such-criterion", "scores.collateral"));
    as(SUPERVISOR_SH).get("/api/v1/credit/evaluations/{id}", id).then().body("scores.collateral", equalTo(10))
        .body("version", equalTo(version));

    docs.put("financialStatementsQuarterEnd", Map.of("reference", "FS-2025Q1", "date", "2025-03-31"));
    as(SUPERVISOR_SH).body(Map.of("version", version, "documents", docs))
        .put("/api/v1/credit/evaluations/{id}", id).then().statusCode(200).body("missing", hasSize(0));

    String changeRequest = as(SUPERVISOR_SH).post("/api/v1/credit/evaluations/{id}/complete", id).then()
        .statusCode(200).body("status", equalTo("COMPLETED"))
        .body("score", equalTo(100.0f)).body("level", equalTo("GREEN")).body("creditLimit", equalTo(5000000.0f))
        .body("policyVersion", equalTo(1))
        .body("breakdown.categories.code", contains("BASIC_INFORMATION", "OVERALL_CAPABILITY", "CAPITAL_AND_SOLVENCY",
            "BUSINESS_ENVIRONMENT"))
        .body("breakdown.categories.weight", contains(20, 30, 35, 15))
        .body("breakdown.categories[2].criteria.code", hasItems("collateral", "guarantee-method"))
        .body("breakdown.categories[2].criteria[0].maxPoints", equalTo(10))
        .body("changeRequestId", notNullValue())
        .extract().path("changeRequestId");

    as(SUPERVISOR_SH).post("/api/v1/credit/evaluations/{id}/complete", id).then().statusCode(409)
        .body("currentState", equalTo("COMPLETED"));

    // the tier stays YELLOW until the change is approved; score and limit are in the profile
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().statusCode(200)
        .body("tier", equalTo("YELLOW")).body("evaluatedLevel", equalTo("GREEN")).body("score", equalTo(100.0f))
        .body("creditLimit", equalTo(5000000.0f)).body("lastEvaluationId", equalTo(id));
    as(SUPERVISOR_SH).get("/api/v1/credit/change-requests/{id}", changeRequest).then().statusCode(200)
        .body("status", equalTo("DRAFT")).body("trigger", equalTo("EVALUATION")).body("requestedTier", equalTo("GREEN"))
        .body("currentTier", equalTo("YELLOW")).body("evaluationId", equalTo(id))
        .body("deadlines.stage", containsInAnyOrder("FILING", "WHOLE_CHANGE"));

    List<JsonNode> rated = KafkaTestClient.events(CreditEventPublisher.TOPIC, "kam.credit.rated", account, 2,
        Duration.ofSeconds(30));
    JsonNode evaluated = rated.stream().filter(e -> e.path("data").path("score").isNumber()).findFirst().orElseThrow();
    EventSchemas.assertValid("events/kam.credit.rated.v1.schema.json", evaluated);
    assertEquals("GREEN", evaluated.path("data").path("tier").asText());
    assertEquals(5000000, evaluated.path("data").path("creditLimit").asInt());
    assertEquals(id, evaluated.path("data").path("evaluationId").asText());
  }

  @Test
  void anUnratedAccountTakesTheEvaluatedLevelAsItsFirstTier() {
    String account = openProfile(SH);
    String id = complete(account, scores(5));
    as(SUPERVISOR_SH).get("/api/v1/credit/evaluations/{id}", id).then().body("level", equalTo("BLACK"))
        .body("score", equalTo(50.0f)).body("changeRequestId", nullValue());
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().body("tier", equalTo("BLACK"))
        .body("creditLimit", equalTo(0.0f));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}/tier-changes", account).then()
        .body("items.reason", contains("EVALUATION"));
    assertEquals(1, outboxCount(account, "kam.credit.rated"));
  }

  @Test
  void thePolicyInForceCarriesTheControlHeaderAndTheSheet() {
    as(MANAGER_HQ).get("/api/v1/credit/policies/{k}", CreditPolicyDefinition.KEY).then().statusCode(200)
        .body("documentNumber", equalTo("KAM-PLAN-03")).body("status", equalTo("IN_FORCE"))
        .body("content.fulfilmentThreshold", equalTo(0.75f))
        .body("content.changeDeadlines.hqSignMaxDays", equalTo(7))
        .body("content.scoringSheet", hasSize(4));
    // the scoring criteria are credit information: reps and feeds may not read them
    as(REP_SH).get("/api/v1/credit/policies/{k}", CreditPolicyDefinition.KEY).then().statusCode(403);
    as(ERP).get("/api/v1/credit/policies/{k}/versions", CreditPolicyDefinition.KEY).then().statusCode(403);
  }

  /** A completed evaluation of the account with all documents and the given scores. */
  static String complete(String account, Map<String, Object> scores) {
    String id = as(SUPERVISOR_SH).post("/api/v1/credit/profiles/{a}/evaluations", account).then().statusCode(201)
        .extract().path("id");
    Map<String, Object> docs = Map.of("businessLicence", DOC, "legalRepresentativeId", DOC,
        "financialStatementsYearEnd", DOC, "financialStatementsQuarterEnd", DOC);
    as(SUPERVISOR_SH).body(Map.of("version", 0, "documents", docs, "basicInformation", BASIC, "scores", scores))
        .put("/api/v1/credit/evaluations/{id}", id).then().statusCode(200);
    as(SUPERVISOR_SH).post("/api/v1/credit/evaluations/{id}/complete", id).then().statusCode(200);
    return id;
  }

  static Map<String, Object> scores(int points) {
    Map<String, Object> scores = new HashMap<>();
    new CreditPolicyDefinition().defaults().scoringSheet()
        .forEach(c -> c.criteria().forEach(cr -> scores.put(cr.code(), points)));
    return scores;
  }
}
