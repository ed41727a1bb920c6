package io.kam.screening.rest.dto;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How well each of our resources (技术, 生产, 售后) covers the account's needs, 0..100. */
@Schema(name = "ResourceFitInput")
public record ResourceFitInput(
    @Schema(description = "the needs analysis these scores answer") UUID needsAnalysisId,
    @NotNull @Min(0) @Max(100) @Schema(example = "80") Integer technicalScore,
    @NotNull @Min(0) @Max(100) @Schema(example = "70") Integer productionScore,
    @NotNull @Min(0) @Max(100) @Schema(example = "90") Integer afterSalesScore,
    @Size(max = 2000) String technicalNote,
    @Size(max = 2000) String productionNote,
    @Size(max = 2000) String afterSalesNote) {
}
