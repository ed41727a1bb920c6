package io.kam.credit.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kam.credit.domain.CreditEvaluation;
import io.kam.credit.rest.dto.EvaluationUpdate;
import io.kam.credit.rest.dto.EvaluationView;
import io.kam.credit.service.EvaluationService;
import io.kam.platform.error.Problem;
import io.kam.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;

/** Credit evaluations: documents, basic information form, scoring sheet → score → level and limit. */
@Path("/api/v1/credit/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Credit evaluations", description = "信用等级评定: checklist, basic information, scoring sheet → level and limit")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Only supervisors and above see credit evaluations",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Unknown, or not in the caller's org line",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EvaluationResource {

  @Inject
  CurrentUser user;

  @Inject
  EvaluationService evaluations;

  @Inject
  EvaluationMapper mapper;

  @GET
  @Path("/{id}")
  @Operation(summary = "A credit evaluation with every input, weight, result and the policy version; audited")
  @APIResponse(responseCode = "200", description = "The evaluation (ETag = version)",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  public Response get(@PathParam("id") String id) {
    CreditEvaluation e = evaluations.read(user.actor(), id);
    return Response.ok(mapper.view(e)).tag(Long.toString(e.version)).build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Fill in the document checklist, basic information form and/or scoring sheet of a draft",
      description = "Sections left null are kept; scores are merged by criterion code. The version read must be "
          + "sent back; a stale one is refused with 409.")
  @RequestBody(content = @Content(schema = @Schema(implementation = EvaluationUpdate.class), examples = @ExampleObject(
      name = "documents and some scores", value = "{\"version\":0,\"documents\":{\"businessLicence\":{\"reference\":"
          + "\"ARCH-2025-0042\",\"receivedOn\":\"2025-04-10\"},\"legalRepresentativeId\":{\"reference\":\"ARCH-2025-0043\"}},"
          + "\"scores\":{\"company-basics\":8,\"collateral\":6}}")))
  @APIResponse(responseCode = "200", description = "Updated",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (unknown criterion, points out of range), one entry each; nothing stored",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Stale version, or the evaluation is already completed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response update(@PathParam("id") String id, @Valid @NotNull EvaluationUpdate update) {
    CreditEvaluation e = evaluations.update(user.actor(), id, update);
    return Response.ok(mapper.view(e)).tag(Long.toString(e.version)).build();
  }

  @POST
  @Path("/{id}/complete")
  @Operation(summary = "Complete the evaluation: score → level and credit limit; publishes kam.credit.rated",
      description = "Refused with 409 and the list of what is missing while the checklist (business licence, legal "
          + "representative ID copy, financial statements for last year end and last quarter end), the basic "
          + "information form or the scoring sheet is incomplete. A level differing from the account's tier opens "
          + "a change request (trigger EVALUATION).")
  @APIResponse(responseCode = "200", description = "Completed, with the explained result",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  @APIResponse(responseCode = "409", description = "Incomplete (extension `missing`), already completed, or the profile is not active",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EvaluationView complete(@PathParam("id") String id) {
    return mapper.view(evaluations.complete(user.actor(), id));
  }
}
