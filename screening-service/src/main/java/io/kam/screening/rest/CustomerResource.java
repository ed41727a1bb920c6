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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import io.kam.platform.web.Page;
import io.kam.screening.domain.Customer;
import io.kam.screening.domain.CustomerImport;
import io.kam.screening.domain.CustomerStatus;
import io.kam.screening.rest.dto.CustomerInput;
import io.kam.screening.rest.dto.CustomerView;
import io.kam.screening.rest.dto.ImportResult;
import io.kam.screening.rest.dto.RepAssignmentInput;
import io.kam.screening.service.CustomerImportService;
import io.kam.screening.service.CustomerService;
import io.vertx.core.http.HttpServerRequest;

/** Customers (用户信息): intake, classification, bulk import, and the dedicated rep of a key account. */
@Path("/api/v1/screening/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Customer records and their classification (用户信息汇总整理)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your roles or org unit do not allow this",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class CustomerResource {

  @Inject
  CustomerService customers;

  @Inject
  CustomerImportService imports;

  @Inject
  CurrentUser user;

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enter a customer record",
      description = "Roles rep, supervisor, manager, ka-staff, integration, admin; the org unit must be yours or below. "
          + "Classification codes come from the customer-classification policy. Honours Idempotency-Key.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CustomerInput.class),
      examples = @ExampleObject(name = "customer", value = ApiDocs.CUSTOMER_EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Created",
      headers = {@Header(name = "Location", description = "the new customer"), @Header(name = "ETag")},
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, one entry each; nothing stored",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "validation", value = ApiDocs.VALIDATION_EXAMPLE)))
  @APIResponse(responseCode = "409", description = "The credit code is already registered",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response create(@Valid @NotNull CustomerInput input, @Context UriInfo uri) {
    Customer c = customers.create(input, user.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
        .tag(Preconditions.etag(c.version)).entity(CustomerView.of(c)).build();
  }

  @GET
  @Operation(summary = "List the customers you may see",
      description = "Keyset pagination: pass nextCursor as after. Filters combine with AND; orgUnit includes the "
          + "units below it.")
  @APIResponse(responseCode = "200", description = "One page",
      content = @Content(schema = @Schema(implementation = CustomerPage.class)))
  @APIResponse(responseCode = "400", description = "Bad limit, cursor or filter",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Page<CustomerView> list(
      @Parameter(description = "product category code") @QueryParam("productCategory") String productCategory,
      @Parameter(description = "customer nature code") @QueryParam("customerNature") String customerNature,
      @Parameter(description = "service content code") @QueryParam("serviceContent") String serviceContent,
      @Parameter(description = "org unit (and below)", example = "HQ/EAST") @QueryParam("orgUnit") String orgUnit,
      @Parameter(description = "status", schema = @Schema(implementation = CustomerStatus.class))
      @QueryParam("status") String status,
      @Parameter(description = "dedicated rep") @QueryParam("repId") String repId,
      @Parameter(description = "page size 1..500, default 50") @QueryParam("limit") Integer limit,
      @Parameter(description = "cursor from the previous page") @QueryParam("after") String after) {
    return customers.list(new CustomerService.Filter(productCategory, customerNature, serviceContent, orgUnit,
        QueryParams.enumValue(CustomerStatus.class, "status", status), repId), limit, after, user.actor())
        .map(CustomerView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One customer (also the account part of the 360° view)")
  @APIResponse(responseCode = "200", description = "The customer", headers = @Header(name = "ETag"),
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(responseCode = "404", description = "No such customer, or not visible to you",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response get(@PathParam("id") UUID id) {
    Customer c = customers.get(id, user.actor());
    return Response.ok(CustomerView.of(c)).tag(Preconditions.etag(c.version)).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Update a customer record (full replacement)",
      description = "Requires If-Match with the ETag read; the status is changed only by screening, confirmation "
          + "and demotion.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CustomerInput.class),
      examples = @ExampleObject(name = "customer", value = ApiDocs.CUSTOMER_EXAMPLE)))
  @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; nothing changed",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such customer, or not visible to you",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The credit code belongs to another customer",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "412", description = "The customer changed since you read it",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "428", description = "If-Match missing",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response update(@PathParam("id") UUID id,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CustomerInput input) {
    Customer c = customers.update(id, Preconditions.ifMatch(ifMatch), input, user.actor());
    return Response.ok(CustomerView.of(c)).tag(Preconditions.etag(c.version)).build();
  }

  @PUT
  @Path("/{id}/rep")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-assign the dedicated rep of a key account",
      description = "Supervisor, manager, director or admin covering the customer; publishes kam.account.rep-assigned. "
          + "Requires If-Match.")
  @APIResponse(responseCode = "200", description = "Assigned", headers = @Header(name = "ETag"),
      content = @Content(schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(responseCode = "404", description = "No such customer, or not visible to you",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Not a key account",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "illegal", value = ApiDocs.ILLEGAL_TRANSITION_EXAMPLE)))
  @APIResponse(responseCode = "412", description = "The customer changed since you read it",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "428", description = "If-Match missing",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response assignRep(@PathParam("id") UUID id,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RepAssignmentInput input) {
    Customer c = customers.assignRep(id, Preconditions.ifMatch(ifMatch), input.repId(), input.reason(), user.actor());
    return Response.ok(CustomerView.of(c)).tag(Preconditions.etag(c.version)).build();
  }

  @POST
  @Path("/imports")
  @Idempotent
  @Consumes("text/csv")
  @Operation(operationId = "importCustomers", summary = "Bulk import customers from CSV or a JSON array (all or nothing)",
      description = "text/csv: a header row with the columns name, creditCode, industry, orgUnit, contactName, "
          + "contactPhone, contactEmail, annualSales, purchaseFrequency, productCategory, customerNature, "
          + "serviceContent; application/json: an array of customer inputs. The body is streamed, every row "
          + "validated and stored in batches in one transaction: any invalid row rejects the whole file with one "
          + "error per field as rows[n].field (n counts data rows from 1; at most 1000 reported, with rowsRead and "
          + "errorCount). Roles rep, supervisor, manager, ka-staff, integration, admin; each row's org unit must be "
          + "yours or below.")
  @RequestBody(required = true, content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
          examples = @ExampleObject(name = "csv", value = ApiDocs.CSV_EXAMPLE)),
      @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(type = SchemaType.ARRAY, implementation = CustomerInput.class))})
  @APIResponse(responseCode = "201", description = "Every row stored", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = ImportResult.class)))
  @APIResponse(responseCode = "400", description = "Rejected whole: the errors per row; nothing stored",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response importCsv(@Context HttpServerRequest request, @Context UriInfo uri) {
    return imported(imports.importCsv(new RequestBodyStream(request), user.actor()), uri);
  }

  @POST
  @Path("/imports")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  // documented with importCsv: OpenAPI has one operation per path and method, with both media types
  @Operation(hidden = true)
  public Response importJson(@Context HttpServerRequest request, @Context UriInfo uri) {
    return imported(imports.importJson(new RequestBodyStream(request), user.actor()), uri);
  }

  @GET
  @Path("/imports/{importId}")
  @Operation(summary = "One accepted import")
  @APIResponse(responseCode = "200", description = "The import",
      content = @Content(schema = @Schema(implementation = ImportResult.class)))
  @APIResponse(responseCode = "404", description = "No such import",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public ImportResult getImport(@PathParam("importId") UUID importId) {
    return view(imports.get(importId, user.actor()));
  }

  private static Response imported(CustomerImport i, UriInfo uri) {
    return Response.created(uri.getAbsolutePathBuilder().path(i.id.toString()).build()).entity(view(i)).build();
  }

  private static ImportResult view(CustomerImport i) {
    return new ImportResult(i.id, i.format, i.rowCount, i.importedBy, i.importedAt);
  }

  /** OpenAPI shape of a page of customers. */
  @Schema(name = "CustomerPage")
  public record CustomerPage(java.util.List<CustomerView> items, String nextCursor) {
  }
}
