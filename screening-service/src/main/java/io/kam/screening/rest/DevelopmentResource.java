package io.kam.screening.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kam.platform.error.Problem;
import io.kam.platform.security.CurrentUser;
import io.kam.platform.web.Idempotent;
import io.kam.screening.domain.DevelopmentContact;
import io.kam.screening.domain.DevelopmentPlan;
import io.kam.screening.rest.dto.AnalysisViews.ContactView;
import io.kam.screening.rest.dto.AnalysisViews.DevelopmentPlanView;
import io.kam.screening.rest.dto.AnalysisViews.DevelopmentRecordView;
import io.kam.screening.rest.dto.ContactInput;
import io.kam.screening.rest.dto.DevelopmentPlanInput;
import io.kam.screening.rest.dto.OutcomeInput;
import io.kam.screening.service.DevelopmentService;

/** Developing a potential key account: the development plan and the development record table (大用户开发统计表). */
@Path("/api/v1/screening/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Development", description = "Development plan (大用户开发方案) and development record (大用户开发统计表)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your roles do not allow this",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such customer or plan, or not visible to you",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class DevelopmentResource {

  static final String PLAN_EXAMPLE = """
      {"advantages": [{"type": "LOWER_TOTAL_PURCHASE_COST", "description": "bulk delivery cuts storage cost"},
                      {"type": "SOLUTIONS", "description": "custom gift boxes for their stores"}],
       "meeting": {"method": "VISIT", "date": "2025-03-04", "participants": "manager.sh, rep.sh",
                   "notes": "their buyer prefers face to face"},
       "firstContact": {"method": "PHONE", "date": "2025-03-06", "note": "asked for a visit"}}""";

  @Inject
  DevelopmentService development;

  @Inject
  CurrentUser user;

  @Inject
  ObjectMapper mapper;

  @POST
  @Path("/development-plan")
  @Idempotent
  @Operation(summary = "Create the development plan: advantages offered, meeting and method, first contact")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DevelopmentPlanInput.class),
      examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created",
      headers = {@Header(name = "Location"), @Header(name = "ETag")},
      content = @Content(schema = @Schema(implementation = DevelopmentPlanView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The customer already has a plan",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response createPlan(@PathParam("customerId") UUID customerId, @Valid @NotNull DevelopmentPlanInput input,
      @Context UriInfo uri) {
    DevelopmentPlan p = development.createPlan(customerId, input, user.actor());
    return Response.created(uri.getAbsolutePath()).tag(Preconditions.etag(p.version))
        .entity(DevelopmentPlanView.of(p, mapper)).build();
  }

  @GET
  @Path("/development-plan")
  @Operation(summary = "The development plan of a customer")
  @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = "ETag"),
      content = @Content(schema = @Schema(implementation = DevelopmentPlanView.class)))
  public Response plan(@PathParam("customerId") UUID customerId) {
    DevelopmentPlan p = development.plan(customerId, user.actor());
    return Response.ok(DevelopmentPlanView.of(p, mapper)).tag(Preconditions.etag(p.version)).build();
  }

  @PUT
  @Path("/development-plan")
  @Operation(summary = "Replace the development plan", description = "Requires If-Match with the ETag read.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DevelopmentPlanInput.class),
      examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
      content = @Content(schema = @Schema(implementation = DevelopmentPlanView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "412", description = "The plan changed since you read it",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "428", description = "If-Match missing",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response updatePlan(@PathParam("customerId") UUID customerId,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull DevelopmentPlanInput input) {
    DevelopmentPlan p = development.updatePlan(customerId, Preconditions.ifMatch(ifMatch), input, user.actor());
    return Response.ok(DevelopmentPlanView.of(p, mapper)).tag(Preconditions.etag(p.version)).build();
  }

  @GET
  @Path("/development-record")
  @Operation(summary = "The development record table: every contact, the totals and the outcome")
  @APIResponse(responseCode = "200", description = "The record (empty until the first contact)",
      content = @Content(schema = @Schema(implementation = DevelopmentRecordView.class)))
  public DevelopmentRecordView record(@PathParam("customerId") UUID customerId) {
    var r = development.record(customerId, user.actor());
    return DevelopmentRecordView.of(r.customer(), r.record(), r.contacts());
  }

  @POST
  @Path("/development-record/contacts")
  @Idempotent
  @Operation(summary = "Add a contact to the development record table",
      description = "Date and time, person visited, duration, method, progress stage, attitude, note.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactInput.class),
      examples = @ExampleObject(name = "contact", value = """
          {"contactedAt": "2025-03-10T02:00:00Z", "personVisited": "Li Wei", "durationMinutes": 90,
           "method": "VISIT", "stage": "PRODUCT_EXPLANATION", "attitude": "ENTHUSIASTIC", "note": "wants samples"}""")))
  @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The record is closed (outcome recorded)",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response addContact(@PathParam("customerId") UUID customerId, @Valid @NotNull ContactInput input,
      @Context UriInfo uri) {
    DevelopmentContact c = development.addContact(customerId, input, user.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build()).entity(ContactView.of(c))
        .build();
  }

  @POST
  @Path("/development-record/outcome")
  @Operation(summary = "Record the development outcome (success or failure) with the reason analysis",
      description = "Closes the record; the record table is registered in the archive register either way.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OutcomeInput.class),
      examples = @ExampleObject(name = "outcome", value = """
          {"result": "FAILURE", "reasonAnalysis": "their head office buys centrally; retry next year"}""")))
  @APIResponse(responseCode = "200", description = "The closed record",
      content = @Content(schema = @Schema(implementation = DevelopmentRecordView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The outcome is already recorded",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public DevelopmentRecordView outcome(@PathParam("customerId") UUID customerId, @Valid @NotNull OutcomeInput input) {
    var r = development.outcome(customerId, input, user.actor());
    return DevelopmentRecordView.of(r.customer(), r.record(), r.contacts());
  }
}
