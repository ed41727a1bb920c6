package io.kam.screening.support;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import io.kam.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builders for the records most tests need, made through the API as a user would. */
public final class Fixtures {

  public static final String BASE = "/api/v1/screening";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

  private Fixtures() {
  }

  /** A fresh area office under HQ/EAST, so that each test has its own customers. */
  public static String org() {
    return "HQ/EAST/T" + random(8);
  }

  public static String code() {
    return "91" + random(16);
  }

  public static String random(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  public static String rep(String org) {
    return TestTokens.token("rep." + org.toLowerCase().replace('/', '.'), org, "rep");
  }

  public static String repId(String org) {
    return "rep." + org.toLowerCase().replace('/', '.');
  }

  public static String supervisor(String org) {
    return TestTokens.token("supervisor." + org.toLowerCase().replace('/', '.'), org, "supervisor");
  }

  public static String manager(String org) {
    return TestTokens.token("manager." + org.toLowerCase().replace('/', '.'), org, "manager");
  }

  public static Map<String, Object> customer(String name, String org, long sales, int frequency) {
    return Map.of("name", name, "creditCode", code(), "industry", "food-retail", "orgUnit", org,
        "contactName", "Li Wei", "contactEmail", "li.wei@example.com", "annualSales", sales,
        "purchaseFrequency", frequency, "classification",
        Map.of("productCategory", "STANDARD", "customerNature", "ENTERPRISE", "serviceContent", "SUPPLY"));
  }

  public static String createCustomer(String org, long sales) {
    return as(rep(org)).body(customer("Customer " + random(5), org, sales, 2))
        .post(BASE + "/customers").then().statusCode(201).extract().path("id");
  }

  /** Runs the screening as the org's supervisor: customers of that org with big sales become potential. */
  public static String screen(String org) {
    return as(supervisor(org)).post(BASE + "/screening-runs").then().statusCode(201).extract().path("id");
  }

  public static void riskAnalysis(String org, String customerId) {
    as(rep(org)).body(Map.of("scores", Map.of("competitive-advantage", 80, "customer-needs", 70,
        "competitor-analysis", 60))).post(BASE + "/customers/" + customerId + "/risk-analyses")
        .then().statusCode(201);
  }

  /** A potential key account with its risk analysis table, ready to be proposed. */
  public static String readyToPropose(String org) {
    String id = createCustomer(org, 9_000_000);
    screen(org);
    riskAnalysis(org, id);
    return id;
  }

  public static String propose(String org, String customerId) {
    return as(rep(org)).body(Map.of("repId", repId(org), "justification", "risk LOW, worth developing"))
        .post(BASE + "/customers/" + customerId + "/confirmation").then().statusCode(201).extract().path("customerStatus");
  }

  public static void decide(String token, String customerId, String decision, String comment, int status) {
    as(token).body(comment == null ? Map.of("decision", decision) : Map.of("decision", decision, "comment", comment))
        .post(BASE + "/customers/" + customerId + "/confirmation/decisions").then().statusCode(status);
  }

  /** A confirmed key account of {@code org} with dedicated rep {@link #repId}. */
  public static String keyAccount(String org) {
    String id = readyToPropose(org);
    propose(org, id);
    decide(supervisor(org), id, "APPROVE", "reviewed", 200);
    decide(manager(org), id, "APPROVE", "approved", 200);
    return id;
  }

  /** The version of a policy now in force. */
  public static int policyVersion(String key) {
    return as(TestTokens.token("director", "HQ", "director")).get(BASE + "/policies/" + key).then().statusCode(200)
        .extract().path("version");
  }

  /** Puts {@code content} in force for policy {@code key}: prepared, reviewed and approved by three people. */
  public static int changePolicy(String key, Object content) {
    int version = as(TestTokens.token("staff.ka", "HQ", "ka-staff"))
        .body(Map.of("changeSummary", "test change", "content", content))
        .post(BASE + "/policies/" + key + "/versions").then().statusCode(201).extract().path("version");
    as(TestTokens.token("manager.hq", "HQ", "manager")).body(Map.of("accept", true))
        .post(BASE + "/policies/" + key + "/versions/" + version + "/review").then().statusCode(200);
    as(TestTokens.token("director", "HQ", "director")).body(Map.of("accept", true))
        .post(BASE + "/policies/" + key + "/versions/" + version + "/approve").then().statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("IN_FORCE"));
    return version;
  }

  /** A count from the service's database, read in its own transaction. */
  public static long count(String sql, Object... params) {
    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
      var q = io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get()
          .createNativeQuery(sql);
      for (int i = 0; i < params.length; i++) {
        q.setParameter(i + 1, params[i]);
      }
      return ((Number) q.getSingleResult()).longValue();
    });
  }

  public static UUID uuid(String s) {
    return UUID.fromString(s);
  }
}
