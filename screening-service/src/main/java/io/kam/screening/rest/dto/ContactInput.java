package io.kam.screening.rest.dto;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.screening.domain.DevelopmentVocabulary.Attitude;
import io.kam.screening.domain.DevelopmentVocabulary.ContactMethod;
import io.kam.screening.domain.DevelopmentVocabulary.ProgressStage;

/** One row of the development record table (大用户开发统计表). */
@Schema(name = "DevelopmentContactInput")
public record ContactInput(
    @NotNull @Schema(example = "2025-03-10T02:00:00Z") Instant contactedAt,
    @NotBlank @Size(max = 200) @Schema(example = "Li Wei, purchasing head") String personVisited,
    @NotNull @Min(1) @Max(1440) @Schema(example = "90") Integer durationMinutes,
    @NotNull ContactMethod method,
    @NotNull ProgressStage stage,
    @NotNull Attitude attitude,
    @Size(max = 4000) String note) {
}
