package io.kam.credit.rest;

import java.net.URI;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kam.credit.domain.CreditChangeRequest;
import io.kam.credit.domain.CreditEvaluation;
import io.kam.credit.rest.dto.ChangeRequestCreate;
import io.kam.credit.rest.dto.ChangeRequestView;
import io.kam.credit.rest.dto.EvaluationView;
import io.kam.credit.rest.dto.FeedReceipt;
import io.kam.credit.rest.dto.PerformanceFeed;
import io.kam.credit.rest.dto.PerformanceView;
import io.kam.credit.rest.dto.ProfileView;
import io.kam.credit.rest.dto.TierChangeView;
import io.kam.credit.rest.dto.TransactionFeed;
import io.kam.credit.rest.dto.TransactionView;
import io.kam.credit.service.ChangeRequestService;
import io.kam.credit.service.EvaluationService;
import io.kam.credit.service.FeedService;
import io.kam.credit.service.ProfileService;
import io.kam.platform.error.Problem;
import io.kam.platform.security.CurrentUser;
import io.kam.platform.web.Idempotent;
import io.kam.platform.web.Page;
import io.quarkus.security.Authenticated;

/** Credit profiles of key accounts, their feeds, evaluations and change requests. */
@Path("/api/v1/credit/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Credit profiles", description = "Credit profile per key account: tier, limit, score, feeds (plan 3)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role may not do this (credit data: supervisors and above only)",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProfileResource {

  static final String PAGE_LIMIT = "page size, 1-500 (default 50)";
  static final String PAGE_AFTER = "the nextCursor of the previous page";

  @Inject
  CurrentUser user;

  @Inject
  ProfileService profiles;

  @Inject
  FeedService feeds;

  @Inject
  EvaluationService evaluations;

  @Inject
  ChangeRequestService changes;

  @Inject
  EvaluationMapper evaluationViews;

  @Inject
  UriInfo uri;

  @GET
  @Operation(summary = "Credit profiles the caller's org unit covers (keyset pages); audited")
  @APIResponse(responseCode = "200", description = "One page of profiles",
      content = @Content(schema = @Schema(implementation = ProfilePage.class)))
  @APIResponse(responseCode = "400", description = "Bad limit or cursor",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Page<ProfileView> list(@Parameter(description = PAGE_LIMIT) @QueryParam("limit") Integer limit,
      @Parameter(description = PAGE_AFTER) @QueryParam("after") String after) {
    return profiles.list(user.actor(), limit, after).map(ProfileView::of);
  }

  @GET
  @Path("/{accountId}")
  @Operation(summary = "The credit profile of a key account (tier, credit limit, score, fulfilment rate); audited",
      description = "Supervisors and above of the account's area office, its region and HQ. Other roles get 403; "
          + "supervisors and above of another org line get 404, as for an unknown account.")
  @APIResponse(responseCode = "200", description = "The credit profile",
      content = @Content(schema = @Schema(implementation = ProfileView.class)))
  @APIResponse(responseCode = "404", description = "No profile, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response get(@PathParam("accountId") String accountId) {
    var p = profiles.read(user.actor(), accountId);
    return Response.ok(ProfileView.of(p)).tag(Long.toString(p.version)).build();
  }

  @GET
  @Path("/{accountId}/tier-changes")
  @Operation(summary = "Every tier decision of the account, oldest first (keyset pages); audited")
  @APIResponse(responseCode = "200", description = "One page of tier decisions",
      content = @Content(schema = @Schema(implementation = TierChangePage.class)))
  @APIResponse(responseCode = "404", description = "No profile, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Page<TierChangeView> tierChanges(@PathParam("accountId") String accountId,
      @Parameter(description = PAGE_LIMIT) @QueryParam("limit") Integer limit,
      @Parameter(description = PAGE_AFTER) @QueryParam("after") String after) {
    return profiles.tierHistory(user.actor(), accountId, limit, after).map(TierChangeView::of);
  }

  @POST
  @Path("/{accountId}/transactions")
  @Idempotent
  @Tag(name = "Credit feeds", description = "Transactions and contract performance from ERP or key-account staff")
  @Operation(summary = "Feed one transaction (amount, date, contract); idempotent on sourceId",
      description = "Roles integration (any account) or ka-staff (accounts of its org line). Recomputes the volume "
          + "over the policy window and the tier. A known sourceId changes nothing and answers 200.")
  @RequestBody(content = @Content(schema = @Schema(implementation = TransactionFeed.class), examples = @ExampleObject(
      name = "invoice", value = "{\"sourceId\":\"ERP-INV-2025-000123\",\"amount\":1250000.00,\"date\":\"2025-05-20\","
          + "\"contractId\":\"CT-2025-0042\"}")))
  @APIResponse(responseCode = "201", description = "Recorded",
      content = @Content(schema = @Schema(implementation = FeedReceipt.class)))
  @APIResponse(responseCode = "200", description = "Already recorded (same sourceId): no effect",
      content = @Content(schema = @Schema(implementation = FeedReceipt.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, one entry each; nothing stored",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No profile for the account",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The sourceId belongs to another account",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response feedTransaction(@PathParam("accountId") String accountId, @Valid @NotNull TransactionFeed feed) {
    var r = feeds.transaction(user.actor(), accountId, feed);
    FeedReceipt receipt = new FeedReceipt(r.record().id, r.record().sourceId, accountId, !r.created(),
        r.record().createdAt);
    URI location = uri.getBaseUriBuilder().path("api/v1/credit/profiles/{a}/transactions/{id}")
        .build(accountId, r.record().id);
    return (r.created() ? Response.created(location) : Response.ok().location(location)).entity(receipt).build();
  }

  @GET
  @Path("/{accountId}/transactions")
  @Tag(name = "Credit feeds")
  @Operation(summary = "Transactions of the account (keyset pages); audited")
  @APIResponse(responseCode = "200", description = "One page of transactions",
      content = @Content(schema = @Schema(implementation = TransactionPage.class)))
  @APIResponse(responseCode = "404", description = "No profile, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Page<TransactionView> transactions(@PathParam("accountId") String accountId,
      @Parameter(description = PAGE_LIMIT) @QueryParam("limit") Integer limit,
      @Parameter(description = PAGE_AFTER) @QueryParam("after") String after) {
    return feeds.transactions(user.actor(), accountId, limit, after).map(TransactionView::of);
  }

  @GET
  @Path("/{accountId}/transactions/{id}")
  @Tag(name = "Credit feeds")
  @Operation(summary = "One transaction; audited")
  @APIResponse(responseCode = "200", description = "The transaction",
      content = @Content(schema = @Schema(implementation = TransactionView.class)))
  @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public TransactionView transaction(@PathParam("accountId") String accountId, @PathParam("id") String id) {
    return TransactionView.of(feeds.transaction(user.actor(), accountId, id));
  }

  @POST
  @Path("/{accountId}/contract-performance")
  @Idempotent
  @Tag(name = "Credit feeds")
  @Operation(summary = "Feed contract performance (obligations due / fulfilled to date); idempotent on sourceId",
      description = "Roles integration or ka-staff. Recomputes the fulfilment rate (latest report per contract over "
          + "the policy window); below the policy threshold (75 %) the account is downgraded to ORDINARY at once "
          + "and kam.credit.downgraded is published. A known sourceId changes nothing and answers 200.")
  @RequestBody(content = @Content(schema = @Schema(implementation = PerformanceFeed.class), examples = @ExampleObject(
      name = "monthly report", value = "{\"sourceId\":\"ERP-PERF-2025-06-CT42\",\"contractId\":\"CT-2025-0042\","
          + "\"obligationsDue\":100,\"obligationsFulfilled\":92,\"asOf\":\"2025-06-30\"}")))
  @APIResponse(responseCode = "201", description = "Recorded",
      content = @Content(schema = @Schema(implementation = FeedReceipt.class)))
  @APIResponse(responseCode = "200", description = "Already recorded (same sourceId): no effect",
      content = @Content(schema = @Schema(implementation = FeedReceipt.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, one entry each; nothing stored",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No profile for the account",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The sourceId belongs to another account",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response feedPerformance(@PathParam("accountId") String accountId, @Valid @NotNull PerformanceFeed feed) {
    var r = feeds.performance(user.actor(), accountId, feed);
    FeedReceipt receipt = new FeedReceipt(r.record().id, r.record().sourceId, accountId, !r.created(),
        r.record().createdAt);
    URI location = uri.getBaseUriBuilder().path("api/v1/credit/profiles/{a}/contract-performance/{id}")
        .build(accountId, r.record().id);
    return (r.created() ? Response.created(location) : Response.ok().location(location)).entity(receipt).build();
  }

  @GET
  @Path("/{accountId}/contract-performance")
  @Tag(name = "Credit feeds")
  @Operation(summary = "Contract performance reports of the account (keyset pages); audited")
  @APIResponse(responseCode = "200", description = "One page of reports",
      content = @Content(schema = @Schema(implementation = PerformancePage.class)))
  @APIResponse(responseCode = "404", description = "No profile, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Page<PerformanceView> performances(@PathParam("accountId") String accountId,
      @Parameter(description = PAGE_LIMIT) @QueryParam("limit") Integer limit,
      @Parameter(description = PAGE_AFTER) @QueryParam("after") String after) {
    return feeds.performances(user.actor(), accountId, limit, after).map(PerformanceView::of);
  }

  @GET
  @Path("/{accountId}/contract-performance/{id}")
  @Tag(name = "Credit feeds")
  @Operation(summary = "One contract performance report; audited")
  @APIResponse(responseCode = "200", description = "The report",
      content = @Content(schema = @Schema(implementation = PerformanceView.class)))
  @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public PerformanceView performance(@PathParam("accountId") String accountId, @PathParam("id") String id) {
    return PerformanceView.of(feeds.performance(user.actor(), accountId, id));
  }

  @POST
  @Path("/{accountId}/evaluations")
  @Idempotent
  @Tag(name = "Credit evaluations")
  @Operation(summary = "Start a credit evaluation (信用等级评定) of the account",
      description = "Supervisors and above of the account's org line. The evaluation starts as a DRAFT with an "
          + "empty document checklist, basic information form and scoring sheet.")
  @APIResponse(responseCode = "201", description = "Started",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  @APIResponse(responseCode = "404", description = "No profile, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The profile is not active (demoted or inactive)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response startEvaluation(@PathParam("accountId") String accountId) {
    CreditEvaluation e = evaluations.start(user.actor(), accountId);
    return Response.created(uri.getBaseUriBuilder().path("api/v1/credit/evaluations/{id}").build(e.id))
        .entity(evaluationViews.view(e)).tag(Long.toString(e.version)).build();
  }

  @POST
  @Path("/{accountId}/change-requests")
  @Idempotent
  @Tag(name = "Credit level changes")
  @Operation(summary = "Draft a level change request (大用户信用等级变更申请表)",
      description = "By a supervisor or above of the account's area office (its org unit exactly). Opens the "
          + "filing deadline (2 days from triggeredAt) and the whole-change deadline (10 days).")
  @RequestBody(content = @Content(schema = @Schema(implementation = ChangeRequestCreate.class), examples = @ExampleObject(
      name = "volume fell", value = "{\"requestedTier\":\"YELLOW\",\"requestedCreditLimit\":2000000.00,"
          + "\"reason\":\"Annual volume fell to 6.2 million CNY\",\"trigger\":\"VOLUME\","
          + "\"triggeredAt\":\"2025-06-02T08:00:00Z\"}")))
  @APIResponse(responseCode = "201", description = "Drafted",
      content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, one entry each; nothing stored",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No profile, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The profile is not active",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response createChangeRequest(@PathParam("accountId") String accountId,
      @Valid @NotNull ChangeRequestCreate form) {
    CreditChangeRequest r = changes.create(user.actor(), accountId, form);
    return Response.created(uri.getBaseUriBuilder().path("api/v1/credit/change-requests/{id}").build(r.id))
        .entity(ChangeRequestView.of(r, changes.chain(r), changes.deadlines(r))).build();
  }

  @GET
  @Path("/{accountId}/change-requests")
  @Tag(name = "Credit level changes")
  @Operation(summary = "Level change requests of the account (keyset pages); audited")
  @APIResponse(responseCode = "200", description = "One page of change requests",
      content = @Content(schema = @Schema(implementation = ChangeRequestPage.class)))
  @APIResponse(responseCode = "404", description = "No profile, or not in the caller's org line",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Page<ChangeRequestView> changeRequests(@PathParam("accountId") String accountId,
      @Parameter(description = PAGE_LIMIT) @QueryParam("limit") Integer limit,
      @Parameter(description = PAGE_AFTER) @QueryParam("after") String after) {
    return changes.list(user.actor(), accountId, limit, after)
        .map(r -> ChangeRequestView.of(r, changes.chain(r), changes.deadlines(r)));
  }

  @Schema(name = "CreditProfilePage")
  public record ProfilePage(@Schema(type = SchemaType.ARRAY, implementation = ProfileView.class) java.util.List<ProfileView> items, String nextCursor) {
  }

  @Schema(name = "TierChangePage")
  public record TierChangePage(@Schema(type = SchemaType.ARRAY, implementation = TierChangeView.class) java.util.List<TierChangeView> items, String nextCursor) {
  }

  @Schema(name = "CreditTransactionPage")
  public record TransactionPage(@Schema(type = SchemaType.ARRAY, implementation = TransactionView.class) java.util.List<TransactionView> items, String nextCursor) {
  }

  @Schema(name = "ContractPerformancePage")
  public record PerformancePage(@Schema(type = SchemaType.ARRAY, implementation = PerformanceView.class) java.util.List<PerformanceView> items, String nextCursor) {
  }

  @Schema(name = "CreditChangeRequestPage")
  public record ChangeRequestPage(@Schema(type = SchemaType.ARRAY, implementation = ChangeRequestView.class) java.util.List<ChangeRequestView> items, String nextCursor) {
  }
}
