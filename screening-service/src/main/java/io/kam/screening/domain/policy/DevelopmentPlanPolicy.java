package io.kam.screening.domain.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Plan 1, the key-account development plan (大用户开发方案), as configuration: the screening criteria, how
 * resource fit and the risk analysis table are scored, and when a potential account is worth developing.
 */
public record DevelopmentPlanPolicy(
    @NotNull @Valid ScreeningCriteria screening,
    @NotNull @Valid ResourceFitRules resourceFit,
    @NotNull @Valid RiskRules risk,
    @NotNull @Valid WorthRules worth) {
}
