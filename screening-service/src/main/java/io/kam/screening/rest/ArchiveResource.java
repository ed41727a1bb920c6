package io.kam.screening.rest;

import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import io.kam.platform.web.Page;
import io.kam.screening.domain.ArchiveDocument;
import io.kam.screening.rest.dto.AnalysisViews.ArchiveDocumentView;
import io.kam.screening.rest.dto.FilingInput;
import io.kam.screening.service.ArchiveService;

/** The archive register (资料汇总保留): screening documents and their filing in the archive room. */
@Path("/api/v1/screening/archive-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Archive", description = "Documents formed during screening, archive numbers and dates sent")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your roles do not allow this",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ArchiveResource {

  @Inject
  ArchiveService archive;

  @Inject
  CurrentUser user;

  @GET
  @Operation(summary = "The whole archive register (archivist, HQ management)")
  @APIResponse(responseCode = "200", description = "One page",
      content = @Content(schema = @Schema(implementation = ArchivePage.class)))
  public Page<ArchiveDocumentView> list(
      @Parameter(description = "PENDING or FILED", schema = @Schema(implementation = ArchiveDocument.Status.class))
      @QueryParam("status") String status,
      @Parameter(description = "page size 1..500") @QueryParam("limit") Integer limit,
      @Parameter(description = "cursor from the previous page") @QueryParam("after") String after) {
    return archive.register(QueryParams.enumValue(ArchiveDocument.Status.class, "status", status), limit, after,
        user.actor()).map(ArchiveDocumentView::of);
  }

  @GET
  @Path("/{documentId}")
  @Operation(summary = "One document of the archive register")
  @APIResponse(responseCode = "200", description = "The document",
      content = @Content(schema = @Schema(implementation = ArchiveDocumentView.class)))
  @APIResponse(responseCode = "404", description = "No such document, or its customer is not visible to you",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ArchiveDocumentView get(@PathParam("documentId") UUID documentId) {
    return ArchiveDocumentView.of(archive.get(documentId, user.actor()));
  }

  @POST
  @Path("/{documentId}/filing")
  @Operation(summary = "Record the archive number and the date sent to the archive room (archivist)")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FilingInput.class),
      examples = @ExampleObject(name = "filing", value = "{\"archiveNumber\": \"DA-2025-0042\", \"sentAt\": \"2025-03-20\"}")))
  @APIResponse(responseCode = "200", description = "Filed",
      content = @Content(schema = @Schema(implementation = ArchiveDocumentView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such document",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Already filed, or the archive number is taken",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ArchiveDocumentView file(@PathParam("documentId") UUID documentId, @Valid @NotNull FilingInput input) {
    return ArchiveDocumentView.of(archive.file(documentId, input, user.actor()));
  }

  /** OpenAPI shape of a page of the register. */
  @Schema(name = "ArchiveDocumentPage")
  public record ArchivePage(List<ArchiveDocumentView> items, String nextCursor) {
  }
}
