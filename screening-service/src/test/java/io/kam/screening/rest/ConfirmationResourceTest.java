package io.kam.screening.rest;

import static io.kam.screening.support.Fixtures.BASE;
import static io.kam.screening.support.Fixtures.as;
import static io.kam.screening.support.Fixtures.decide;
import static io.kam.screening.support.Fixtures.manager;
import static io.kam.screening.support.Fixtures.org;
import static io.kam.screening.support.Fixtures.rep;
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
class ConfirmationResourceTest {

  static final String TOPIC = "kam.screening.events";

  @Test
  void proposalReviewAndApprovalMakeAKeyAccountAndPublishConfirmed() {
    String org = org();
    String id = Fixtures.readyToPropose(org);
    as(rep(org)).body(Map.of("repId", Fixtures.repId(org), "justification", "risk LOW"))
        .post(BASE + "/customers/" + id + "/confirmation").then().statusCode(201)
        .body("customerStatus", equalTo("UNDER_CONFIRMATION"))
        .body("approval.currentStepName", equalTo("supervisor-review"))
        .body("approval.steps.role", equalTo(List.of("supervisor", "manager")));

    decide(supervisor(org), id, "APPROVE", "figures checked", 200);
    as(rep(org)).get(BASE + "/customers/" + id + "/confirmation").then().statusCode(200)
        .body("approval.currentStepName", equalTo("manager-approval"))
        .body("approval.decisions[0].actor", equalTo("supervisor." + org.toLowerCase().replace('/', '.')))
        .body("approval.decisions[0].comment", equalTo("figures checked"));

    as(manager(org)).body(Map.of("decision", "APPROVE", "comment", "approved"))
        .post(BASE + "/customers/" + id + "/confirmation/decisions").then().statusCode(200)
        .body("customerStatus", equalTo("KEY_ACCOUNT")).body("approval.status", equalTo("APPROVED"));
    as(rep(org)).get(BASE + "/customers/" + id).then().statusCode(200)
        .body("status", equalTo("KEY_ACCOUNT")).body("keyAccount", equalTo(true))
        .body("repId", equalTo(Fixtures.repId(org)));

    List<JsonNode> events = KafkaTestClient.events(TOPIC, "kam.account.confirmed", id, 1, Duration.ofSeconds(30));
    assertEquals(1, events.size());
    JsonNode event = events.get(0);
    EventSchemas.assertValid("events/kam.account.confirmed.v1.schema.json", event);
    assertEquals(id, event.path("data").path("accountId").asText());
    assertEquals(Fixtures.repId(org), event.path("data").path("repId").asText());
    assertEquals(org, event.path("data").path("orgUnit").asText());
    assertEquals("STANDARD", event.path("data").path("classification").path("productCategory").asText());
    assertEquals("/kam/screening", event.path("source").asText());
    assertEquals(1, Fixtures.count("select count(*) from kam_audit where entity_id = ?1 and action = "
        + "'confirmation.decided' and details ->> 'decision' = 'APPROVE' and details ->> 'step' = 'manager-approval'",
        id));
  }

  @Test
  void aReturnedProposalIsRevisedAndResubmittedThenApproved() {
    String org = org();
    String id = Fixtures.readyToPropose(org);
    Fixtures.propose(org, id);
    decide(supervisor(org), id, "RETURN", null, 400);
    decide(supervisor(org), id, "RETURN", "add the ERP figures", 200);
    as(rep(org)).get(BASE + "/customers/" + id).then().body("status", equalTo("RETURNED"));
    // nothing to decide until the rep resubmits
    as(supervisor(org)).body(Map.of("decision", "APPROVE")).post(BASE + "/customers/" + id + "/confirmation/decisions")
        .then().statusCode(409).body("currentState", equalTo("RETURNED"))
        .body("allowedTransitions", equalTo(List.of("RESUBMIT")));
    as(supervisor(org)).body(Map.of("justification", "x")).post(BASE + "/customers/" + id + "/confirmation/resubmission")
        .then().statusCode(403);
    as(rep(org)).body(Map.of("justification", "ERP figures attached"))
        .post(BASE + "/customers/" + id + "/confirmation/resubmission").then().statusCode(200)
        .body("customerStatus", equalTo("UNDER_CONFIRMATION")).body("approval.revisionCount", equalTo(1))
        .body("approval.currentStepName", equalTo("supervisor-review"))
        .body("justification", equalTo("ERP figures attached"));
    as(rep(org)).body(Map.of("justification", "again")).post(BASE + "/customers/" + id + "/confirmation/resubmission")
        .then().statusCode(409).body("currentState", equalTo("UNDER_CONFIRMATION"));
    decide(supervisor(org), id, "APPROVE", null, 200);
    decide(manager(org), id, "RETURN", "wrong rep", 200);
    as(rep(org)).body(Map.of("repId", "rep.other", "justification", "rep changed"))
        .post(BASE + "/customers/" + id + "/confirmation/resubmission").then().statusCode(200)
        .body("approval.revisionCount", equalTo(2));
    decide(supervisor(org), id, "APPROVE", null, 200);
    decide(manager(org), id, "APPROVE", null, 200);
    as(rep(org)).get(BASE + "/customers/" + id).then().body("status", equalTo("KEY_ACCOUNT"))
        .body("repId", equalTo("rep.other"));
    as(rep(org)).get(BASE + "/customers/" + id + "/confirmation").then()
        .body("approval.decisions", hasSize(5))
        .body("approval.decisions.revision", equalTo(List.of(0, 1, 1, 2, 2)));
  }

