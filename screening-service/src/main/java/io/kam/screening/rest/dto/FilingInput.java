package io.kam.screening.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The archivist's filing: the archive number and the date the document went to the archive room. */
@Schema(name = "ArchiveFiling")
public record FilingInput(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9/_.-]{1,60}", message = "must be 1 to 60 characters A-Z, 0-9, / _ . -")
    @Schema(example = "DA-2025-0042") String archiveNumber,
    @NotNull @Schema(example = "2025-03-20") LocalDate sentAt) {
}
