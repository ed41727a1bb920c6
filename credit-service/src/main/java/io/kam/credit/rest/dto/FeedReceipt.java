package io.kam.credit.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a feed gets back: the record's id, never credit data. */
@Schema(name = "FeedReceipt")
public record FeedReceipt(UUID id, @Schema(example = "ERP-INV-2025-000123") String sourceId, String accountId,
    @Schema(description = "true when the source id was already recorded: nothing changed") boolean duplicate,
    Instant recordedAt) {
}
