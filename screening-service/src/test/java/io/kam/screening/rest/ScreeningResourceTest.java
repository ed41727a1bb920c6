package io.kam.screening.rest;

import static io.kam.screening.support.Fixtures.BASE;
import static io.kam.screening.support.Fixtures.as;
import static io.kam.screening.support.Fixtures.org;
import static io.kam.screening.support.Fixtures.supervisor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.kam.screening.support.Fixtures;
import io.kam.testsupport.EventSchemas;
import io.kam.testsupport.KafkaTestClient;
import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ScreeningResourceTest {

  static long identifiedEvents(String id) {
    return Fixtures.count("select count(*) from kam_outbox where msg_key = ?1 and event_type = "
        + "'kam.account.identified'", id);
  }

  @Test
  void aRunMarksPotentialKeyAccountsWithTheRuleAndARerunChangesNothing() {
    String org = org();
    String big = Fixtures.createCustomer(org, 7_000_000);
    String small = Fixtures.createCustomer(org, 10_000);
    String frequent = as(Fixtures.rep(org)).body(Fixtures.customer("Frequent", org, 10_000, 40))
        .post(BASE + "/customers").then().statusCode(201).extract().path("id");

    String run = Fixtures.screen(org);
    as(supervisor(org)).get(BASE + "/screening-runs/" + run).then().statusCode(200)
        .body("scanned", equalTo(3)).body("matched", equalTo(2)).body("newlyIdentified", equalTo(2))
        .body("policyVersion", equalTo(Fixtures.policyVersion("development-plan"))).body("orgScope", equalTo(org));
    as(supervisor(org)).get(BASE + "/screening-runs/" + run + "/results?limit=1").then().statusCode(200)
        .body("items", hasSize(1)).body("items[0].outcome", equalTo("NEW"));
    as(Fixtures.rep(org)).get(BASE + "/customers/" + big).then().body("status", equalTo("POTENTIAL"))
        .body("matchedRules", equalTo(List.of("annual-sales-5m")));
    as(Fixtures.rep(org)).get(BASE + "/customers/" + frequent).then()
        .body("matchedRules", equalTo(List.of("purchases-24-a-year")));
    as(Fixtures.rep(org)).get(BASE + "/customers/" + small).then().body("status", equalTo("ORDINARY"));

    JsonNode event = KafkaTestClient.events("kam.screening.events", "kam.account.identified", big, 1,
        Duration.ofSeconds(30)).get(0);
    EventSchemas.assertValid("events/kam.account.identified.v1.schema.json", event);
    assertEquals(List.of("annual-sales-5m"), List.of(event.path("data").path("matchedRules").get(0).asText()));

    String rerun = Fixtures.screen(org);
    as(supervisor(org)).get(BASE + "/screening-runs/" + rerun).then()
        .body("matched", equalTo(2)).body("newlyIdentified", equalTo(0)).body("changed", equalTo(0));
    as(supervisor(org)).get(BASE + "/screening-runs/" + rerun + "/results").then()
        .body("items.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED")));
    assertEquals(1, identifiedEvents(big));
    assertEquals(1, identifiedEvents(frequent));
    assertEquals(0, identifiedEvents(small));
  }

  @Test
  void aNewVersionOfTheCriteriaChangesTheResultsAndIsRecorded() {
    String org = org();
    String big = Fixtures.createCustomer(org, 7_000_000);
    String frequent = as(Fixtures.rep(org)).body(Fixtures.customer("Frequent", org, 10_000, 40))
        .post(BASE + "/customers").then().statusCode(201).extract().path("id");
    Fixtures.screen(org);
    Map<String, Object> policy = as(supervisor("HQ")).get(BASE + "/policies/development-plan").then().extract()
        .path("content");
    Map<String, Object> changed = new java.util.HashMap<>(policy);
    changed.put("screening", Map.of("combine", "ALL", "rules", List.of(
        Map.of("id", "annual-sales-5m", "field", "ANNUAL_SALES", "operator", "GTE", "threshold", 5_000_000),
        Map.of("id", "retail", "field", "INDUSTRY", "operator", "IN", "values", List.of("food-retail")))));
    int version = Fixtures.changePolicy("development-plan", changed);
    try {
      String run = Fixtures.screen(org);
      as(supervisor(org)).get(BASE + "/screening-runs/" + run).then().body("policyVersion", equalTo(version))
          .body("matched", equalTo(1)).body("newlyIdentified", equalTo(0)).body("changed", equalTo(2));
      as(Fixtures.rep(org)).get(BASE + "/customers/" + big).then().body("status", equalTo("POTENTIAL"))
          .body("matchedRules", equalTo(List.of("annual-sales-5m", "retail")))
          .body("identifiedPolicyVersion", equalTo(version));
      as(Fixtures.rep(org)).get(BASE + "/customers/" + frequent).then().body("status", equalTo("ORDINARY"))
          .body("matchedRules", equalTo(List.of()));
      assertEquals(2, identifiedEvents(big));
      JsonNode latest = KafkaTestClient.events("kam.screening.events", "kam.account.identified", big, 2,
          Duration.ofSeconds(30)).get(1);
      assertEquals(version, latest.path("data").path("policyVersion").asInt());
      assertEquals(2, latest.path("data").path("matchedRules").size());
    } finally {
      Fixtures.changePolicy("development-plan", policy);
    }
  }

  @Test
  void runsAreScopedAndNeedAMarketingRole() {
    String org = org();
    String run = Fixtures.screen(org);
    as(supervisor(org())).get(BASE + "/screening-runs/" + run).then().statusCode(404);
    as(TestTokens.token("archivist", "HQ", "archivist")).post(BASE + "/screening-runs").then().statusCode(403);
    as(supervisor(org)).get(BASE + "/screening-runs/" + java.util.UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void theCriteriaArePolicyAndEveryRunRecordsTheVersion() {
    as(supervisor("HQ")).get(BASE + "/policies/development-plan").then().statusCode(200)
        .body("content.screening.rules[0].field", equalTo("ANNUAL_SALES"))
        .body("documentNumber", equalTo("KAM-PLAN-01"));
    as(supervisor("HQ")).get(BASE + "/policies/customer-classification").then().statusCode(200)
        .body("content.productCategories.code", equalTo(List.of("STANDARD", "CUSTOMISED", "HEALTH")));
    // a draft with weights that do not add up is refused field by field
    as(TestTokens.token("staff.ka", "HQ", "ka-staff")).body(Map.of("changeSummary", "bad", "content", Map.of(
        "screening", Map.of("combine", "ALL", "rules", List.of(Map.of("id", "x", "field", "INDUSTRY",
            "operator", "GTE", "threshold", 1))),
        "resourceFit", Map.of("technicalWeight", 0.5, "productionWeight", 0.5, "afterSalesWeight", 0.5,
            "highFrom", 75, "mediumFrom", 50),
        "risk", Map.of("indicators", List.of(Map.of("code", "a", "name", "A", "weight", 1)), "lowRiskFrom", 75,
            "mediumRiskFrom", 50),
        "worth", Map.of("minNetValue", 0, "minReturnOnCost", 0.2, "minCurrentRatio", 1, "minNetProfitMargin", 0,
            "maxCollectionPeriodDays", 120))))
        .post(BASE + "/policies/development-plan/versions").then().statusCode(400)
        .body("errors.field", equalTo(List.of("content.screening.rules[0]", "content.resourceFit")));
  }
}
