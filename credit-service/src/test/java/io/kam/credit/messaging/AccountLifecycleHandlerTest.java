package io.kam.credit.messaging;

import static io.kam.credit.support.Credit.MANAGER_HQ;
import static io.kam.credit.support.Credit.as;
import static io.kam.credit.support.Credit.eventually;
import static io.kam.credit.support.Credit.sql;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.kam.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountLifecycleHandlerTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String TOPIC = AccountLifecycleHandler.SCREENING_TOPIC;

  @Test
  void aConfirmationSentTwiceOpensOneProfile() {
    String account = UUID.randomUUID().toString();
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    String event = KafkaTestClient.cloudEvent(first, "kam.account.confirmed", "/kam/screening", account,
        confirmed(account, "HQ/EAST/SH"));
    KafkaTestClient.send(TOPIC, account, event);
    KafkaTestClient.send(TOPIC, account, event);
    // the same account confirmed again under another event id; same key, so it is consumed after the duplicate
    KafkaTestClient.send(TOPIC, account, KafkaTestClient.cloudEvent(second, "kam.account.confirmed", "/kam/screening",
        account, confirmed(account, "HQ/EAST/SH")));
    assertTrue(eventually(Duration.ofSeconds(30), () -> count("select count(*) from kam_inbox where event_id in (?1, ?2) "
        + "and outcome = 'PROCESSED'", first, second) == 2));
    assertEquals(1, count("select count(*) from credit_profile where account_id = ?1", account));
    assertEquals(1, count("select count(*) from kam_audit where entity_id = ?1 and action = 'open'", account));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().statusCode(200)
        .body("orgUnit", equalTo("HQ/EAST/SH")).body("status", equalTo("ACTIVE"))
        .body("accountName", equalTo("Acme " + account.substring(0, 8)));
  }

  @Test
  void anEventWithoutAValidOrgUnitGoesToTheDeadLetterTopic() {
    String account = UUID.randomUUID().toString();
    KafkaTestClient.send(TOPIC, account, KafkaTestClient.cloudEvent(UUID.randomUUID().toString(),
        "kam.account.confirmed", "/kam/screening", account, confirmed(account, "Shanghai")));
    var dead = KafkaTestClient.read(TOPIC + ".dlq", Duration.ofSeconds(30),
        rs -> rs.stream().anyMatch(r -> account.equals(r.key())));
    ConsumerRecord<String, String> record = dead.stream().filter(r -> account.equals(r.key())).findFirst().orElseThrow();
    assertTrue(KafkaTestClient.header(record, "kam-dlq-reason").contains("orgUnit"));
    assertEquals(0, count("select count(*) from credit_profile where account_id = ?1", account));
  }

  @Test
  void aDemotionFromScreeningMarksTheProfileInactive() {
    String account = UUID.randomUUID().toString();
    KafkaTestClient.send(TOPIC, account, KafkaTestClient.cloudEvent(UUID.randomUUID().toString(),
        "kam.account.confirmed", "/kam/screening", account, confirmed(account, "HQ/EAST/SH")));
    ObjectNode demoted = MAPPER.createObjectNode().put("accountId", account).put("reason", "customer request")
        .put("causeEventId", UUID.randomUUID().toString());
    KafkaTestClient.send(TOPIC, account, KafkaTestClient.cloudEvent(UUID.randomUUID().toString(),
        "kam.account.demoted", "/kam/screening", account, demoted));
    assertTrue(eventually(Duration.ofSeconds(30), () -> count("select count(*) from credit_profile where account_id = ?1 "
        + "and status = ?2", account, "INACTIVE") == 1));
  }

  static ObjectNode confirmed(String account, String org) {
    ObjectNode data = MAPPER.createObjectNode();
    data.put("accountId", account);
    data.put("name", "Acme " + account.substring(0, 8));
    data.put("orgUnit", org);
    data.put("repId", "rep.sh");
    data.putObject("classification").put("productCategory", "steel").put("customerNature", "state-owned")
        .put("serviceContent", "supply");
    data.put("confirmedAt", "2025-06-01T08:00:00Z");
    data.put("policyVersion", 1);
    return data;
  }

  static long count(String query, Object... params) {
    return ((Number) sql(query, params).get(0)).longValue();
  }
}
