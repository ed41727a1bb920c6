package io.kam.screening.rest;

import static io.kam.screening.support.Fixtures.BASE;
import static io.kam.screening.support.Fixtures.as;
import static io.kam.screening.support.Fixtures.org;
import static io.kam.screening.support.Fixtures.rep;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kam.screening.support.Fixtures;
import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AnalysisResourceTest {

  static Map<String, Object> developmentInput(double profit) {
    return Map.of(
        "financial", Map.of("currentRatio", 1.6, "netProfitMargin", 0.08, "returnOnAssets", 0.05,
            "collectionPeriodDays", 45, "inventoryTurnoverDays", 30),
        "sales", Map.of("buyers", "office workers", "logistics", "own warehouse"),
        "decisionMaker", Map.of("name", "Wang", "position", "purchasing director", "personality", "careful"),
        "purchaseFactors", Map.of("cost", "price sensitive", "technicalContent", "low", "policy",
            "holiday gifts from approved suppliers only"),
        "transactions", Map.of("volumePerPurchase", 1200, "awareness", 3, "satisfaction", 4),
        "estimate", Map.of("expectedSales", 6_000_000, "expectedProfit", profit, "inventoryInterest", 40_000,
            "staffCost", 150_000, "travelCost", 30_000, "riskCoefficient", 0.2, "managementCost", 60_000));
  }

  static int plan() {
    return Fixtures.policyVersion("development-plan");
  }

  @Test
  void needsAndResourceFitGiveTheLikelihood() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    String needs = as(rep(org)).body(Map.of("needs", List.of(Map.of("category", "technical", "description",
        "custom packaging", "priority", "HIGH")), "salesOpportunities", List.of(Map.of("description",
        "gift boxes", "estimatedValue", 800000)), "summary", "growing"))
        .post(BASE + "/customers/" + id + "/needs-analyses").then().statusCode(201)
        .body("needs[0].priority", equalTo("HIGH")).extract().path("id");
    as(rep(org)).get(BASE + "/customers/" + id + "/needs-analyses").then().statusCode(200)
        .body("id", equalTo(List.of(needs)));
    as(rep(org)).body(Map.of("needs", List.of(), "salesOpportunities", List.of()))
        .post(BASE + "/customers/" + id + "/needs-analyses").then().statusCode(400)
        .body("errors[0].field", equalTo("needs"));

    as(rep(org)).body(Map.of("needsAnalysisId", needs, "technicalScore", 80, "productionScore", 70,
        "afterSalesScore", 90)).post(BASE + "/customers/" + id + "/resource-fits").then().statusCode(201)
        .header("Location", containsString("/resource-fits/")).body("fitScore", equalTo(80.0f))
        .body("likelihood", equalTo("HIGH")).body("policyVersion", equalTo(plan()))
        .body("components.weight", equalTo(List.of(0.4f, 0.3f, 0.3f)));
    as(rep(org)).body(Map.of("technicalScore", 101, "productionScore", -1))
        .post(BASE + "/customers/" + id + "/resource-fits").then().statusCode(400)
        .body("errors.field", containsInAnyOrder("technicalScore", "productionScore", "afterSalesScore"));
    as(rep(org)).body(Map.of("needsAnalysisId", java.util.UUID.randomUUID(), "technicalScore", 1,
        "productionScore", 1, "afterSalesScore", 1)).post(BASE + "/customers/" + id + "/resource-fits")
        .then().statusCode(400).body("errors[0].field", equalTo("needsAnalysisId"));
    as(rep(org)).get(BASE + "/customers/" + id + "/resource-fits").then().body("", hasSize(1));
  }

  @Test
  void competitorAnalysisRecordsEachCompetitorsCapabilities() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    as(rep(org)).body(Map.of("competitors", List.of(Map.of("name", "Huaxin", "technicalCapability", 4,
        "productCapability", 3, "serviceCapability", 2)), "ourStrengths", "delivery"))
        .post(BASE + "/customers/" + id + "/competitor-analyses").then().statusCode(201)
        .body("competitors[0].overallCapability", equalTo(3.0f));
    as(rep(org)).body(Map.of("competitors", List.of(Map.of("name", "", "technicalCapability", 6,
        "productCapability", 3, "serviceCapability", 2))))
        .post(BASE + "/customers/" + id + "/competitor-analyses").then().statusCode(400)
        .body("errors.field", containsInAnyOrder("competitors[0].name", "competitors[0].technicalCapability"));
    as(rep(org)).get(BASE + "/customers/" + id + "/competitor-analyses").then().body("", hasSize(1));
  }

  @Test
  void theRiskTableShowsEveryInputWeightAndThePolicyVersion() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    String location = as(rep(org)).body(Map.of("scores", Map.of("competitive-advantage", 80, "customer-needs", 70,
        "competitor-analysis", 60), "note", "fit")).post(BASE + "/customers/" + id + "/risk-analyses")
        .then().statusCode(201).extract().header("Location");
    as(rep(org)).get(location).then().statusCode(200)
        .body("weightedTotal", equalTo(71.5f)).body("level", equalTo("MEDIUM"))
        .body("policyKey", equalTo("development-plan")).body("policyVersion", equalTo(plan()))
        .body("lines.code", equalTo(List.of("competitive-advantage", "customer-needs", "competitor-analysis")))
        .body("lines.weight", equalTo(List.of(0.4f, 0.35f, 0.25f)))
        .body("lines.score", equalTo(List.of(80, 70, 60)))
        .body("lines.weighted", equalTo(List.of(32.0f, 24.5f, 15.0f)))
        .body("bands.lowRiskFrom", equalTo(75));
    as(rep(org())).get(location).then().statusCode(404);
    as(rep(org)).body(Map.of("scores", Map.of("competitive-advantage", 80, "weather", 10)))
        .post(BASE + "/customers/" + id + "/risk-analyses").then().statusCode(400)
        .body("errors.field", containsInAnyOrder("scores.customer-needs", "scores.competitor-analysis",
            "scores.weather"));
    as(rep(org)).get(BASE + "/customers/" + id + "/risk-analyses").then().body("", hasSize(1));
  }

  @Test
  void theDevelopmentAnalysisComputesTheVerdictWithItsFigures() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    as(rep(org)).body(developmentInput(900_000)).post(BASE + "/customers/" + id + "/development-analyses")
        .then().statusCode(201).body("worthDeveloping", equalTo(true))
        .body("verdict.netValue", equalTo(440000.0f)).body("verdict.totalCost", equalTo(280000.0f))
        .body("verdict.checks.name", equalTo(List.of("netValue", "returnOnCost", "currentRatio", "netProfitMargin",
            "collectionPeriodDays")))
        .body("input.decisionMaker.position", equalTo("purchasing director")).body("policyVersion", equalTo(plan()));
    as(rep(org)).body(developmentInput(300_000)).post(BASE + "/customers/" + id + "/development-analyses")
        .then().statusCode(201).body("worthDeveloping", equalTo(false));
    Map<String, Object> bad = new java.util.HashMap<>(developmentInput(1));
    bad.remove("financial");
    bad.put("estimate", Map.of("riskCoefficient", 2));
    as(rep(org)).body(bad).post(BASE + "/customers/" + id + "/development-analyses").then().statusCode(400)
        .body("errors.field", hasItems("financial", "estimate.riskCoefficient",
            "estimate.expectedProfit"));
    as(rep(org)).get(BASE + "/customers/" + id + "/development-analyses").then().body("", hasSize(2))
        .body("[0].worthDeveloping", equalTo(false));
  }

  @Test
  void analysesFollowTheCustomersVisibility() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    Map<String, Object> risk = Map.of("scores", Map.of("competitive-advantage", 1, "customer-needs", 1,
        "competitor-analysis", 1));
    as(rep(org())).body(risk).post(BASE + "/customers/" + id + "/risk-analyses").then().statusCode(404);
    as(rep(org())).get(BASE + "/customers/" + id + "/risk-analyses").then().statusCode(404);
    as(TestTokens.token("archivist", "HQ", "archivist")).body(risk).post(BASE + "/customers/" + id + "/risk-analyses")
        .then().statusCode(403);
  }
}
