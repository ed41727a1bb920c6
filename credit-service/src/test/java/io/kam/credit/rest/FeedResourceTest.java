package io.kam.credit.rest;

import static io.kam.credit.support.Credit.ERP;
import static io.kam.credit.support.Credit.MANAGER_HQ;
import static io.kam.credit.support.Credit.SH;
import static io.kam.credit.support.Credit.STAFF_HZ;
import static io.kam.credit.support.Credit.as;
import static io.kam.credit.support.Credit.openProfile;
import static io.kam.credit.support.Credit.outboxCount;
import static io.kam.credit.support.Credit.performance;
import static io.kam.credit.support.Credit.transaction;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.kam.credit.messaging.CreditEventPublisher;
import io.kam.credit.support.Credit;
import io.kam.credit.support.TestClock;
import io.kam.testsupport.EventSchemas;
import io.kam.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FeedResourceTest {

  static final String TOPIC = CreditEventPublisher.TOPIC;

  @Test
  void aPerformanceFeedBelowSeventyFivePercentDowngradesToOrdinaryExactlyOnceEvenWhenSentTwice() {
    String account = openProfile(SH);
    transaction(account, "tx-" + account, "12000000.00");
    assertEquals(201, performance(account, "perf-" + account, "CT-1", "10000", "7499"));
    assertEquals(200, performance(account, "perf-" + account, "CT-1", "10000", "7499"), "same source id: replay");

    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().statusCode(200)
        .body("tier", equalTo("ORDINARY")).body("status", equalTo("DEMOTED")).body("keyAccount", equalTo(false))
        .body("fulfilmentRate", equalTo(0.7499f));

    List<JsonNode> events = KafkaTestClient.events(TOPIC, "kam.credit.downgraded", account, 2, Duration.ofSeconds(8));
    assertEquals(1, events.size(), "exactly one downgrade on the topic");
    assertEquals(1, outboxCount(account, "kam.credit.downgraded"));
    JsonNode e = events.get(0);
    EventSchemas.assertValid("events/kam.credit.downgraded.v1.schema.json", e);
    assertEquals("/kam/credit", e.path("source").asText());
    assertEquals("urn:kam:event:kam.credit.downgraded:v1", e.path("dataschema").asText());
    JsonNode data = e.path("data");
    assertEquals(account, data.path("accountId").asText());
    assertEquals("GREEN", data.path("previousTier").asText());
    assertEquals("ORDINARY", data.path("tier").asText());
    assertEquals("FULFILMENT_BELOW_THRESHOLD", data.path("reason").asText());
    assertEquals(0, new BigDecimal("0.7499").compareTo(data.path("fulfilmentRate").decimalValue()));
    assertEquals(1, data.path("policyVersion").asInt());

    // a further bad report (new source id) does not demote a demoted account again
    assertEquals(201, performance(account, "perf2-" + account, "CT-2", "100", "10"));
    assertEquals(1, outboxCount(account, "kam.credit.downgraded"));
  }

  @Test
  void anUnratedAccountWhoseFirstReportIsBelowTheThresholdIsDowngradedFromNoTier() {
    String account = openProfile(SH);
    assertEquals(201, performance(account, "first-" + account, "CT-1", "100", "50"));
    List<JsonNode> events = KafkaTestClient.events(TOPIC, "kam.credit.downgraded", account, 1, Duration.ofSeconds(30));
    assertEquals(1, events.size());
    EventSchemas.assertValid("events/kam.credit.downgraded.v1.schema.json", events.get(0));
    assertEquals(true, events.get(0).path("data").path("previousTier").isNull());
    assertEquals("ORDINARY", events.get(0).path("data").path("tier").asText());
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().body("tier", equalTo("ORDINARY"));
  }

  @Test
  void atExactlySeventyFivePercentNothingIsDowngraded() {
    String account = openProfile(SH);
    transaction(account, "tx-" + account, "6000000.00");
    assertEquals(201, performance(account, "perf-" + account, "CT-1", "10000", "7500"));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().statusCode(200)
        .body("tier", equalTo("YELLOW")).body("status", equalTo("ACTIVE")).body("fulfilmentRate", equalTo(0.75f));
    assertEquals(0, outboxCount(account, "kam.credit.downgraded"));
  }

  @Test
  void theFirstTierIsARatingAndCrossingAThresholdIsAnUpgrade() {
    String account = openProfile(SH);
    transaction(account, "a-" + account, "999999.99");
    List<JsonNode> rated = KafkaTestClient.events(TOPIC, "kam.credit.rated", account, 1, Duration.ofSeconds(30));
    assertEquals(1, rated.size());
    EventSchemas.assertValid("events/kam.credit.rated.v1.schema.json", rated.get(0));
    assertEquals("BLACK", rated.get(0).path("data").path("tier").asText());

    transaction(account, "b-" + account, "0.01");
    List<JsonNode> up = KafkaTestClient.events(TOPIC, "kam.credit.upgraded", account, 1, Duration.ofSeconds(30));
    assertEquals(1, up.size());
    EventSchemas.assertValid("events/kam.credit.upgraded.v1.schema.json", up.get(0));
    assertEquals("BLACK", up.get(0).path("data").path("previousTier").asText());
    assertEquals("RED", up.get(0).path("data").path("tier").asText());
    assertEquals("VOLUME", up.get(0).path("data").path("reason").asText());

    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().statusCode(200)
        .body("volume", equalTo(1000000.0f)).body("tier", equalTo("RED"));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}/tier-changes", account).then().statusCode(200)
        .body("items.tier", org.hamcrest.Matchers.contains("BLACK", "RED"))
        .body("items.policyVersion", hasItem(1));
  }

  @Test
  void transactionsOutsideTheVolumeWindowDoNotCount() {
    String account = openProfile(SH);
    as(ERP).body(Map.of("sourceId", "old-" + account, "amount", 20000000, "date",
            TestClock.today().minusMonths(12).toString()))
        .post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(201);
    as(ERP).body(Map.of("sourceId", "new-" + account, "amount", 1500000, "date",
            TestClock.today().minusMonths(12).plusDays(1).toString()))
        .post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(201);
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().statusCode(200)
        .body("volume", equalTo(1500000.0f)).body("tier", equalTo("RED"));
  }

  @Test
  void theLatestReportPerContractCounts() {
    String account = openProfile(SH);
    assertEquals(201, performance(account, "q1-" + account, "CT-A", "100", "80"));
    assertEquals(201, performance(account, "q2-" + account, "CT-B", "300", "300"));
    assertEquals(201, performance(account, "q3-" + account, "CT-A", "200", "180"));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().statusCode(200)
        .body("obligationsDue", equalTo(500.0f)).body("obligationsFulfilled", equalTo(480.0f))
        .body("fulfilmentRate", equalTo(0.96f));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}/contract-performance", account).then().statusCode(200)
        .body("items.contractId", containsInAnyOrder("CT-A", "CT-B", "CT-A"));
  }

  @Test
  void aRepeatedSourceIdIsAcknowledgedWithoutASecondEffect() {
    String account = openProfile(SH);
    Map<String, Object> body = Map.of("sourceId", "dup-" + account, "amount", 700000, "date", TestClock.today().toString());
    String id = as(ERP).body(body).post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(201)
        .header("Location", notNullValue()).body("duplicate", equalTo(false)).extract().path("id");
    as(ERP).body(body).post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(200)
        .body("duplicate", equalTo(true)).body("id", equalTo(id));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}", account).then().body("volume", equalTo(700000.0f));
    as(MANAGER_HQ).get("/api/v1/credit/profiles/{a}/transactions/{id}", account, id).then().statusCode(200)
        .body("amount", equalTo(700000.0f));

    String another = openProfile(SH);
    as(ERP).body(body).post("/api/v1/credit/profiles/{a}/transactions", another).then().statusCode(409);
  }

  @Test
  void anIdempotencyKeyReplaysTheFirstResponse() {
    String account = openProfile(SH);
    Map<String, Object> body = Map.of("sourceId", "idem-" + account, "amount", 100, "date", TestClock.today().toString());
    String key = UUID.randomUUID().toString();
    String id = as(ERP).header("Idempotency-Key", key).body(body)
        .post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(201).extract().path("id");
    as(ERP).header("Idempotency-Key", key).body(body)
        .post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(201)
        .header("Idempotent-Replayed", "true").body("id", equalTo(id));
  }

  @Test
  void badFeedsAreRefusedPerFieldAndNothingIsStored() {
    String account = openProfile(SH);
    as(ERP).body(Map.of("amount", -5, "date", "2020-13-01"))
        .post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(400)
        .contentType("application/problem+json").body("errors.field", hasItem("date"));
    as(ERP).body(Map.of("amount", -5, "date", TestClock.today().toString()))
        .post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(400)
        .body("errors.field", containsInAnyOrder("sourceId", "amount"));
    as(ERP).body(Map.of("sourceId", "future-" + account, "amount", 5, "date", TestClock.today().plusDays(2).toString()))
        .post("/api/v1/credit/profiles/{a}/transactions", account).then().statusCode(400)
        .body("errors.field", hasItem("date"));
    as(ERP).body(Map.of("sourceId", "p-" + account, "contractId", "CT", "obligationsDue", 10, "obligationsFulfilled", 11,
            "asOf", TestClock.today().toString()))
        .post("/api/v1/credit/profiles/{a}/contract-performance", account).then().statusCode(400)
        .body("errors.field", hasItem("obligationsFulfilled"));
    as(ERP).body(Map.of("sourceId", "p2-" + account))
        .post("/api/v1/credit/profiles/{a}/contract-performance", account).then().statusCode(400)
        .body("errors.field", containsInAnyOrder("contractId", "obligationsDue", "obligationsFulfilled", "asOf"));
    assertEquals(0L, ((Number) Credit.sql("select count(*) from credit_transaction where account_id = ?1", account)
        .get(0)).longValue());
    assertEquals(0L, ((Number) Credit.sql("select count(*) from credit_contract_performance where account_id = ?1",
        account).get(0)).longValue());
    as(ERP).body(Map.of("sourceId", "x", "amount", 5, "date", TestClock.today().toString()))
        .post("/api/v1/credit/profiles/{a}/transactions", UUID.randomUUID().toString()).then().statusCode(404);
  }

  @Test
  void keyAccountStaffFeedOnlyAccountsOfTheirOrgLine() {
    String hz = openProfile("HQ/EAST/HZ");
    String sh = openProfile(SH);
    as(STAFF_HZ).body(Map.of("sourceId", "staff-" + hz, "amount", 10, "date", TestClock.today().toString()))
        .post("/api/v1/credit/profiles/{a}/transactions", hz).then().statusCode(201);
    as(STAFF_HZ).body(Map.of("sourceId", "staff-" + sh, "amount", 10, "date", TestClock.today().toString()))
        .post("/api/v1/credit/profiles/{a}/transactions", sh).then().statusCode(404);
  }
}
