package io.kam.screening.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Needs analysis (明确潜在大用户需求): the account's needs and the sales opportunities found (发觉销售机会). */
@Schema(name = "NeedsAnalysisInput")
public record NeedsAnalysisInput(
    @NotEmpty @Size(max = 50) @Valid List<Need> needs,
    @NotNull @Size(max = 50) @Valid List<Opportunity> salesOpportunities,
    @Size(max = 4000) @Schema(example = "expanding into gift boxes for the spring festival") String summary) {

  public enum Priority { HIGH, MEDIUM, LOW }

  @Schema(name = "Need")
  public record Need(@NotBlank @Size(max = 100) @Schema(example = "technical") String category,
      @NotBlank @Size(max = 2000) @Schema(example = "custom packaging for 20 stores") String description,
      @NotNull Priority priority) {
  }

  @Schema(name = "SalesOpportunity")
  public record Opportunity(@NotBlank @Size(max = 2000) @Schema(example = "holiday gift procurement") String description,
      @PositiveOrZero @Schema(example = "800000") BigDecimal estimatedValue) {
  }
}
