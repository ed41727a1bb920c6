package io.kam.screening.rest;

import static io.kam.screening.support.Fixtures.BASE;
import static io.kam.screening.support.Fixtures.as;
import static io.kam.screening.support.Fixtures.org;
import static io.kam.screening.support.Fixtures.rep;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kam.screening.support.Fixtures;
import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArchiveResourceTest {

  static final String ARCHIVIST = TestTokens.token("archivist", "HQ", "archivist");

  @Test
  void documentsAreRegisteredAndTheArchivistFilesThemWithNumberAndDate() {
    String org = org();
    String id = Fixtures.createCustomer(org, 1);
    String doc = as(rep(org)).body(Map.of("documentType", "RISK_ANALYSIS", "title", "用户风险分析表 T"))
        .post(BASE + "/customers/" + id + "/archive-documents").then().statusCode(201)
        .body("status", equalTo("PENDING")).extract().path("id");
    as(ARCHIVIST).get(BASE + "/archive-documents?status=PENDING&limit=500").then().statusCode(200);
    String number = "DA-" + Fixtures.random(8);
    as(rep(org)).body(Map.of("archiveNumber", number, "sentAt", "2025-03-20"))
        .post(BASE + "/archive-documents/" + doc + "/filing").then().statusCode(403);
    as(ARCHIVIST).body(Map.of("archiveNumber", "", "sentAt", "yesterday"))
        .post(BASE + "/archive-documents/" + doc + "/filing").then().statusCode(400);
    as(ARCHIVIST).body(Map.of("archiveNumber", number, "sentAt", "2025-03-20"))
        .post(BASE + "/archive-documents/" + doc + "/filing").then().statusCode(200)
        .body("status", equalTo("FILED")).body("archiveNumber", equalTo(number))
        .body("sentAt", equalTo("2025-03-20")).body("filedBy", equalTo("archivist"));
    as(ARCHIVIST).body(Map.of("archiveNumber", number + "X", "sentAt", "2025-03-21"))
        .post(BASE + "/archive-documents/" + doc + "/filing").then().statusCode(409)
        .body("currentState", equalTo("FILED"));
    String second = as(ARCHIVIST).body(Map.of("documentType", "SCREENING_RESULT", "title", "名单"))
        .post(BASE + "/customers/" + id + "/archive-documents").then().statusCode(201).extract().path("id");
    as(ARCHIVIST).body(Map.of("archiveNumber", number, "sentAt", "2025-03-20"))
        .post(BASE + "/archive-documents/" + second + "/filing").then().statusCode(409)
        .body("field", equalTo("archiveNumber"));
    as(ARCHIVIST).get(BASE + "/archive-documents?status=FILED&limit=500").then().statusCode(200)
        .body("items.archiveNumber", hasItem(number));
    as(rep(org)).get(BASE + "/archive-documents").then().statusCode(403);
    as(ARCHIVIST).get(BASE + "/archive-documents?status=LOST").then().statusCode(400);
    as(rep(org)).get(BASE + "/archive-documents/" + doc).then().statusCode(200).body("title", equalTo("用户风险分析表 T"));
    as(rep(org())).get(BASE + "/archive-documents/" + doc).then().statusCode(404);
    as(rep(org)).body(Map.of("documentType", "WHATEVER", "title", "x"))
        .post(BASE + "/customers/" + id + "/archive-documents").then().statusCode(400);
    as(rep(org())).body(Map.of("documentType", "OTHER", "title", "x"))
        .post(BASE + "/customers/" + id + "/archive-documents").then().statusCode(404);
  }
}
