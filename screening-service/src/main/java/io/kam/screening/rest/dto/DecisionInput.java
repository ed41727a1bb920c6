package io.kam.screening.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.platform.approval.Decision;

/** A review (审核) or approval (审批) decision; a reject or return needs a reason. */
@Schema(name = "ConfirmationDecision")
public record DecisionInput(@NotNull Decision decision,
    @Size(max = 4000) @Schema(example = "figures checked against the ERP") String comment) {
}
