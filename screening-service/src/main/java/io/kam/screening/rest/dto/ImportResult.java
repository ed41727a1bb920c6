package io.kam.screening.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of an accepted bulk import: every row was stored. */
@Schema(name = "CustomerImport")
public record ImportResult(UUID id, @Schema(enumeration = {"CSV", "JSON"}) String format,
    @Schema(example = "20000") int imported, String importedBy, Instant importedAt) {
}
