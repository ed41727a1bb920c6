package io.kam.screening.rest;

import static io.kam.screening.support.Fixtures.BASE;
import static io.kam.screening.support.Fixtures.as;
import static io.kam.screening.support.Fixtures.customer;
import static io.kam.screening.support.Fixtures.org;
import static io.kam.screening.support.Fixtures.rep;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kam.screening.support.Fixtures;
import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CustomerResourceTest {

  static long countByName(String name) {
    return Fixtures.count("select count(*) from customer where name = ?1", name);
  }

  @Test
  void aRepCreatesReadsAndUpdatesACustomerOfTheirOrgUnit() {
    String org = org();
    Map<String, Object> body = customer("Jiahe Trading", org, 6_200_000, 30);
    Response created = as(rep(org)).body(body).post(BASE + "/customers");
    created.then().statusCode(201)
        .header("Location", endsWith("/customers/" + created.path("id")))
        .header("ETag", equalTo("\"0\""))
        .body("status", equalTo("ORDINARY"))
        .body("keyAccount", equalTo(false))
        .body("classification.productCategory", equalTo("STANDARD"))
        .body("classification.policyVersion", equalTo(1))
        .body("orgUnit", equalTo(org));
    String id = created.path("id");

    as(rep(org)).get(BASE + "/customers/" + id).then().statusCode(200)
        .body("name", equalTo("Jiahe Trading")).body("repId", nullValue()).header("ETag", equalTo("\"0\""));

    Map<String, Object> changed = new HashMap<>(body);
    changed.put("name", "Jiahe Trading Group");
    as(rep(org)).header("If-Match", "\"0\"").body(changed).put(BASE + "/customers/" + id).then().statusCode(200)
        .body("name", equalTo("Jiahe Trading Group")).body("version", equalTo(1)).header("ETag", equalTo("\"1\""));
    assertEquals(1, Fixtures.count("select count(*) from kam_audit where entity_id = ?1 and action = "
        + "'customer.updated' and details -> 'name' ->> 'after' = 'Jiahe Trading Group'", id));
  }

  @Test
  void updatesNeedTheCurrentVersion() {
    String org = org();
    Map<String, Object> body = customer("Versioned", org, 1, 1);
    String id = as(rep(org)).body(body).post(BASE + "/customers").then().statusCode(201).extract().path("id");
    as(rep(org)).body(body).put(BASE + "/customers/" + id).then().statusCode(428)
        .contentType("application/problem+json");
    as(rep(org)).header("If-Match", "\"7\"").body(body).put(BASE + "/customers/" + id).then().statusCode(412)
        .body("currentVersion", equalTo(0));
  }

  @Test
  void invalidInputIsRefusedFieldByFieldAndNothingIsStored() {
    String org = org();
    String name = "Invalid " + Fixtures.random(6);
    Map<String, Object> body = new HashMap<>(customer(name, org, 1, 1));
    body.put("creditCode", "bad code!");
    body.put("annualSales", -5);
    body.put("contactEmail", "not-an-email");
    body.remove("purchaseFrequency");
    as(rep(org)).body(body).post(BASE + "/customers").then().statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", containsInAnyOrder("creditCode", "annualSales", "contactEmail", "purchaseFrequency"));
    body = new HashMap<>(customer(name, org, 1, 1));
    body.put("classification", Map.of("productCategory", "NOPE", "customerNature", "ALIEN", "serviceContent",
        "SUPPLY"));
    as(rep(org)).body(body).post(BASE + "/customers").then().statusCode(400)
        .body("errors.field", containsInAnyOrder("classification.productCategory", "classification.customerNature"));
    assertEquals(0, countByName(name));
  }

  @Test
  void aDuplicateCreditCodeIsAConflict() {
    String org = org();
    Map<String, Object> body = customer("Dup", org, 1, 1);
    as(rep(org)).body(body).post(BASE + "/customers").then().statusCode(201);
    as(rep(org)).body(body).post(BASE + "/customers").then().statusCode(409).body("field", equalTo("creditCode"));
  }

  @Test
  void anIdempotencyKeyReplaysTheFirstCreation() {
    String org = org();
    Map<String, Object> body = customer("Idem " + Fixtures.random(4), org, 1, 1);
    String key = "idem-" + Fixtures.random(10);
    String first = as(rep(org)).header("Idempotency-Key", key).body(body).post(BASE + "/customers")
        .then().statusCode(201).extract().path("id");
    as(rep(org)).header("Idempotency-Key", key).body(body).post(BASE + "/customers")
        .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    assertEquals(1, countByName((String) body.get("name")));
  }

  @Test
  void rolesAndOrgUnitsLimitWhoSeesAndEditsWhat() {
    String org = org();
    String other = org();
    String id = Fixtures.createCustomer(org, 1);
    // another area office neither sees nor edits it
    as(rep(other)).get(BASE + "/customers/" + id).then().statusCode(404);
    as(rep(other)).header("If-Match", "0").body(customer("x", org, 1, 1)).put(BASE + "/customers/" + id)
        .then().statusCode(404);
    // nobody creates a customer outside their org unit
    as(rep(org)).body(customer("Elsewhere", other, 1, 1)).post(BASE + "/customers").then().statusCode(403);
    // a department user has no access to customers at all
    as(TestTokens.departmentToken("dept.quality", "quality", "department")).get(BASE + "/customers/" + id)
        .then().statusCode(403);
    as(TestTokens.departmentToken("dept.quality", "quality", "department")).body(customer("D", "HQ", 1, 1))
        .post(BASE + "/customers").then().statusCode(403);
    // the region's supervisor and HQ's director see it; an archivist reads but does not edit
    as(Fixtures.supervisor("HQ/EAST")).get(BASE + "/customers/" + id).then().statusCode(200);
    as(TestTokens.token("director", "HQ", "director")).get(BASE + "/customers/" + id).then().statusCode(200);
    as(TestTokens.token("archivist", "HQ", "archivist")).header("If-Match", "0").body(customer("x", org, 1, 1))
        .put(BASE + "/customers/" + id).then().statusCode(403);
    // no token, no access
    io.restassured.RestAssured.given().get(BASE + "/customers/" + id).then().statusCode(401);
  }

  @Test
  void aRepSeesTheirOwnKeyAccountsInOtherOrgUnits() {
    String org = org();
    String id = Fixtures.keyAccount(org);
    String away = org();
    String repAway = TestTokens.token(Fixtures.repId(away), away, "rep");
    String manager = Fixtures.manager(org);
    int version = as(manager).get(BASE + "/customers/" + id).then().extract().path("version");
    as(manager).header("If-Match", String.valueOf(version)).body(Map.of("repId", Fixtures.repId(away)))
        .put(BASE + "/customers/" + id + "/rep").then().statusCode(200).body("repId", equalTo(Fixtures.repId(away)));
    as(repAway).get(BASE + "/customers/" + id).then().statusCode(200).body("keyAccount", equalTo(true));
    as(repAway).get(BASE + "/customers?repId=" + Fixtures.repId(away)).then().statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void theListFiltersAndPagesWithACursor() {
    String org = org();
    for (int i = 0; i < 3; i++) {
      Fixtures.createCustomer(org, 1);
    }
    Map<String, Object> other = new HashMap<>(customer("Gov", org, 1, 1));
    other.put("classification", Map.of("productCategory", "HEALTH", "customerNature", "GOVERNMENT",
        "serviceContent", "GIFT_PROCUREMENT"));
    String gov = as(rep(org)).body(other).post(BASE + "/customers").then().statusCode(201).extract().path("id");

    Response page1 = as(rep(org)).get(BASE + "/customers?orgUnit=" + org + "&limit=3");
    page1.then().statusCode(200).body("items", hasSize(3)).body("nextCursor", notNullValue());
    Response page2 = as(rep(org)).get(BASE + "/customers?orgUnit=" + org + "&limit=3&after=" + page1.path("nextCursor"));
    page2.then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
    List<String> first = page1.path("items.id");
    assertNotEquals(first.get(0), page2.path("items[0].id"));

    as(rep(org)).get(BASE + "/customers?orgUnit=" + org + "&customerNature=GOVERNMENT&productCategory=HEALTH"
        + "&serviceContent=GIFT_PROCUREMENT&status=ORDINARY").then().statusCode(200)
        .body("items.id", equalTo(List.of(gov)));
    as(rep(org)).get(BASE + "/customers?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    as(rep(org)).get(BASE + "/customers?after=garbage").then().statusCode(400);
    as(rep(org)).get(BASE + "/customers?status=GOLD").then().statusCode(400).body("errors[0].field", equalTo("status"));
    // another office's rep sees none of them
    as(rep(org())).get(BASE + "/customers?orgUnit=" + org).then().statusCode(200).body("items", hasSize(0));
  }
}
