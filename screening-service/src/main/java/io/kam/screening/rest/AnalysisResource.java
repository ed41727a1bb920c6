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

import com.fasterxml.jackson.databind.ObjectMapper;

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
import io.kam.screening.domain.CompetitorAnalysis;
import io.kam.screening.domain.DevelopmentAnalysis;
import io.kam.screening.domain.NeedsAnalysis;
import io.kam.screening.domain.ResourceFit;
import io.kam.screening.domain.RiskAnalysis;
import io.kam.screening.rest.dto.AnalysisViews.CompetitorAnalysisView;
import io.kam.screening.rest.dto.AnalysisViews.DevelopmentAnalysisView;
import io.kam.screening.rest.dto.AnalysisViews.NeedsAnalysisView;
import io.kam.screening.rest.dto.AnalysisViews.ResourceFitView;
import io.kam.screening.rest.dto.AnalysisViews.RiskAnalysisView;
import io.kam.screening.rest.dto.CompetitorAnalysisInput;
import io.kam.screening.rest.dto.DevelopmentAnalysisInput;
import io.kam.screening.rest.dto.NeedsAnalysisInput;
import io.kam.screening.rest.dto.ResourceFitInput;
import io.kam.screening.rest.dto.RiskAnalysisInput;
import io.kam.screening.service.AnalysisService;

/**
 * The analyses of a potential key account: needs, resource fit, competitors, the risk analysis table and the
 * development analysis. Each POST adds a record (history kept); GET lists them newest first.
 */
