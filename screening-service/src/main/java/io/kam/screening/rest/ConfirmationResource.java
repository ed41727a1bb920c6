package io.kam.screening.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kam.platform.error.Problem;
import io.kam.platform.security.CurrentUser;
import io.kam.platform.web.Idempotent;
import io.kam.screening.rest.dto.AnalysisViews.ConfirmationView;
import io.kam.screening.rest.dto.DecisionInput;
import io.kam.screening.rest.dto.ProposalInput;
import io.kam.screening.service.ConfirmationService;

/**
 * Confirmation of a key account (正式确定为大用户): rep proposes → marketing supervisor reviews (审核) → marketing
 * manager approves (审批) → key account with a dedicated rep, {@code kam.account.confirmed}.
 */
@Path("/api/v1/screening/customers/{customerId}/confirmation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Confirmation", description = "Proposal, review and approval of a key account")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not your role for this step, or outside its org unit",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such customer or confirmation, or not visible to you",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ConfirmationResource {

  @Inject
  ConfirmationService confirmations;

  @Inject
  CurrentUser user;

  @POST
  @Idempotent
  @Operation(summary = "Propose a potential key account for confirmation (rep)",
      description = "The customer must be POTENTIAL and have a risk analysis table. Starts the chain supervisor-review "
          + "→ manager-approval scoped to the customer's org unit.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProposalInput.class),
      examples = @ExampleObject(name = "proposal", value = """
          {"repId": "rep.sh", "justification": "risk LOW, worth developing, first contact positive"}""")))
  @APIResponse(responseCode = "201", description = "Proposed", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = ConfirmationView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Not a potential key account, or no risk analysis yet",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "illegal", value = ApiDocs.ILLEGAL_TRANSITION_EXAMPLE)))
  public Response propose(@PathParam("customerId") UUID customerId, @Valid @NotNull ProposalInput input,
      @Context UriInfo uri) {
    var c = confirmations.propose(customerId, input.repId(), input.justification(), user.actor());
    return Response.created(uri.getAbsolutePath()).entity(ConfirmationView.of(c.customer(), c.approval()))
        .build();
  }

  @GET
  @Operation(summary = "Where the confirmation stands: steps, decisions with actor, role, comment and time")
  @APIResponse(responseCode = "200", description = "The confirmation",
      content = @Content(schema = @Schema(implementation = ConfirmationView.class)))
  public ConfirmationView get(@PathParam("customerId") UUID customerId) {
    var c = confirmations.get(customerId, user.actor());
    return ConfirmationView.of(c.customer(), c.approval());
  }

  @POST
  @Path("/decisions")
  @Operation(summary = "Review (supervisor) or approve (manager): APPROVE, REJECT or RETURN with a reason",
      description = "Only the role of the current step, covering the customer's org unit, decides. The manager's "
          + "approval makes the customer a key account (kam.account.confirmed); a reject publishes "
          + "kam.account.rejected; a return sends it back to the rep for revision.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionInput.class),
      examples = {@ExampleObject(name = "approve", value = "{\"decision\": \"APPROVE\", \"comment\": \"agreed\"}"),
          @ExampleObject(name = "return", value = "{\"decision\": \"RETURN\", \"comment\": \"add the ERP figures\"}")}))
  @APIResponse(responseCode = "200", description = "Decided",
      content = @Content(schema = @Schema(implementation = ConfirmationView.class)))
  @APIResponse(responseCode = "400", description = "Reject or return without a reason",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Nothing to decide in this state, or the step is not yours yet",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "illegal", value = ApiDocs.ILLEGAL_TRANSITION_EXAMPLE)))
  public ConfirmationView decide(@PathParam("customerId") UUID customerId, @Valid @NotNull DecisionInput input) {
    var c = confirmations.decide(customerId, input.decision(), input.comment(), user.actor());
    return ConfirmationView.of(c.customer(), c.approval());
  }

  @POST
  @Path("/resubmission")
  @Operation(summary = "Resubmit a proposal returned for revision (rep); the chain restarts at the review")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProposalInput.class)))
  @APIResponse(responseCode = "200", description = "Resubmitted",
      content = @Content(schema = @Schema(implementation = ConfirmationView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Not returned for revision",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ConfirmationView resubmit(@PathParam("customerId") UUID customerId, @Valid @NotNull ProposalInput input) {
    var c = confirmations.resubmit(customerId, input.repId(), input.justification(), user.actor());
    return ConfirmationView.of(c.customer(), c.approval());
  }
}
