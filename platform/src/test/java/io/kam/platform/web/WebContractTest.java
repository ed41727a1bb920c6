package io.kam.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.kam.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class WebContractTest {

  static final String WIDGETS = "/api/v1/platformtest/widgets";

  @Inject
  EntityManager em;

  private static String auth() {
    return "Bearer " + TestTokens.token("rep.sh", "HQ/EAST/SH", "rep");
  }

  private long widgets(String name) {
    return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
        "select count(*) from test_widget where name = ?1").setParameter(1, name).getSingleResult()).longValue());
  }

  @Test
  void invalidInputGetsOneProblemEntryPerFieldAndStoresNothing() {
    given().header("Authorization", auth()).contentType(ContentType.JSON).body("{\"name\":\"\",\"tags\":[]}")
        .post(WIDGETS).then().statusCode(400).contentType("application/problem+json")
        .body("type", equalTo("https://kam.io/problems/validation")).body("status", equalTo(400))
        .body("errors.field", containsInAnyOrder("name", "tags"));
    given().header("Authorization", auth()).contentType(ContentType.JSON).body("{\"name\":\"x\",\"tags\":\"nope\"}")
        .post(WIDGETS).then().statusCode(400).body("errors[0].field", equalTo("tags"));
    given().header("Authorization", auth()).contentType(ContentType.JSON).body("{\"name\":")
        .post(WIDGETS).then().statusCode(400).body("title", equalTo("Request is not valid"));
    assertEquals(0, widgets(""));
  }

  @Test
  void tokensAreCheckedAndErrorsLeakNothing() {
    given().contentType(ContentType.JSON).body("{}").post(WIDGETS).then().statusCode(401);
    given().header("Authorization", "Bearer " + TestTokens.expired("rep.sh", "HQ", "rep")).get(WIDGETS + "/boom")
        .then().statusCode(401);
    given().header("Authorization", auth()).get(WIDGETS + "/boom").then().statusCode(500)
        .contentType("application/problem+json").body("detail", not(containsString("secret_table")))
        .body(not(containsString("com.example"))).body(not(containsString("Exception")));
    given().header("Authorization", auth()).contentType(ContentType.JSON).post(WIDGETS + "/archive").then().statusCode(409)
        .body("currentState", equalTo("DRAFT")).body("allowedTransitions", hasItems("SUBMIT", "DELETE"));
    given().header("Authorization", auth()).header("X-Request-Id", "req-123").get(WIDGETS + "/boom").then()
        .header("X-Request-Id", equalTo("req-123"));
  }

  @Test
  void anIdempotencyKeyReplaysTheFirstResponseAndRefusesAnotherBody() {
    String name = "w" + UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    String body = "{\"name\":\"" + name + "\",\"tags\":[\"a\"]}";
    Response first = given().header("Authorization", auth()).header("Idempotency-Key", key)
        .contentType(ContentType.JSON).body(body).post(WIDGETS);
    first.then().statusCode(201).header("Location", notNullValue());
    given().header("Authorization", auth()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
        .post(WIDGETS).then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
        .header("Location", equalTo(first.header("Location"))).body("id", equalTo(first.path("id")));
    given().header("Authorization", auth()).header("Idempotency-Key", key).contentType(ContentType.JSON)
        .body("{\"name\":\"other\",\"tags\":[\"a\"]}").post(WIDGETS).then().statusCode(422);
    assertEquals(1, widgets(name), "one effect for the repeated request");
    given().header("Authorization", auth()).contentType(ContentType.JSON).body(body).post(WIDGETS).then()
        .statusCode(201).header("Idempotent-Replayed", nullValue());
    assertEquals(2, widgets(name), "without a key every POST creates");
  }

  @Test
  void aStreamedUploadIsReplayedForTheSameKeyAndRefusedForAnotherBody() {
    String name = "s" + UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    String body = name + "\n" + name + "\n";
    given().header("Authorization", auth()).header("Idempotency-Key", key).contentType("text/plain").body(body)
        .post(WIDGETS + "/bulk").then().statusCode(201).body("stored", equalTo(2));
    given().header("Authorization", auth()).header("Idempotency-Key", key).contentType("text/plain").body(body)
        .post(WIDGETS + "/bulk").then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
        .body("stored", equalTo(2));
    assertEquals(2, widgets(name), "the retried upload was not stored again");
    given().header("Authorization", auth()).header("Idempotency-Key", key).contentType("text/plain")
        .body(body + name + "\n").post(WIDGETS + "/bulk").then().statusCode(422);
    assertEquals(2, widgets(name));
  }

  @Test
  void keysetPaginationWalksEveryRowOnce() {
    String name = "p" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 7; i++) {
      given().header("Authorization", auth()).contentType(ContentType.JSON)
          .body("{\"name\":\"" + name + "\",\"tags\":[\"t\"]}").post(WIDGETS).then().statusCode(201);
    }
    List<String> ids = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      var req = given().header("Authorization", auth()).queryParam("name", name).queryParam("limit", 3);
      if (after != null) {
        req.queryParam("after", after);
      }
      Response page = req.get(WIDGETS);
      page.then().statusCode(200);
      ids.addAll(page.path("items.id"));
      after = page.path("nextCursor");
      pages++;
    } while (after != null);
    assertEquals(3, pages);
    assertEquals(7, ids.size());
    assertEquals(7, new HashSet<>(ids).size());
    given().header("Authorization", auth()).queryParam("name", name).queryParam("after", "garbage!")
        .get(WIDGETS).then().statusCode(400).body("errors[0].field", equalTo("after"));
    given().header("Authorization", auth()).queryParam("name", name).queryParam("limit", 0)
        .get(WIDGETS).then().statusCode(400).body("errors[0].field", equalTo("limit"));
  }
}
