package io.kam.screening.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kam.platform.error.Problem;
import io.kam.platform.security.CurrentUser;
import io.kam.platform.web.Idempotent;
import io.kam.platform.web.Page;
import io.kam.screening.domain.ScreeningRun;
import io.kam.screening.rest.dto.ScreeningRunView;
import io.kam.screening.service.ScreeningService;

/** Screening runs (确定潜在大用户): the criteria of the development-plan policy over all customers of your scope. */
@Path("/api/v1/screening/screening-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screening", description = "Identify potential key accounts by the policy's criteria")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your roles do not allow this",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ScreeningResource {

  @Inject
  ScreeningService screening;

  @Inject
  CurrentUser user;

  @POST
  @Idempotent
  @Operation(summary = "Run the screening over every ordinary or potential customer of your org unit",
      description = "Marks matching customers as potential key accounts and publishes kam.account.identified with "
          + "the matched rules. Idempotent in effect: an unchanged result marks nothing and publishes nothing.")
  @APIResponse(responseCode = "201", description = "The run and its counts", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = ScreeningRunView.class)))
  public Response run(@Context UriInfo uri) {
    ScreeningRun run = screening.run(user.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(run.id.toString()).build())
        .entity(ScreeningRunView.of(run)).build();
  }

  @GET
  @Path("/{runId}")
  @Operation(summary = "One screening run")
  @APIResponse(responseCode = "200", description = "The run",
      content = @Content(schema = @Schema(implementation = ScreeningRunView.class)))
  @APIResponse(responseCode = "404", description = "No such run in your scope",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ScreeningRunView get(@PathParam("runId") UUID runId) {
    return ScreeningRunView.of(screening.get(runId, user.actor()));
  }

  @GET
  @Path("/{runId}/results")
  @Operation(summary = "The potential key-account list of a run (潜在大用户名单), with the rules each matched")
  @APIResponse(responseCode = "200", description = "One page of results",
      content = @Content(schema = @Schema(implementation = ResultPage.class)))
  @APIResponse(responseCode = "404", description = "No such run in your scope",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Page<ScreeningRunView.ResultView> results(@PathParam("runId") UUID runId,
      @Parameter(description = "page size 1..500") @QueryParam("limit") Integer limit,
      @Parameter(description = "cursor from the previous page") @QueryParam("after") String after) {
    return screening.results(runId, limit, after, user.actor()).map(ScreeningRunView.ResultView::of);
  }

  /** OpenAPI shape of a page of results. */
  @Schema(name = "ScreeningResultPage")
  public record ResultPage(List<ScreeningRunView.ResultView> items, String nextCursor) {
  }
}
