package io.kam.platform.policy;

import java.util.List;
import java.util.Set;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kam.platform.error.Problem;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;

/** The service's controlled policies: read them, and prepare → review → approve a change. */
@Path("/api/v1/{area}/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Policies", description = "Versioned, controlled policy documents (prepared, reviewed, approved)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PolicyResource {

  @Inject
  PolicyService policies;

  @Inject
  CurrentUser user;

  @ConfigProperty(name = "kam.area")
  String area;

  @GET
  @Operation(summary = "The policies of this service, each at the version in force")
  public List<PolicyView> list(@PathParam("area") String area) {
    checkArea(area);
    return policies.definitions().stream().filter(this::mayRead)
        .map(d -> policies.view(policies.inForce(d.key()))).toList();
  }

  @GET
  @Path("/{key}")
  @Operation(summary = "The version of a policy in force")
  @APIResponse(responseCode = "200", description = "The policy in force")
  @APIResponse(responseCode = "404", description = "No such policy",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public PolicyView current(@PathParam("area") String area, @PathParam("key") String key) {
    checkArea(area);
    checkReadable(key);
    return policies.view(policies.inForce(key));
  }

  @GET
  @Path("/{key}/versions")
  @Operation(summary = "Every version of a policy, newest first")
  public List<PolicyView> versions(@PathParam("area") String area, @PathParam("key") String key) {
    checkArea(area);
    checkReadable(key);
    return policies.versions(key).stream().map(policies::view).toList();
  }

  @GET
  @Path("/{key}/versions/{version}")
  @Operation(summary = "One version of a policy")
  public PolicyView version(@PathParam("area") String area, @PathParam("key") String key,
      @PathParam("version") int version) {
    checkArea(area);
    checkReadable(key);
    return policies.view(policies.version(key, version));
  }

  @POST
  @Path("/{key}/versions")
  @Operation(summary = "Prepare a change (a draft version, not in force until reviewed and approved)")
  @APIResponse(responseCode = "201", description = "Draft created")
  @APIResponse(responseCode = "400", description = "Invalid content",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "403", description = "Role may not prepare",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Another change is under way",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response prepare(@PathParam("area") String area, @PathParam("key") String key,
      @Valid @NotNull PolicyDraft draft, @jakarta.ws.rs.core.Context UriInfo uri) {
    checkArea(area);
    PolicyDocument doc = policies.prepare(key, draft, user.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(doc.version)).build())
        .entity(policies.view(doc)).build();
  }

  @POST
  @Path("/{key}/versions/{version}/review")
  @Operation(summary = "Review (审核) a draft: accept or refuse with a reason")
  @APIResponse(responseCode = "200", description = "Reviewed")
  @APIResponse(responseCode = "409", description = "Not a draft",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public PolicyView review(@PathParam("area") String area, @PathParam("key") String key,
      @PathParam("version") int version, @Valid @NotNull PolicyDecision decision) {
    checkArea(area);
    return policies.view(policies.review(key, version, decision, user.actor()));
  }

  @POST
  @Path("/{key}/versions/{version}/approve")
  @Operation(summary = "Approve (审批) a reviewed version: it goes in force and the previous one is superseded")
  @APIResponse(responseCode = "200", description = "Approved (in force) or refused")
  @APIResponse(responseCode = "409", description = "Not reviewed yet",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public PolicyView approve(@PathParam("area") String area, @PathParam("key") String key,
      @PathParam("version") int version, @Valid @NotNull PolicyDecision decision) {
    checkArea(area);
    return policies.view(policies.approve(key, version, decision, user.actor()));
  }

  private boolean mayRead(PolicyDefinition<?> definition) {
    Set<String> readers = definition.readerRoles();
    return readers.isEmpty() || readers.stream().anyMatch(user.actor()::hasRole)
        || definition.preparerRoles().stream().anyMatch(user.actor()::hasRole)
        || definition.reviewerRoles().stream().anyMatch(user.actor()::hasRole)
        || definition.approverRoles().stream().anyMatch(user.actor()::hasRole);
  }

  private void checkReadable(String key) {
    if (!mayRead(policies.definition(key))) {
      throw ProblemException.forbidden("policy " + key + " is not readable with your roles");
    }
  }

  private void checkArea(String requested) {
    if (!this.area.equals(requested)) {
      throw new ProblemException(404, "not-found", "Not found", "no such resource");
    }
  }
}
