package io.kam.credit.support;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import io.kam.credit.messaging.AccountConfirmedV1;
import io.kam.credit.service.ProfileService;
import io.kam.testsupport.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Tokens of the demo users and shortcuts the credit tests share. */
public final class Credit {

  public static final String SH = "HQ/EAST/SH";
  public static final String REP_SH = TestTokens.token("rep.sh", SH, "rep");
  public static final String SUPERVISOR_SH = TestTokens.token("supervisor.sh", SH, "supervisor");
  public static final String MANAGER_SH = TestTokens.token("manager.sh", SH, "manager");
  public static final String SUPERVISOR_HZ = TestTokens.token("supervisor.hz", "HQ/EAST/HZ", "supervisor");
  public static final String SUPERVISOR_EAST = TestTokens.token("supervisor.east", "HQ/EAST", "supervisor");
  public static final String SUPERVISOR_NORTH = TestTokens.token("supervisor.north", "HQ/NORTH", "supervisor");
  public static final String SUPERVISOR_HQ = TestTokens.token("supervisor.hq", "HQ", "supervisor");
  public static final String MANAGER_HQ = TestTokens.token("manager.hq", "HQ", "manager");
  public static final String DIRECTOR = TestTokens.token("director", "HQ", "director");
  public static final String ERP = TestTokens.token("erp", "HQ", "integration");
  public static final String STAFF_HZ = TestTokens.token("staff.hz", "HQ/EAST/HZ", "ka-staff");

  private Credit() {
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  /** Opens a profile as the confirmation consumer would, for a fresh account under {@code org}. */
  public static String openProfile(String org) {
    String accountId = UUID.randomUUID().toString();
    Arc.container().instance(ProfileService.class).get().openFromConfirmation(
        new AccountConfirmedV1(accountId, "Test Co " + accountId.substring(0, 8), org, "rep.sh", null, null, 1),
        "test-" + accountId);
    return accountId;
  }

  public static void transaction(String accountId, String sourceId, String amount) {
    as(ERP).body(Map.of("sourceId", sourceId, "amount", new BigDecimal(amount), "date", TestClock.today().toString(),
            "contractId", "CT-1"))
        .post("/api/v1/credit/profiles/{a}/transactions", accountId).then().statusCode(201);
  }

  public static int performance(String accountId, String sourceId, String contract, String due, String fulfilled) {
    return as(ERP).body(Map.of("sourceId", sourceId, "contractId", contract, "obligationsDue", new BigDecimal(due),
            "obligationsFulfilled", new BigDecimal(fulfilled), "asOf", TestClock.today().toString()))
        .post("/api/v1/credit/profiles/{a}/contract-performance", accountId).then().extract().statusCode();
  }

  /** Rows in the outbox for an account and event type: the source of truth for "exactly once". */
  public static long outboxCount(String accountId, String type) {
    return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
        .createNativeQuery("select count(*) from kam_outbox where msg_key = ?1 and event_type = ?2")
        .setParameter(1, accountId).setParameter(2, type).getSingleResult()).longValue());
  }

  @SuppressWarnings("unchecked")
  public static List<Object> sql(String query, Object... params) {
    return QuarkusTransaction.requiringNew().call(() -> {
      var q = Arc.container().instance(EntityManager.class).get().createNativeQuery(query);
      for (int i = 0; i < params.length; i++) {
        q.setParameter(i + 1, params[i]);
      }
      return (List<Object>) q.getResultList();
    });
  }

  /** Polls until the supplier gives true or the timeout passes. */
  public static boolean eventually(Duration timeout, Supplier<Boolean> condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (Boolean.TRUE.equals(condition.get())) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return Boolean.TRUE.equals(condition.get());
  }
}
