package io.kam.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiMergeTest {

  @Test
  void mergesTheOperationsOfEveryRunningServiceWithTheGatewaysOwn() {
    given().get("/q/openapi?format=json").then().statusCode(200)
        .contentType(containsString("application/json"))
        .body("paths", hasKey("/api/v1/screening/customers/{id}"))
        .body("paths", hasKey("/api/v1/credit/profiles/{accountId}"))
        .body("paths", hasKey("/api/v1/visits"))
        .body("paths", hasKey("/api/v1/auth/token"))
        .body("paths", hasKey("/api/v1/accounts/{id}/overview"))
        .body("paths.'/api/v1/screening/customers/{id}'.get.operationId", equalTo("getCustomer"))
        .body("paths.'/api/v1/auth/token'.post.operationId", equalTo("issueToken"))
        .body("'x-kam-unavailable'", containsInAnyOrder("suggestions", "services"))
        .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
        .body("security[0]", hasKey("bearerAuth"))
        .body("servers[0].url", startsWith("http://"))
        .body("tags.name", hasItem("Screening"))
        .body("tags.name", hasItem("auth"));
  }

  @Test
  void collidingSchemaNamesArePrefixedWithTheAreaAndReferencesFollow() {
    given().get("/q/openapi?format=json").then().statusCode(200)
        .body("components.schemas", not(hasKey("Customer")))
        .body("components.schemas.screening_Customer.properties", hasKey("screeningField"))
        .body("components.schemas.credit_Customer.properties", hasKey("creditField"))
        .body("components.schemas", hasKey("screeningOnly"))
        .body("components.schemas", hasKey("Problem"))
        .body("paths.'/api/v1/credit/profiles/{accountId}'.get.responses.'200'.content.'application/json'.schema.$ref",
            equalTo("#/components/schemas/credit_Customer"));
  }

  @Test
  void servesYamlByDefaultLikeQuarkus() {
    given().get("/q/openapi").then().statusCode(200)
        .contentType(containsString("yaml"))
        .body(containsString("/api/v1/screening/customers/{id}:"))
        .body(containsString("x-kam-unavailable:"));
  }

  @Test
  void gatewayOperationsAreDocumented() {
    given().get("/q/openapi?format=json").then().statusCode(200)
        .body("paths.'/api/v1/auth/token'.post.summary", notNullValue())
        .body("paths.'/api/v1/auth/token'.post.responses", hasKey("401"))
        .body("paths.'/api/v1/auth/token'.post.responses", hasKey("429"))
        .body("paths.'/api/v1/accounts/{id}/overview'.get.responses", hasKey("200"))
        .body("paths.'/api/v1/accounts/{id}/overview'.get.security[0]", hasKey("bearerAuth"));
  }
}
