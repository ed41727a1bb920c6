package io.kam.screening.rest;

import static io.kam.screening.support.Fixtures.BASE;
import static io.kam.screening.support.Fixtures.org;
import static io.kam.screening.support.Fixtures.rep;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kam.screening.support.Fixtures;
import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class CustomerImportResourceTest {

  static final String HEADER = "name,creditCode,industry,orgUnit,contactName,contactPhone,contactEmail,annualSales,"
      + "purchaseFrequency,productCategory,customerNature,serviceContent\n";

  static String row(String name, String code, String org, String sales) {
    return name + "," + code + ",retail," + org + ",Li,123,li@example.com," + sales + ",3,STANDARD,ENTERPRISE,SUPPLY\n";
  }

  static long inOrg(String org) {
    return Fixtures.count("select count(*) from customer where org_unit = ?1", org);
  }

  @Test
  void aBadFileIsRejectedWholeWithTheErrorsOfEachRowAndNothingIsStored() {
    String org = org();
    String dup = Fixtures.code();
    String taken = Fixtures.code();
    Map<String, Object> already = new java.util.HashMap<>(Fixtures.customer("Already", org, 1, 1));
    already.put("creditCode", taken);
    given().auth().oauth2(rep(org)).body(already).contentType(ContentType.JSON)
        .post(BASE + "/customers").then().statusCode(201);
    String csv = HEADER
        + row("Good One", Fixtures.code(), org, "100")
        + row("", "bad code", org, "abc")
        + row("Dup A", dup, org, "100")
        + row("Dup B", dup, org, "100")
        + row("Elsewhere", Fixtures.code(), "HQ/NORTH", "100")
        + row("Taken", taken, org, "100")
        + "Bad class," + Fixtures.code() + ",retail," + org + ",Li,1,li@example.com,5,3,NOPE,ENTERPRISE,SUPPLY\n";
    given().auth().oauth2(rep(org)).contentType("text/csv").body(csv).post(BASE + "/customers/imports")
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors.field", hasItems("rows[2].name", "rows[2].creditCode", "rows[2].annualSales",
            "rows[4].creditCode", "rows[5].orgUnit", "rows[6].creditCode", "rows[7].classification.productCategory"))
        .body("rowsRead", equalTo(7));
    assertEquals(1, inOrg(org));
    // a clean file but for one credit code already registered
    given().auth().oauth2(rep(org)).contentType("text/csv").body(HEADER + row("Good One", Fixtures.code(), org, "1")
        + row("Taken", taken, org, "100")).post(BASE + "/customers/imports")
        .then().statusCode(400).body("errors.field", equalTo(List.of("rows[2].creditCode")));
    assertEquals(1, inOrg(org));
    given().auth().oauth2(rep(org)).contentType("text/csv").body("name,shoeSize\nx,42\n")
        .post(BASE + "/customers/imports").then().statusCode(400).body("errors[0].field", equalTo("header"));
  }

  @Test
  void aRetriedImportWithTheSameKeyIsReplayedNotStoredTwice() {
    String org = org();
    String key = java.util.UUID.randomUUID().toString();
    String csv = HEADER + row("Retry One", Fixtures.code(), org, "1") + row("Retry Two", Fixtures.code(), org, "2");
    Response first = given().auth().oauth2(rep(org)).header("Idempotency-Key", key).contentType("text/csv").body(csv)
        .post(BASE + "/customers/imports");
    first.then().statusCode(201);
    given().auth().oauth2(rep(org)).header("Idempotency-Key", key).contentType("text/csv").body(csv)
        .post(BASE + "/customers/imports").then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
        .header("Location", equalTo(first.header("Location")));
    assertEquals(2, inOrg(org), "the retry stored nothing");
    given().auth().oauth2(rep(org)).header("Idempotency-Key", key).contentType("text/csv")
        .body(csv + row("Retry Three", Fixtures.code(), org, "3")).post(BASE + "/customers/imports")
        .then().statusCode(422);
    assertEquals(2, inOrg(org));
  }

  @Test
  void aJsonArrayIsImportedAndBadRowsAreNamed() {
    String org = org();
    List<Map<String, Object>> rows = List.of(Fixtures.customer("J1", org, 1, 1), Fixtures.customer("J2", org, 2, 2));
    Response r = given().auth().oauth2(rep(org)).contentType(ContentType.JSON).body(rows)
        .post(BASE + "/customers/imports");
    r.then().statusCode(201).body("imported", equalTo(2)).body("format", equalTo("JSON"))
        .header("Location", endsWith("/customers/imports/" + r.path("id")));
    given().auth().oauth2(rep(org)).get(BASE + "/customers/imports/" + r.path("id")).then().statusCode(200)
        .body("imported", equalTo(2));
    assertEquals(2, inOrg(org));

    String other = org();
    given().auth().oauth2(rep(other)).contentType(ContentType.JSON)
        .body(List.of(Fixtures.customer("ok", other, 1, 1), Map.of("name", "half", "annualSales", "lots")))
        .post(BASE + "/customers/imports").then().statusCode(400)
        .body("errors.field", containsInAnyOrder("rows[2].annualSales"));
    given().auth().oauth2(rep(other)).contentType(ContentType.JSON).body(Map.of("not", "an array"))
        .post(BASE + "/customers/imports").then().statusCode(400).body("errors[0].field", equalTo("body"));
    assertEquals(0, inOrg(other));
    given().auth().oauth2(TestTokens.token("archivist", "HQ", "archivist")).contentType(ContentType.JSON)
        .body(List.of()).post(BASE + "/customers/imports").then().statusCode(403);
  }

  /**
   * 20 000 rows by default; {@code -Dkam.import.rows=200000 -DargLine=-Xmx128m} probes memory. The body is
   * generated while it is sent (chunked), so the only copy of the file is the one the service streams.
   */
  @Test
  void twentyThousandCsvRowsAreImportedInOneCall() throws Exception {
    String org = org();
    int n = Integer.getInteger("kam.import.rows", 20_000);
    String prefix = "91" + Fixtures.random(8);
    // 64 KiB chunks of rows, generated on demand
    java.util.Iterator<byte[]> lines = new java.util.Iterator<>() {
      int i = -1;

      public boolean hasNext() {
        return i < n;
      }

      public byte[] next() {
        StringBuilder chunk = new StringBuilder(70_000);
        while (i < n && chunk.length() < 65_000) {
          chunk.append(i < 0 ? HEADER : row("Bulk customer " + i, prefix + String.format("%08d", i), org,
              String.valueOf(1000 + i)));
          i++;
        }
        return chunk.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
    };
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + BASE + "/customers/imports"))
        .header("Authorization", "Bearer " + TestTokens.token("erp", "HQ", "integration"))
        .header("Content-Type", "text/csv")
        .timeout(java.time.Duration.ofMinutes(5))
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .expectContinue(true)
        .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
            java.net.http.HttpRequest.BodyPublishers.ofByteArrays(() -> lines)))
        .build();
    var pools = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP).toList();
    System.gc();
    pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    var response = java.net.http.HttpClient.newHttpClient().send(request,
        java.net.http.HttpResponse.BodyHandlers.ofString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(201, response.statusCode(), response.body());
    long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    System.out.printf("import of %d CSV rows: %d ms; peak heap in use %d MB of max %d MB%n", n, millis, peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    assertEquals(n, inOrg(org));
  }
}
