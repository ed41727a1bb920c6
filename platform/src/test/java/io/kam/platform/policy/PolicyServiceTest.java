package io.kam.platform.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kam.platform.support.TestThresholdPolicy;
import io.kam.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PolicyServiceTest {

  static final String BASE = "/api/v1/platformtest/policies/test-thresholds";

  @Inject
  PolicyService policies;

  private static String token(String user, String... roles) {
    return "Bearer " + TestTokens.token(user, "HQ", roles);
  }

  @Test
  void aChangeIsInForceOnlyOnceReviewedAndApproved() {
    int before = policies.current("test-thresholds", TestThresholdPolicy.Content.class).version();
    given().header("Authorization", token("supervisor.hq", "supervisor")).get(BASE).then().statusCode(200)
        .body("status", equalTo("IN_FORCE")).body("documentNumber", equalTo("KAM-TEST-001"))
        .body("controlledStatus", notNullValue()).body("implementingDepartment", notNullValue());

    int version = given().header("Authorization", token("staff.ka", "ka-staff")).contentType(ContentType.JSON)
        .body("{\"content\":{\"threshold\":80,\"ceiling\":100},\"changeSummary\":\"raise the threshold\"}")
        .post(BASE + "/versions").then().statusCode(201).body("status", equalTo("DRAFT"))
        .body("revisionCount", equalTo(before)).extract().path("version");
    assertEquals(75, policies.current("test-thresholds", TestThresholdPolicy.Content.class).content().threshold(),
        "a draft is not in force");

    given().header("Authorization", token("gm", "gm")).contentType(ContentType.JSON).body("{\"accept\":true}")
        .post(BASE + "/versions/" + version + "/approve").then().statusCode(409)
        .body("allowedTransitions", hasItem("REVIEW"));
    given().header("Authorization", token("staff.ka", "ka-staff", "manager")).contentType(ContentType.JSON)
        .body("{\"accept\":true}").post(BASE + "/versions/" + version + "/review").then().statusCode(403);
    given().header("Authorization", token("manager.hq", "manager")).contentType(ContentType.JSON)
        .body("{\"accept\":true,\"comment\":\"checked\"}").post(BASE + "/versions/" + version + "/review")
        .then().statusCode(200).body("status", equalTo("REVIEWED")).body("reviewedBy", equalTo("manager.hq"));
    assertEquals(75, policies.current("test-thresholds", TestThresholdPolicy.Content.class).content().threshold(),
        "a reviewed change is not in force either");

    given().header("Authorization", token("manager.hq", "manager")).contentType(ContentType.JSON)
        .body("{\"accept\":true}").post(BASE + "/versions/" + version + "/approve").then().statusCode(403);
    given().header("Authorization", token("gm", "gm")).contentType(ContentType.JSON).body("{\"accept\":true}")
        .post(BASE + "/versions/" + version + "/approve").then().statusCode(200)
        .body("status", equalTo("IN_FORCE")).body("approvedBy", equalTo("gm")).body("revisionDate", notNullValue());
    Policy<TestThresholdPolicy.Content> now = policies.current("test-thresholds", TestThresholdPolicy.Content.class);
    assertEquals(version, now.version());
    assertEquals(80, now.content().threshold());
    given().header("Authorization", token("gm", "gm")).get(BASE + "/versions/" + before).then().statusCode(200)
        .body("status", equalTo("SUPERSEDED"));
  }

  @Test
  void invalidContentAndUnknownRolesAreRefusedAndNothingIsStored() {
    int versions = policies.versions("test-thresholds").size();
    given().header("Authorization", token("staff.ka", "ka-staff")).contentType(ContentType.JSON)
        .body("{\"content\":{\"threshold\":-1,\"ceiling\":100},\"changeSummary\":\"x\"}")
        .post(BASE + "/versions").then().statusCode(400).contentType("application/problem+json")
        .body("errors.field", hasItem("content.threshold"));
    given().header("Authorization", token("staff.ka", "ka-staff")).contentType(ContentType.JSON)
        .body("{\"content\":{\"threshold\":120,\"ceiling\":100},\"changeSummary\":\"x\"}")
        .post(BASE + "/versions").then().statusCode(400).body("errors[0].message", equalTo("must not exceed the ceiling"));
    given().header("Authorization", token("staff.ka", "ka-staff")).contentType(ContentType.JSON)
        .body("{\"content\":{\"threshold\":1,\"ceiling\":100,\"surprise\":1},\"changeSummary\":\"x\"}")
        .post(BASE + "/versions").then().statusCode(400);
    given().header("Authorization", token("rep.sh", "rep")).contentType(ContentType.JSON)
        .body("{\"content\":{\"threshold\":10,\"ceiling\":100},\"changeSummary\":\"x\"}")
        .post(BASE + "/versions").then().statusCode(403);
    given().contentType(ContentType.JSON).body("{}").post(BASE + "/versions").then().statusCode(401);
    assertEquals(versions, policies.versions("test-thresholds").size());
  }
}
