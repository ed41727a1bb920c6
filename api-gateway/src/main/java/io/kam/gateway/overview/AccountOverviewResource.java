package io.kam.gateway.overview;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kam.gateway.openapi.OpenApiMerger;
import io.kam.gateway.web.Problem;
import io.kam.gateway.web.RequestIds;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The account 360° view composed from every service. */
@Path("/api/v1/accounts/{id}/overview")
@Tag(name = "accounts", description = "Views composed by the gateway from several services")
public class AccountOverviewResource {

  private static final String EXAMPLE = """
      {"accountId":"6f1c2a9e-4b7d-4c1e-9a52-0d3e8f7b1a20","generatedAt":"2025-05-01T08:00:00Z","complete":false,
       "parts":{
        "account":{"status":"ok","data":{"id":"6f1c2a9e-4b7d-4c1e-9a52-0d3e8f7b1a20","name":"Shanghai Steel Co.",
          "status":"KEY_ACCOUNT","orgUnit":"HQ/EAST/SH","repId":"rep.sh","keyAccount":true,
          "classification":{"productCategory":"steel"}}},
        "credit":{"status":"forbidden"},
        "visits":{"status":"ok","data":{"items":[],"nextCursor":null}},
        "suggestions":{"status":"unavailable","reason":"service not reachable"},
        "serviceTeam":{"status":"unavailable","reason":"no answer within 2000 ms"},
        "serviceRequests":{"status":"unavailable","reason":"no answer within 2000 ms"}}}""";

  private final AccountOverview overview;

  AccountOverviewResource(AccountOverview overview) {
    this.overview = overview;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @SecurityRequirement(name = OpenApiMerger.SECURITY_SCHEME)
  @Operation(operationId = "getAccountOverview", summary = "Account 360° view",
      description = "Composed in parallel from screening (the account), credit (profile), visits, suggestions "
          + "(open) and service-support (team, open requests), each with its own timeout and the caller's own token. "
          + "Each part is `{\"status\":\"ok\",\"data\":…}`, `{\"status\":\"forbidden\"}` (the service refused the "
          + "caller: no data) or `{\"status\":\"unavailable\",\"reason\":…}` (down, slow or failing); `complete` "
          + "tells whether every part is ok.")
  @APIResponse(responseCode = "200", description = "The view, possibly with parts marked forbidden or unavailable",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
          examples = @ExampleObject(name = "partial view", value = EXAMPLE)))
  @APIResponse(responseCode = "400", description = "The id is not a UUID",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", description = "No valid token",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such account, or not visible to the caller",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "429", description = "Rate limit of the caller exceeded; see Retry-After",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Uni<Response> get(
      @Parameter(description = "Account (customer) id", example = "6f1c2a9e-4b7d-4c1e-9a52-0d3e8f7b1a20")
      @PathParam("id") String id,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(RequestIds.HEADER) String requestId,
      @Context HttpServerRequest http) {
    try {
      UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Uni.createFrom().item(problem(400, "bad-request", "Bad request", "The account id must be a UUID.", http));
    }
    return overview.compose(id, authorization, requestId).map(result -> result.accountStatus() == 404
        ? problem(404, "not-found", "Not found", "No such account, or it is not visible to you.", http)
        : Response.ok(new JsonObject(result.body()).encode(), MediaType.APPLICATION_JSON).build());
  }

  private static Response problem(int status, String slug, String title, String detail, HttpServerRequest http) {
    return Response.status(status).type(Problem.MEDIA_TYPE)
        .entity(Problem.of(status, slug, title, detail, http.path()).toJson().encode()).build();
  }
}
