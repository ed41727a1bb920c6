package io.kam.screening.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.screening.domain.ScreeningResult;
import io.kam.screening.domain.ScreeningRun;

/** A screening run: its scope, the criteria version and what it found. */
@Schema(name = "ScreeningRun")
public record ScreeningRunView(UUID id, int policyVersion, String orgScope, int scanned, int matched,
    @Schema(description = "customers marked as potential key accounts by this run") int newlyIdentified,
    @Schema(description = "potential key accounts whose matched rules changed or that no longer match") int changed,
    String runBy, Instant runAt) {

  public static ScreeningRunView of(ScreeningRun r) {
    return new ScreeningRunView(r.id, r.policyVersion, r.orgScope, r.scanned, r.matched, r.newlyIdentified,
        r.changed, r.runBy, r.runAt);
  }

  /** One line of the potential key-account list (潜在大用户名单). */
  @Schema(name = "ScreeningResult")
  public record ResultView(UUID customerId, String customerName, String orgUnit, List<String> matchedRules,
      @Schema(enumeration = {"NEW", "CHANGED", "UNCHANGED", "CLEARED"}) String outcome) {

    public static ResultView of(ScreeningResult r) {
      return new ResultView(r.customerId, r.customerName, r.orgUnit,
          r.matchedRules.isBlank() ? List.of() : List.of(r.matchedRules.split(",")), r.outcome);
    }
  }
}
