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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import io.kam.screening.domain.ArchiveDocument;
import io.kam.screening.rest.dto.AnalysisViews.ArchiveDocumentView;
import io.kam.screening.rest.dto.ArchiveDocumentInput;
import io.kam.screening.service.ArchiveService;

/** The archive register of one customer: the documents formed while screening it. */
@Path("/api/v1/screening/customers/{customerId}/archive-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Archive", description = "Documents formed during screening, archive numbers and dates sent")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your roles do not allow this",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class CustomerArchiveResource {

  @Inject
  ArchiveService archive;

  @Inject
  CurrentUser user;

  @POST
  @Idempotent
  @Operation(summary = "Register a document formed during screening for the archive room")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArchiveDocumentInput.class),
      examples = @ExampleObject(name = "document", value = """
          {"documentType": "RISK_ANALYSIS", "title": "用户风险分析表 Jiahe 2025-03"}""")))
  @APIResponse(responseCode = "201", description = "Registered (PENDING)", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = ArchiveDocumentView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such customer, or not visible to you",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response register(@PathParam("customerId") UUID customerId, @Valid @NotNull ArchiveDocumentInput input,
      @Context UriInfo uri) {
    ArchiveDocument d = archive.register(customerId, input, user.actor());
    return Response.created(uri.getBaseUriBuilder().path("api/v1/screening/archive-documents")
        .path(d.id.toString()).build()).entity(ArchiveDocumentView.of(d)).build();
  }

  @GET
  @Operation(summary = "The archive register of one customer")
  @APIResponse(responseCode = "200", description = "The documents",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ArchiveDocumentView.class)))
  @APIResponse(responseCode = "404", description = "No such customer, or not visible to you",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public List<ArchiveDocumentView> ofCustomer(@PathParam("customerId") UUID customerId) {
    return archive.ofCustomer(customerId, user.actor()).stream().map(ArchiveDocumentView::of).toList();
  }
}
