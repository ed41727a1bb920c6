package io.kam.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The whole key-account lifecycle across the built services, through the gateway, on real PostgreSQL and
 * Kafka: intake and screening, the confirmation chain, the credit profile opened from
 * {@code kam.account.confirmed}, the 75 % rule in credit demoting the account in screening, the 360°
 * view, the merged OpenAPI, and a service killed mid-flow catching up from Kafka.
 */
class KeyAccountLifecycleSystemTest {

  private static final String ORG = "HQ/EAST/SH";
  private static KamSystem system;

  @BeforeAll
  static void start() {
    system = new KamSystem().start();
  }

  @AfterAll
  static void stop() {
    if (system != null) {
      system.close();
    }
  }

  private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

  /** One token per demo user: the gateway rate-limits the token endpoint per user. */
  private static String token(String user) {
    return TOKENS.computeIfAbsent(user, KeyAccountLifecycleSystemTest::login);
  }

  private static String login(String user) {
    return given().baseUri(system.gateway()).contentType(ContentType.JSON)
        .body(Map.of("username", user, "password", "kam-demo")).post("/api/v1/auth/token")
        .then().statusCode(200).extract().path("accessToken");
  }

  private static RequestSpecification as(String user) {
    return given().baseUri(system.gateway()).auth().oauth2(token(user)).contentType(ContentType.JSON);
  }

  /** A confirmed key account of HQ/EAST/SH, made through the gateway by the demo users. */
  private static String confirmedKeyAccount() {
    String id = as("rep.sh").body(Map.of("name", "Acme " + UUID.randomUUID().toString().substring(0, 8),
            "creditCode", "91" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(),
            "industry", "food-retail", "orgUnit", ORG, "contactName", "Li Wei", "contactEmail", "li.wei@example.com",
            "annualSales", 9_000_000, "purchaseFrequency", 6,
            "classification", Map.of("productCategory", "STANDARD", "customerNature", "ENTERPRISE", "serviceContent", "SUPPLY")))
        .post("/api/v1/screening/customers").then().statusCode(201).extract().path("id");
    as("supervisor.sh").post("/api/v1/screening/screening-runs").then().statusCode(201);
    as("rep.sh").get("/api/v1/screening/customers/" + id).then().statusCode(200).body("status", equalTo("POTENTIAL"));
    as("rep.sh").body(Map.of("scores", Map.of("competitive-advantage", 80, "customer-needs", 75, "competitor-analysis", 70)))
        .post("/api/v1/screening/customers/" + id + "/risk-analyses").then().statusCode(201);
    as("rep.sh").body(Map.of("repId", "rep.sh", "justification", "risk low, worth developing"))
        .post("/api/v1/screening/customers/" + id + "/confirmation").then().statusCode(201);
    as("supervisor.sh").body(Map.of("decision", "APPROVE", "comment", "figures checked"))
        .post("/api/v1/screening/customers/" + id + "/confirmation/decisions").then().statusCode(200);
    as("manager.sh").body(Map.of("decision", "APPROVE", "comment", "approved"))
        .post("/api/v1/screening/customers/" + id + "/confirmation/decisions").then().statusCode(200);
    as("rep.sh").get("/api/v1/screening/customers/" + id).then().statusCode(200)
        .body("status", equalTo("KEY_ACCOUNT")).body("keyAccount", equalTo(true));
    return id;
  }

  private static void eventually(String what, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError(what + " did not happen within 60 s");
  }

  @Test
  void aKeyAccountIsConfirmedRatedAndDemotedByTheSeventyFivePercentRuleAcrossServices() {
    String id = confirmedKeyAccount();

    eventually("credit opens a profile from kam.account.confirmed",
        () -> as("manager.sh").get("/api/v1/credit/profiles/" + id).statusCode() == 200);
    as("manager.sh").get("/api/v1/credit/profiles/" + id).then().body("accountId", equalTo(id));
    as("rep.sh").get("/api/v1/credit/profiles/" + id).then().statusCode(403);

    as("manager.sh").get("/api/v1/accounts/" + id + "/overview").then().statusCode(200)
        .body("parts.account.status", equalTo("ok"))
        .body("parts.account.data.status", equalTo("KEY_ACCOUNT"))
        .body("parts.account.data.repId", equalTo("rep.sh"))
        .body("parts.credit.status", equalTo("ok"))
        .body("parts.credit.data.accountId", equalTo(id))
        .body("parts.visits.status", equalTo("unavailable"))
        .body("complete", equalTo(false));
    as("rep.sh").get("/api/v1/accounts/" + id + "/overview").then().statusCode(200)
        .body("parts.account.status", equalTo("ok"))
        .body("parts.credit.status", equalTo("forbidden"))
        .body("parts.credit", org.hamcrest.Matchers.not(hasKey("data")));

    as("erp").body(Map.of("sourceId", "erp-" + UUID.randomUUID(), "contractId", "CT-" + id.substring(0, 8),
            "obligationsDue", new BigDecimal("100"), "obligationsFulfilled", new BigDecimal("70"),
            "asOf", LocalDate.now().toString()))
        .post("/api/v1/credit/profiles/" + id + "/contract-performance").then().statusCode(201);

    eventually("screening demotes the account after kam.credit.downgraded", () ->
        "ORDINARY".equals(as("manager.sh").get("/api/v1/screening/customers/" + id).path("status")));
    as("manager.sh").get("/api/v1/screening/customers/" + id).then().body("keyAccount", equalTo(false));
  }

  @Test
  void theMergedOpenApiListsTheOperationsOfEveryRunningService() {
    given().baseUri(system.gateway()).get("/q/openapi?format=json").then().statusCode(200)
        .body("paths", hasKey("/api/v1/screening/customers"))
        .body("paths", hasKey("/api/v1/credit/profiles/{accountId}"))
        .body("paths", hasKey("/api/v1/auth/token"))
        .body("paths", hasKey("/api/v1/accounts/{id}/overview"));
  }

  @Test
  void aServiceKilledMidFlowCatchesUpFromKafkaWhenItReturns() {
    system.kill("credit");
    try {
      String id = confirmedKeyAccount();
      as("manager.sh").get("/api/v1/credit/profiles/" + id).then().statusCode(502);
      system.restart("credit");
      eventually("the restarted credit service opens the profile from the event it missed",
          () -> as("manager.sh").get("/api/v1/credit/profiles/" + id).statusCode() == 200);
    } finally {
      if (!isUp()) {
        system.restart("credit");
      }
    }
  }

  private static boolean isUp() {
    try {
      return given().baseUri("http://127.0.0.1:" + system.port("credit")).get("/q/health/live").statusCode() == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
