package io.kam.credit.rest;

import static io.kam.credit.support.Credit.DIRECTOR;
import static io.kam.credit.support.Credit.MANAGER_HQ;
import static io.kam.credit.support.Credit.SH;
import static io.kam.credit.support.Credit.SUPERVISOR_EAST;
import static io.kam.credit.support.Credit.SUPERVISOR_HQ;
import static io.kam.credit.support.Credit.SUPERVISOR_SH;
import static io.kam.credit.support.Credit.as;
import static io.kam.credit.support.Credit.openProfile;
import static io.kam.credit.support.Credit.outboxCount;
import static io.kam.credit.support.Credit.transaction;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.kam.credit.messaging.CreditEventPublisher;
import io.kam.credit.support.TestClock;
import io.kam.platform.deadline.DeadlineService;
import io.kam.testsupport.EventSchemas;
import io.kam.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ChangeRequestResourceTest {

  static final String OVERDUE = "kam.credit.change-overdue";

  @Inject
  DeadlineService deadlines;

  @Test
  void aChangeWithEveryDeadlineMetIsAppliedByTheArea() {
    String account = redAccount();
    String id = draft(account, "YELLOW");
    TestClock.CLOCK.advance(Duration.ofDays(1));
    deadlines.scan();
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/file", id).then().statusCode(200)
        .body("status", equalTo("FILED")).body("approval.currentStepName", equalTo("region-verification"));

    // HQ cannot sign before the region verified; an area supervisor cannot verify for the region
    decide(MANAGER_HQ, id, "APPROVE").statusCode(409);
    decide(SUPERVISOR_SH, id, "APPROVE").statusCode(403);
    decide(SUPERVISOR_HQ, id, "APPROVE").statusCode(403);

    TestClock.CLOCK.advance(Duration.ofDays(2));
    deadlines.scan();
    decide(SUPERVISOR_EAST, id, "APPROVE").statusCode(200).body("status", equalTo("VERIFIED"))
        .body("approval.currentRole", equalTo("manager"));
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/apply", id).then().statusCode(409)
        .body("currentState", equalTo("VERIFIED")).body("allowedTransitions", hasItem("DECIDE"));

    TestClock.CLOCK.advance(Duration.ofDays(2));
    deadlines.scan();
    decide(MANAGER_HQ, id, "APPROVE").statusCode(200).body("status", equalTo("APPROVED"));
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/apply", id).then().statusCode(200)
        .body("status", equalTo("APPLIED")).body("deadlines.status", everyItem(equalTo("MET")))
        .body("approval.decisions.actor", contains("supervisor.east", "manager.hq"));
    deadlines.scan();

    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().body("tier", equalTo("YELLOW"))
        .body("creditLimit", equalTo(2000000.0f));
    List<JsonNode> up = KafkaTestClient.events(CreditEventPublisher.TOPIC, "kam.credit.upgraded", account, 1,
        Duration.ofSeconds(30));
    assertEquals(1, up.size());
    EventSchemas.assertValid("events/kam.credit.upgraded.v1.schema.json", up.get(0));
    assertEquals("CHANGE_REQUEST", up.get(0).path("data").path("reason").asText());
    assertEquals("RED", up.get(0).path("data").path("previousTier").asText());
    assertEquals(0, outboxCount(account, OVERDUE));

    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/apply", id).then().statusCode(409)
        .body("currentState", equalTo("APPLIED"));
  }

  @Test
  void aBreachedRegionVerificationIsAnnouncedExactlyOnce() {
    String account = redAccount();
    String id = draft(account, "BLACK");
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/file", id).then().statusCode(200);
    TestClock.CLOCK.advance(Duration.ofDays(3).plusMinutes(1));
    deadlines.scan();
    deadlines.scan();
    TestClock.CLOCK.advance(Duration.ofHours(1));
    deadlines.scan();

    as(SUPERVISOR_SH).get("/api/v1/credit/change-requests/{id}", id).then()
        .body("deadlines.find { it.stage == 'REGION_VERIFICATION' }.status", equalTo("BREACHED"))
        .body("deadlines.find { it.stage == 'FILING' }.status", equalTo("MET"))
        .body("deadlines.find { it.stage == 'WHOLE_CHANGE' }.status", equalTo("ACTIVE"));
    List<JsonNode> overdue = KafkaTestClient.events(CreditEventPublisher.TOPIC, OVERDUE, account, 2,
        Duration.ofSeconds(8));
    assertEquals(1, overdue.size(), "one breach, one event, however often the scanner runs");
    assertEquals(1, outboxCount(account, OVERDUE));
    JsonNode e = overdue.get(0);
    EventSchemas.assertValid("events/kam.credit.change-overdue.v1.schema.json", e);
    assertEquals(id, e.path("data").path("requestId").asText());
    assertEquals("REGION_VERIFICATION", e.path("data").path("stage").asText());

    // late is still possible; the breach stays on record
    decide(SUPERVISOR_EAST, id, "RETURN", "figures do not match ERP").statusCode(200)
        .body("status", equalTo("RETURNED"));
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/resubmit", id).then().statusCode(200)
        .body("status", equalTo("FILED")).body("approval.revisionCount", equalTo(1));
  }

  @Test
  void hqSignatureIsExtendedOnlyByTheDirectorAndNeverPastSevenDays() {
    String account = redAccount();
    String id = draft(account, "YELLOW");
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/file", id).then().statusCode(200);
    decide(SUPERVISOR_EAST, id, "APPROVE").statusCode(200);
    Instant opened = Instant.parse(as(SUPERVISOR_SH).get("/api/v1/credit/change-requests/{id}", id).then()
        .extract().path("deadlines.find { it.stage == 'HQ_SIGNATURE' }.originalDueAt")).minus(Duration.ofDays(3));

    extend(MANAGER_HQ, id, opened.plus(Duration.ofDays(5))).statusCode(403);
    extend(SUPERVISOR_EAST, id, opened.plus(Duration.ofDays(5))).statusCode(403);
    extend(DIRECTOR, id, opened.plus(Duration.ofDays(7)).plusSeconds(1)).statusCode(422)
        .contentType("application/problem+json");
    extend(DIRECTOR, id, opened.plus(Duration.ofDays(5))).statusCode(200).body("stage", equalTo("HQ_SIGNATURE"))
        .body("extensions", equalTo(1)).body("lastExtensionBy", equalTo("director"));

    TestClock.CLOCK.advance(Duration.ofDays(4));
    deadlines.scan();
    as(SUPERVISOR_SH).get("/api/v1/credit/change-requests/{id}", id).then()
        .body("deadlines.find { it.stage == 'HQ_SIGNATURE' }.status", equalTo("ACTIVE"));
    assertEquals(0, outboxCount(account, OVERDUE));
    decide(MANAGER_HQ, id, "APPROVE").statusCode(200).body("status", equalTo("APPROVED"))
        .body("deadlines.find { it.stage == 'HQ_SIGNATURE' }.status", equalTo("MET"));
    extend(DIRECTOR, id, opened.plus(Duration.ofDays(6))).statusCode(409);
  }

  @Test
  void aRejectionEndsTheRequestAndNeedsAReason() {
    String account = redAccount();
    String id = draft(account, "GREEN");
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/file", id).then().statusCode(200);
    as(SUPERVISOR_SH).post("/api/v1/credit/change-requests/{id}/file", id).then().statusCode(409)
        .body("currentState", equalTo("FILED"));
    decide(SUPERVISOR_EAST, id, "REJECT").statusCode(400);
    decide(SUPERVISOR_EAST, id, "REJECT", "volume does not support GREEN").statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("deadlines.find { it.stage == 'WHOLE_CHANGE' }.status", equalTo("CANCELLED"));
    decide(MANAGER_HQ, id, "APPROVE").statusCode(409);
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().body("tier", equalTo("RED"));
  }

  @Test
  void aRequestIsValidatedPerFieldAndNothingIsStored() {
    String account = redAccount();
    as(SUPERVISOR_SH).body(Map.of("requestedTier", "ORDINARY", "triggeredAt", TestClock.CLOCK.instant()
            .plus(Duration.ofDays(1)).toString(), "reason", "x", "trigger", "OTHER"))
        .post("/api/v1/credit/profiles/{a}/change-requests", account).then().statusCode(400)
        .body("errors.field", contains("requestedTier", "triggeredAt"));
    as(SUPERVISOR_SH).body(Map.of("requestedTier", "PURPLE"))
        .post("/api/v1/credit/profiles/{a}/change-requests", account).then().statusCode(400);
    as(SUPERVISOR_SH).body(Map.of())
        .post("/api/v1/credit/profiles/{a}/change-requests", account).then().statusCode(400)
        .body("errors.field", hasItem("reason"));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}/change-requests", account).then().statusCode(200)
        .body("items", org.hamcrest.Matchers.hasSize(0));
  }

  static String redAccount() {
    String account = openProfile(SH);
    transaction(account, "tx-" + account, "2000000");
    return account;
  }

  static String draft(String account, String tier) {
    return as(SUPERVISOR_SH).body(Map.of("requestedTier", tier, "requestedCreditLimit", 2000000,
            "reason", "volume and evaluation support " + tier, "trigger", "VOLUME",
            "triggeredAt", TestClock.CLOCK.instant().minus(Duration.ofHours(1)).toString()))
        .post("/api/v1/credit/profiles/{a}/change-requests", account).then().statusCode(201)
        .body("status", equalTo("DRAFT")).body("currentTier", equalTo("RED")).extract().path("id");
  }

  static ValidatableResponse decide(String token, String id, String decision) {
    return as(token).body(Map.of("decision", decision)).post("/api/v1/credit/change-requests/{id}/decisions", id).then();
  }

  static ValidatableResponse decide(String token, String id, String decision, String comment) {
    return as(token).body(Map.of("decision", decision, "comment", comment))
        .post("/api/v1/credit/change-requests/{id}/decisions", id).then();
  }

  static ValidatableResponse extend(String token, String id, Instant newDueAt) {
    return as(token).body(Map.of("newDueAt", newDueAt.toString(), "reason", "audited statements next week"))
        .post("/api/v1/credit/change-requests/{id}/hq-signature/extensions", id).then();
  }
}
