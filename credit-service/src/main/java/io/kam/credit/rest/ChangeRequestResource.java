package io.kam.credit.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kam.credit.domain.CreditChangeRequest;
import io.kam.credit.rest.dto.ChangeRequestView;
import io.kam.credit.rest.dto.DeadlineView;
import io.kam.credit.rest.dto.DecisionRequest;
import io.kam.credit.rest.dto.ExtensionRequest;
import io.kam.credit.service.ChangeRequestService;
import io.kam.platform.error.Problem;
import io.kam.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;

/**
 * Level change requests (大用户信用等级变更申请表): the area office files, a supervisor of the region verifies, a
 * manager of HQ signs (the marketing director may extend HQ's time to at most 7 days), the area office applies.
 */
@Path("/api/v1/credit/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Credit level changes", description = "五、大用户信用调整: area → region (3 days) → HQ (3, at most 7 days); 10 days in all")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role or org unit may not take this step",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Unknown, or not in the caller's org line",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ChangeRequestResource {

  @Inject
  CurrentUser user;

  @Inject
  ChangeRequestService changes;

  @GET
  @Path("/{id}")
  @Operation(summary = "A change request with its approval chain and stage deadlines; audited")
  @APIResponse(responseCode = "200", description = "The change request",
      content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
  public ChangeRequestView get(@PathParam("id") String id) {
    return view(changes.read(user.actor(), id));
  }

  @POST
  @Path("/{id}/file")
  @Operation(summary = "File the request with the region (area office, within 2 days of the trigger)",
      description = "By a supervisor or above of the account's area office. Meets the filing deadline and opens the "
          + "region's 3-day verification deadline.")
  @APIResponse(responseCode = "200", description = "Filed",
      content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
  @APIResponse(responseCode = "409", description = "Not a draft (currentState, allowedTransitions)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public ChangeRequestView file(@PathParam("id") String id) {
    return view(changes.file(user.actor(), id));
  }

  @POST
  @Path("/{id}/decisions")
  @Operation(summary = "Region verification or HQ review and signature: approve, reject or return",
      description = "Step 1 region-verification: role supervisor with org unit the account's region. Step 2 "
          + "hq-signature: role manager with org unit HQ. REJECT and RETURN need a comment.")
  @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class), examples = @ExampleObject(
      name = "verified", value = "{\"decision\":\"APPROVE\",\"comment\":\"Figures verified against ERP\"}")))
  @APIResponse(responseCode = "200", description = "Decided",
      content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
  @APIResponse(responseCode = "400", description = "Missing decision, or no comment to reject or return",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Not awaiting a decision, or out of order (HQ before the region)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public ChangeRequestView decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest decision) {
    return view(changes.decide(user.actor(), id, decision.decision(), decision.comment()));
  }

  @POST
  @Path("/{id}/resubmit")
  @Operation(summary = "Resubmit a returned request (area office); the region's 3 days start again")
  @APIResponse(responseCode = "200", description = "Resubmitted",
      content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
  @APIResponse(responseCode = "409", description = "Not returned",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public ChangeRequestView resubmit(@PathParam("id") String id) {
    return view(changes.resubmit(user.actor(), id));
  }

  @POST
  @Path("/{id}/hq-signature/extensions")
  @Operation(summary = "Extend HQ's review and signature (marketing director only, at most 7 days in all)")
  @RequestBody(content = @Content(schema = @Schema(implementation = ExtensionRequest.class), examples = @ExampleObject(
      name = "extend", value = "{\"newDueAt\":\"2025-06-12T08:00:00Z\",\"reason\":\"Audited statements arrive next week\"}")))
  @APIResponse(responseCode = "200", description = "The extended deadline",
      content = @Content(schema = @Schema(implementation = DeadlineView.class)))
  @APIResponse(responseCode = "400", description = "No reason, or not later than the current due time",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Not awaiting HQ, or the deadline already breached",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "422", description = "Past the 7-day cap (extension `maxDueAt`)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public DeadlineView extend(@PathParam("id") String id, @Valid @NotNull ExtensionRequest extension) {
    return DeadlineView.of(changes.extendHqSignature(user.actor(), id, extension.newDueAt(), extension.reason()));
  }

  @POST
  @Path("/{id}/apply")
  @Operation(summary = "Apply the approved change (area office): sets the tier and limit, publishes upgraded/downgraded")
  @APIResponse(responseCode = "200", description = "Applied",
      content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
  @APIResponse(responseCode = "409", description = "Not approved, or the profile is no longer active",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public ChangeRequestView apply(@PathParam("id") String id) {
    return view(changes.apply(user.actor(), id));
  }

  private ChangeRequestView view(CreditChangeRequest r) {
    return ChangeRequestView.of(r, changes.chain(r), changes.deadlines(r));
  }
}