@Path("/api/v1/screening/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Analyses", description = "Needs, resource fit, competitors, risk table, development analysis")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your roles do not allow this",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such customer, or not visible to you",
    content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class AnalysisResource {

  static final String RISK_EXAMPLE = """
      {"scores": {"competitive-advantage": 80, "customer-needs": 70, "competitor-analysis": 60},
       "note": "strong fit on custom packaging"}""";

  @Inject
  AnalysisService analyses;

  @Inject
  CurrentUser user;

  @Inject
  ObjectMapper mapper;

  @POST
  @Path("/needs-analyses")
  @Idempotent
  @Operation(summary = "Record a needs analysis (明确潜在大用户需求): needs and sales opportunities")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NeedsAnalysisInput.class),
      examples = @ExampleObject(name = "needs", value = """
          {"needs": [{"category": "technical", "description": "custom packaging", "priority": "HIGH"}],
           "salesOpportunities": [{"description": "holiday gift boxes", "estimatedValue": 800000}]}""")))
  @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = NeedsAnalysisView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response needs(@PathParam("customerId") UUID customerId, @Valid @NotNull NeedsAnalysisInput input,
      @Context UriInfo uri) {
    NeedsAnalysis n = analyses.needs(customerId, input, user.actor());
    return created(uri, n.id, NeedsAnalysisView.of(n, mapper));
  }

  @GET
  @Path("/needs-analyses")
  @Operation(summary = "The needs analyses of a customer, newest first")
  @APIResponse(responseCode = "200", description = "The analyses",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NeedsAnalysisView.class)))
  public List<NeedsAnalysisView> needsList(@PathParam("customerId") UUID customerId) {
    return analyses.history(NeedsAnalysis.class, customerId, user.actor()).stream()
        .map(n -> NeedsAnalysisView.of(n, mapper)).toList();
  }

  @POST
  @Path("/resource-fits")
  @Idempotent
  @Operation(summary = "Score our technical, production and after-sales resources against the needs",
      description = "Weighted by the development-plan policy; returns the fit score and the likelihood of becoming "
          + "a key account, with every weight and the policy version.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResourceFitInput.class),
      examples = @ExampleObject(name = "fit", value = """
          {"technicalScore": 80, "productionScore": 70, "afterSalesScore": 90}""")))
  @APIResponse(responseCode = "201", description = "Scored", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = ResourceFitView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response resourceFit(@PathParam("customerId") UUID customerId, @Valid @NotNull ResourceFitInput input,
      @Context UriInfo uri) {
    ResourceFit f = analyses.resourceFit(customerId, input, user.actor());
    return created(uri, f.id, ResourceFitView.of(f));
  }

  @GET
  @Path("/resource-fits")
  @Operation(summary = "The resource-fit assessments of a customer, newest first")
  @APIResponse(responseCode = "200", description = "The assessments",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ResourceFitView.class)))
  public List<ResourceFitView> resourceFits(@PathParam("customerId") UUID customerId) {
    return analyses.history(ResourceFit.class, customerId, user.actor()).stream().map(ResourceFitView::of).toList();
  }

  @POST
  @Path("/competitor-analyses")
  @Idempotent
  @Operation(summary = "Record a competitor analysis: each competitor's technical, product and service capability")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompetitorAnalysisInput.class),
      examples = @ExampleObject(name = "competitors", value = """
          {"competitors": [{"name": "Huaxin Foods", "technicalCapability": 4, "productCapability": 3,
            "serviceCapability": 2}], "ourStrengths": "delivery", "ourWeaknesses": "price"}""")))
  @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = CompetitorAnalysisView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response competitors(@PathParam("customerId") UUID customerId,
      @Valid @NotNull CompetitorAnalysisInput input, @Context UriInfo uri) {
    CompetitorAnalysis a = analyses.competitors(customerId, input, user.actor());
    return created(uri, a.id, CompetitorAnalysisView.of(a, mapper));
  }

  @GET
  @Path("/competitor-analyses")
  @Operation(summary = "The competitor analyses of a customer, newest first")
  @APIResponse(responseCode = "200", description = "The analyses",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CompetitorAnalysisView.class)))
  public List<CompetitorAnalysisView> competitorList(@PathParam("customerId") UUID customerId) {
    return analyses.history(CompetitorAnalysis.class, customerId, user.actor()).stream()
        .map(a -> CompetitorAnalysisView.of(a, mapper)).toList();
  }

  @POST
  @Path("/risk-analyses")
  @Idempotent
  @Operation(summary = "Fill in the risk analysis table (用户风险分析表)",
      description = "One 0..100 score per indicator of the development-plan policy in force; the answer shows every "
          + "indicator with its weight, score and weighted score, the total, the level, the bands and the policy "
          + "version.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RiskAnalysisInput.class),
      examples = @ExampleObject(name = "risk", value = RISK_EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Scored", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = RiskAnalysisView.class)))
  @APIResponse(responseCode = "400", description = "Missing or unknown indicators, scores out of range",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response risk(@PathParam("customerId") UUID customerId, @Valid @NotNull RiskAnalysisInput input,
      @Context UriInfo uri) {
    RiskAnalysis r = analyses.risk(customerId, input, user.actor());
    return created(uri, r.id, RiskAnalysisView.of(r, mapper));
  }

  @GET
  @Path("/risk-analyses")
  @Operation(summary = "The risk analysis tables of a customer, newest first")
  @APIResponse(responseCode = "200", description = "The tables",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RiskAnalysisView.class)))
  public List<RiskAnalysisView> riskList(@PathParam("customerId") UUID customerId) {
    return analyses.history(RiskAnalysis.class, customerId, user.actor()).stream()
        .map(r -> RiskAnalysisView.of(r, mapper)).toList();
  }

  @POST
  @Path("/development-analyses")
  @Idempotent
  @Operation(summary = "Record the development analysis (plan 1 §2) and compute the worth-developing verdict",
      description = "Financial, sales and decision-maker profiles, purchase-influence factors, transaction "
          + "statistics and the cost/revenue estimate; the verdict shows every figure and check with the policy "
          + "limits and version.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DevelopmentAnalysisInput.class)))
  @APIResponse(responseCode = "201", description = "Analysed", headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = DevelopmentAnalysisView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields",
      content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response development(@PathParam("customerId") UUID customerId,
      @Valid @NotNull DevelopmentAnalysisInput input, @Context UriInfo uri) {
    DevelopmentAnalysis d = analyses.development(customerId, input, user.actor());
    return created(uri, d.id, DevelopmentAnalysisView.of(d, mapper));
  }

  @GET
  @Path("/development-analyses")
  @Operation(summary = "The development analyses of a customer, newest first")
  @APIResponse(responseCode = "200", description = "The analyses",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DevelopmentAnalysisView.class)))
  public List<DevelopmentAnalysisView> developmentList(@PathParam("customerId") UUID customerId) {
    return analyses.history(DevelopmentAnalysis.class, customerId, user.actor()).stream()
        .map(d -> DevelopmentAnalysisView.of(d, mapper)).toList();
  }

  @GET
  @Path("/needs-analyses/{analysisId}")
  @Operation(summary = "One needs analysis")
  @APIResponse(responseCode = "200", description = "The record",
      content = @Content(schema = @Schema(implementation = NeedsAnalysisView.class)))
  public NeedsAnalysisView needsAnalysesOne(@PathParam("customerId") UUID customerId,
      @PathParam("analysisId") UUID analysisId) {
    NeedsAnalysis x = analyses.one(NeedsAnalysis.class, customerId, analysisId, user.actor());
    return NeedsAnalysisView.of(x, mapper);
  }

  @GET
  @Path("/resource-fits/{analysisId}")
  @Operation(summary = "One resource-fit assessment")
  @APIResponse(responseCode = "200", description = "The record",
      content = @Content(schema = @Schema(implementation = ResourceFitView.class)))
  public ResourceFitView resourceFitsOne(@PathParam("customerId") UUID customerId,
      @PathParam("analysisId") UUID analysisId) {
    ResourceFit x = analyses.one(ResourceFit.class, customerId, analysisId, user.actor());
    return ResourceFitView.of(x);
  }

  @GET
  @Path("/competitor-analyses/{analysisId}")
  @Operation(summary = "One competitor analysis")
  @APIResponse(responseCode = "200", description = "The record",
      content = @Content(schema = @Schema(implementation = CompetitorAnalysisView.class)))
  public CompetitorAnalysisView competitorAnalysesOne(@PathParam("customerId") UUID customerId,
      @PathParam("analysisId") UUID analysisId) {
    CompetitorAnalysis x = analyses.one(CompetitorAnalysis.class, customerId, analysisId, user.actor());
    return CompetitorAnalysisView.of(x, mapper);
  }

  @GET
  @Path("/risk-analyses/{analysisId}")
  @Operation(summary = "One risk analysis table")
  @APIResponse(responseCode = "200", description = "The record",
      content = @Content(schema = @Schema(implementation = RiskAnalysisView.class)))
  public RiskAnalysisView riskAnalysesOne(@PathParam("customerId") UUID customerId,
      @PathParam("analysisId") UUID analysisId) {
    RiskAnalysis x = analyses.one(RiskAnalysis.class, customerId, analysisId, user.actor());
    return RiskAnalysisView.of(x, mapper);
  }

  @GET
  @Path("/development-analyses/{analysisId}")
  @Operation(summary = "One development analysis")
  @APIResponse(responseCode = "200", description = "The record",
      content = @Content(schema = @Schema(implementation = DevelopmentAnalysisView.class)))
  public DevelopmentAnalysisView developmentAnalysesOne(@PathParam("customerId") UUID customerId,
      @PathParam("analysisId") UUID analysisId) {
    DevelopmentAnalysis x = analyses.one(DevelopmentAnalysis.class, customerId, analysisId, user.actor());
    return DevelopmentAnalysisView.of(x, mapper);
  }

  private static Response created(UriInfo uri, UUID id, Object body) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(body).build();
  }
}
