package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.BasicInformation;
import io.kam.credit.domain.DocumentChecklist;

/** Replaces the sections given (a null section is kept); {@code version} guards against lost updates. */
@Schema(name = "EvaluationUpdate")
public record EvaluationUpdate(
    @Schema(example = "0", description = "the version read (also sent as ETag); a stale one is refused with 409") @NotNull Long version,
    @Valid DocumentChecklist documents,
    @Valid BasicInformation basicInformation,
    @Schema(description = "criterion code → points (0 .. the criterion's maxPoints)", example = "{\"company-basics\": 8, \"collateral\": 6}")
    Map<String, BigDecimal> scores) {
}
