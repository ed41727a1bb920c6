package io.kam.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** One pooled connection per service and no waiting: calls made while it is busy are refused with 503. */
@QuarkusTest
@TestProfile(BusyTest.OneConnection.class)
class BusyTest {

  public static class OneConnection implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("kam.gateway.client.max-pool-size", "1", "kam.gateway.client.max-wait-queue", "0",
          "kam.gateway.client.idle-timeout", "10s");
    }
  }

  @Test
  void callsBeyondAFullPoolAre503Problems() throws Exception {
    String token = TestTokens.token("busy.user", "HQ", "admin");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Response>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        // each holds the only connection for 3 s: they cannot all have it
        calls.add(pool.submit(() -> given().auth().oauth2(token).get("/api/v1/screening/slow?ms=3000")));
      }
      int ok = 0;
      int busy = 0;
      for (Future<Response> call : calls) {
        Response response = call.get();
        if (response.statusCode() == 200) {
          ok++;
        } else {
          assertEquals(503, response.statusCode(), response.asString());
          assertTrue(response.contentType().startsWith("application/problem+json"));
          assertEquals("Service unavailable", response.jsonPath().getString("title"));
          busy++;
        }
      }
      assertTrue(ok >= 1 && busy >= 1, ok + " ok, " + busy + " busy");
    } finally {
      pool.shutdownNow();
    }
  }
}
