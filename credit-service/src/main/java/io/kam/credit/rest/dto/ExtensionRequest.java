package io.kam.credit.rest.dto;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The marketing director's approval to extend HQ's review and signature (at most 7 days in all). */
@Schema(name = "ExtensionRequest")
public record ExtensionRequest(
    @Schema(example = "2025-06-12T08:00:00Z") @NotNull Instant newDueAt,
    @Schema(example = "Audited statements arrive next week") @NotBlank @Size(max = 2000) String reason) {
}
