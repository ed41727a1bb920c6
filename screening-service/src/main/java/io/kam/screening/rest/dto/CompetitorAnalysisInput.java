package io.kam.screening.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Competitor analysis (竞争对手情况分析): each competitor's technical, product and service capability, 1..5. */
@Schema(name = "CompetitorAnalysisInput")
public record CompetitorAnalysisInput(
    @NotEmpty @Size(max = 20) @Valid List<Competitor> competitors,
    @Size(max = 4000) @Schema(example = "shorter delivery times") String ourStrengths,
    @Size(max = 4000) @Schema(example = "higher list prices") String ourWeaknesses) {

  @Schema(name = "Competitor")
  public record Competitor(@NotBlank @Size(max = 200) @Schema(example = "Huaxin Foods") String name,
      @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer technicalCapability,
      @NotNull @Min(1) @Max(5) @Schema(example = "3") Integer productCapability,
      @NotNull @Min(1) @Max(5) @Schema(example = "2") Integer serviceCapability,
      @Size(max = 2000) String notes) {
  }
}