  @Test
  void aRejectionPublishesRejectedAndTheCustomerStaysPotential() {
    String org = org();
    String id = Fixtures.readyToPropose(org);
    Fixtures.propose(org, id);
    decide(supervisor(org), id, "APPROVE", null, 200);
    decide(manager(org), id, "REJECT", "sales figures not credible", 200);
    as(rep(org)).get(BASE + "/customers/" + id).then().body("status", equalTo("POTENTIAL"));
    JsonNode event = KafkaTestClient.events(TOPIC, "kam.account.rejected", id, 1, Duration.ofSeconds(30)).get(0);
    EventSchemas.assertValid("events/kam.account.rejected.v1.schema.json", event);
    assertEquals("manager-approval", event.path("data").path("step").asText());
    assertEquals("sales figures not credible", event.path("data").path("reason").asText());
    assertEquals("manager." + org.toLowerCase().replace('/', '.'), event.path("data").path("decidedBy").asText());
    // a rejected proposal may be proposed again later
    Fixtures.propose(org, id);
  }

  @Test
  void eachStepIsDecidedOnlyByItsRoleInItsOrgUnitAndInOrder() {
    String org = org();
    String id = Fixtures.readyToPropose(org);
    Fixtures.propose(org, id);
    // the manager cannot approve before the review
    as(manager(org)).body(Map.of("decision", "APPROVE")).post(BASE + "/customers/" + id + "/confirmation/decisions")
        .then().statusCode(409).body("currentStep", equalTo("supervisor-review"));
    // a rep cannot review
    decide(rep(org), id, "APPROVE", null, 403);
    // a supervisor of another office does not even see the customer
    decide(supervisor(org()), id, "APPROVE", null, 404);
    // the region's supervisor covers the office and may review
    decide(supervisor("HQ/EAST"), id, "APPROVE", null, 200);
    // an HQ manager covers every office
    decide(TestTokens.token("manager.hq", "HQ", "manager"), id, "APPROVE", null, 200);
    decide(manager(org), id, "APPROVE", null, 409);
  }

  @Test
  void onlyAPotentialKeyAccountWithARiskTableCanBeProposed() {
    String org = org();
    String ordinary = Fixtures.createCustomer(org, 10);
    as(rep(org)).body(Map.of("justification", "x")).post(BASE + "/customers/" + ordinary + "/confirmation")
        .then().statusCode(409).body("currentState", equalTo("ORDINARY"))
        .body("allowedTransitions", equalTo(List.of("IDENTIFY")));
    String potential = Fixtures.createCustomer(org, 9_000_000);
    Fixtures.screen(org);
    as(rep(org)).body(Map.of("justification", "x")).post(BASE + "/customers/" + potential + "/confirmation")
        .then().statusCode(409);
    Fixtures.riskAnalysis(org, potential);
    as(supervisor(org)).body(Map.of("justification", "x")).post(BASE + "/customers/" + potential + "/confirmation")
        .then().statusCode(403);
    as(rep(org)).body(Map.of("justification", "")).post(BASE + "/customers/" + potential + "/confirmation")
        .then().statusCode(400).body("errors[0].field", equalTo("justification"));
    as(rep(org)).get(BASE + "/customers/" + potential + "/confirmation").then().statusCode(404);
    as(rep(org)).body(Map.of("justification", "ok")).post(BASE + "/customers/" + potential + "/confirmation")
        .then().statusCode(201).body("proposedRepId", equalTo(Fixtures.repId(org)));
    as(rep(org)).body(Map.of("justification", "twice")).post(BASE + "/customers/" + potential + "/confirmation")
        .then().statusCode(409).body("allowedTransitions", equalTo(List.of("APPROVE", "REJECT", "RETURN")));
  }

  @Test
  void reassigningTheDedicatedRepPublishesRepAssigned() {
    String org = org();
    String id = Fixtures.keyAccount(org);
    int version = as(manager(org)).get(BASE + "/customers/" + id).then().extract().path("version");
    as(rep(org)).header("If-Match", version).body(Map.of("repId", "rep.new"))
        .put(BASE + "/customers/" + id + "/rep").then().statusCode(403);
    as(supervisor(org)).header("If-Match", version).body(Map.of("repId", "rep.new", "reason", "rotation"))
        .put(BASE + "/customers/" + id + "/rep").then().statusCode(200).body("repId", equalTo("rep.new"));
    JsonNode event = KafkaTestClient.events(TOPIC, "kam.account.rep-assigned", id, 1, Duration.ofSeconds(30)).get(0);
    EventSchemas.assertValid("events/kam.account.rep-assigned.v1.schema.json", event);
    assertEquals("rep.new", event.path("data").path("repId").asText());
    assertEquals(Fixtures.repId(org), event.path("data").path("previousRepId").asText());
    // an ordinary customer has no dedicated rep to re-assign
    String ordinary = Fixtures.createCustomer(org, 1);
    as(supervisor(org)).header("If-Match", "0").body(Map.of("repId", "rep.new"))
        .put(BASE + "/customers/" + ordinary + "/rep").then().statusCode(409)
        .body("allowedTransitions", equalTo(List.of("IDENTIFY")));
  }
}
