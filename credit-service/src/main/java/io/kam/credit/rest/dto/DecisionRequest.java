package io.kam.credit.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.platform.approval.Decision;

/** The region's verification opinion (审查意见) or HQ's review and signature. */
@Schema(name = "ChangeDecision")
public record DecisionRequest(
    @Schema(example = "APPROVE") @NotNull Decision decision,
    @Schema(example = "Volume and performance figures verified against ERP", description = "required to REJECT or RETURN") @Size(max = 2000) String comment) {
}
