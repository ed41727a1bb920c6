package io.kam.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.kam.platform.error.ProblemException;

/** The caller of the current request, read from the verified JWT ({@code sub}, {@code groups}, {@code org}, {@code department}). */
@RequestScoped
public class CurrentUser {

  @Inject
  JsonWebToken jwt;

  public Actor actor() {
    if (jwt == null || jwt.getSubject() == null) {
      throw new ProblemException(401, "unauthorized", "Unauthorized", "a valid bearer token is required");
    }
    Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
    String org = jwt.getClaim("org");
    String department = jwt.getClaim("department");
    return new Actor(jwt.getSubject(), groups, org == null ? "" : org, department);
  }

  /** The actor, refused with 403 unless it holds one of {@code roles}. */
  public Actor require(String... roles) {
    Actor actor = actor();
    if (!actor.hasAnyRole(roles)) {
      throw ProblemException.forbidden("requires one of the roles " + String.join(", ", roles));
    }
    return actor;
  }
}
