package io.kam.screening.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.screening.domain.DevelopmentRecord;

/** The development result (开发结果) with the reason analysis (原因总结). */
@Schema(name = "DevelopmentOutcomeInput")
public record OutcomeInput(@NotNull DevelopmentRecord.Outcome result,
    @NotBlank @Size(max = 4000) @Schema(example = "their needs matched our custom packaging line") String reasonAnalysis,
    @Size(max = 4000) String note) {
}
