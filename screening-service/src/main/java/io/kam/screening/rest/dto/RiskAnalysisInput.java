package io.kam.screening.rest.dto;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The scores of the risk analysis table (用户风险分析表): one 0..100 score per policy indicator. */
@Schema(name = "RiskAnalysisInput")
public record RiskAnalysisInput(
    @NotEmpty
    @Schema(description = "indicator code → score 0..100 (100 = most favourable, least risk)",
        example = "{\"competitive-advantage\": 80, \"customer-needs\": 70, \"competitor-analysis\": 60}")
    Map<String, @NotNull @Min(0) @Max(100) Integer> scores,
    @Size(max = 4000) String note) {
}
