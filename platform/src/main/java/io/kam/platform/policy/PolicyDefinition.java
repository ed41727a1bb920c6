package io.kam.platform.policy;

import java.util.List;
import java.util.Set;

import io.kam.platform.error.Problem;

/**
 * Declares one controlled policy of a service (a CDI bean per policy). The platform creates version 1
 * from {@link #defaults()} on first start and validates every later draft with {@link #validate}.
 */
public interface PolicyDefinition<T> {

  String key();

  String title();

  String documentNumber();

  Class<T> contentType();

  T defaults();

  default String controlledStatus() {
    return "CONTROLLED";
  }

  default String implementingDepartment() {
    return "Key account department";
  }

  default String supervisingDepartment() {
    return "Marketing department";
  }

  default String verifyingDepartment() {
    return "General manager's office";
  }

  /** Roles that may read the policy; empty means every authenticated user. */
  default Set<String> readerRoles() {
    return Set.of();
  }

  /** Roles that may prepare a change. */
  default Set<String> preparerRoles() {
    return Set.of("supervisor", "manager", "ka-staff", "admin");
  }

  /** Roles that review (审核) a change. */
  default Set<String> reviewerRoles() {
    return Set.of("manager", "director");
  }

  /** Roles that approve (审批) a change, putting it in force. */
  default Set<String> approverRoles() {
    return Set.of("director", "vp", "gm");
  }

  /** Business validation of a draft's content: one entry per invalid field, empty when valid. */
  default List<Problem.FieldError> validate(T content) {
    return List.of();
  }
}
