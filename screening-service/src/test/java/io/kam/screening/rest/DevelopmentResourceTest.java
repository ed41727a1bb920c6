package io.kam.screening.rest;

import static io.kam.screening.support.Fixtures.BASE;
import static io.kam.screening.support.Fixtures.as;
import static io.kam.screening.support.Fixtures.org;
import static io.kam.screening.support.Fixtures.rep;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kam.screening.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DevelopmentResourceTest {

  static Map<String, Object> plan(String method) {
    return Map.of(
        "advantages", List.of(Map.of("type", "LOWER_TOTAL_PURCHASE_COST", "description", "bulk delivery"),
            Map.of("type", "INTANGIBLE_VALUE", "description", "reputation")),
        "meeting", Map.of("method", method, "date", "2025-03-04", "participants", "manager, reps",
            "notes", "buyer prefers face to face"),
        "firstContact", Map.of("method", "PHONE", "date", "2025-03-06", "note", "asked for a visit"));
  }

  static Map<String, Object> contact(String at, int minutes, String stage, String attitude) {
    return Map.of("contactedAt", at, "personVisited", "Li Wei", "durationMinutes", minutes, "method", "VISIT",
        "stage", stage, "attitude", attitude, "note", "n");
  }

  @Test
  void thePlanRecordsAdvantagesMethodAndFirstContact() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    String url = BASE + "/customers/" + id + "/development-plan";
    as(rep(org)).get(url).then().statusCode(404);
    as(rep(org)).body(plan("VISIT")).post(url).then().statusCode(201).header("ETag", equalTo("\"0\""))
        .body("advantages.type", equalTo(List.of("LOWER_TOTAL_PURCHASE_COST", "INTANGIBLE_VALUE")))
        .body("meeting.method", equalTo("VISIT")).body("firstContact.method", equalTo("PHONE"));
    as(rep(org)).body(plan("VISIT")).post(url).then().statusCode(409);
    as(rep(org)).body(plan("MAILED_MATERIALS")).put(url).then().statusCode(428);
    as(rep(org)).header("If-Match", "\"0\"").body(plan("MAILED_MATERIALS")).put(url).then().statusCode(200)
        .body("meeting.method", equalTo("MAILED_MATERIALS")).body("version", equalTo(1));
    as(rep(org)).header("If-Match", "\"0\"").body(plan("VISIT")).put(url).then().statusCode(412);
    as(rep(org)).get(url).then().statusCode(200).body("meeting.method", equalTo("MAILED_MATERIALS"));
    as(rep(org)).body(Map.of("advantages", List.of(Map.of("type", "MAGIC", "description", "x")))).put(url)
        .then().statusCode(400);
    as(rep(org)).header("If-Match", "1").body(Map.of("advantages", List.of(),
        "firstContact", Map.of("method", "EMAIL"))).put(url).then().statusCode(400)
        .body("errors.field", containsInAnyOrder("advantages", "firstContact.date"));
  }

  @Test
  void theRecordTableTotalsContactsAndIsKeptAndArchivedWhenDevelopmentFails() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    String url = BASE + "/customers/" + id + "/development-record";
    as(rep(org)).get(url).then().statusCode(200).body("contactCount", equalTo(0)).body("outcome", nullValue());
    as(rep(org)).body(contact("2025-03-10T02:00:00Z", 90, "CONTACT", "NEUTRAL")).post(url + "/contacts")
        .then().statusCode(201).body("stage", equalTo("CONTACT"));
    as(rep(org)).body(contact("2025-03-17T02:00:00Z", 45, "DEMONSTRATION", "COLD")).post(url + "/contacts")
        .then().statusCode(201);
    as(rep(org)).body(Map.of("contactedAt", "2025-03-18T02:00:00Z", "durationMinutes", 0, "method", "FAX",
        "stage", "CONTACT", "attitude", "NEUTRAL")).post(url + "/contacts").then().statusCode(400);
    as(rep(org)).body(Map.of("contactedAt", "2025-03-18T02:00:00Z", "durationMinutes", 0, "method", "PHONE",
        "stage", "CONTACT")).post(url + "/contacts").then().statusCode(400)
        .body("errors.field", containsInAnyOrder("personVisited", "durationMinutes", "attitude"));
    as(rep(org)).get(url).then().statusCode(200).body("contactCount", equalTo(2)).body("totalMinutes", equalTo(135))
        .body("contacts.attitude", equalTo(List.of("NEUTRAL", "COLD")));

    as(rep(org)).body(Map.of("result", "FAILURE")).post(url + "/outcome").then().statusCode(400)
        .body("errors[0].field", equalTo("reasonAnalysis"));
    as(rep(org)).body(Map.of("result", "FAILURE", "reasonAnalysis", "head office buys centrally"))
        .post(url + "/outcome").then().statusCode(200).body("outcome", equalTo("FAILURE"))
        .body("reasonAnalysis", equalTo("head office buys centrally")).body("contactCount", equalTo(2));
    // closed: kept as it is, no more contacts, no second outcome
    as(rep(org)).body(contact("2025-03-20T02:00:00Z", 10, "CONTACT", "COLD")).post(url + "/contacts")
        .then().statusCode(409).body("currentState", equalTo("CLOSED_FAILURE"));
    as(rep(org)).body(Map.of("result", "SUCCESS", "reasonAnalysis", "changed mind")).post(url + "/outcome")
        .then().statusCode(409);
    as(rep(org)).get(BASE + "/customers/" + id + "/archive-documents").then().statusCode(200)
        .body("documentType", equalTo(List.of("DEVELOPMENT_RECORD"))).body("status", equalTo(List.of("PENDING")));
    as(rep(org())).get(url).then().statusCode(404);
  }

  @Test
  void aSuccessfulDevelopmentIsArchivedToo() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    String url = BASE + "/customers/" + id + "/development-record";
    as(rep(org)).body(contact("2025-03-10T02:00:00Z", 60, "CONTRACT", "ENTHUSIASTIC")).post(url + "/contacts")
        .then().statusCode(201);
    as(rep(org)).body(Map.of("result", "SUCCESS", "reasonAnalysis", "custom packaging won them"))
        .post(url + "/outcome").then().statusCode(200).body("outcome", equalTo("SUCCESS"));
    as(rep(org)).get(BASE + "/customers/" + id + "/archive-documents").then().body("", hasSize(1));
  }
}
