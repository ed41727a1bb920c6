package io.kam.screening.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new dedicated rep (大用户专员) for a key account. */
@Schema(name = "RepAssignment")
public record RepAssignmentInput(@NotBlank @Size(max = 100) @Schema(example = "rep.sh") String repId,
    @Size(max = 1000) @Schema(example = "rep.hz moved to Hangzhou") String reason) {
}
