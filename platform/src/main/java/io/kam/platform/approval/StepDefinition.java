package io.kam.platform.approval;

import java.util.List;

/**
 * One step of an approval chain. A SINGLE step is decided by one actor holding {@code role} whose org
 * unit covers {@code orgScope} (null = any). A PARALLEL step collects one opinion from each party in
 * {@code parties} (departments), then the chain moves on.
 */
public record StepDefinition(String name, String role, String orgScope, Kind kind, List<String> parties) {

  public enum Kind { SINGLE, PARALLEL }

  public static StepDefinition single(String name, String role, String orgScope) {
    return new StepDefinition(name, role, orgScope, Kind.SINGLE, List.of());
  }

  public static StepDefinition parallel(String name, String role, List<String> parties) {
    return new StepDefinition(name, role, null, Kind.PARALLEL, List.copyOf(parties));
  }
}
