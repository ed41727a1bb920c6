package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.TierChange;

/** One tier decision with its figures and policy version. */
@Schema(name = "TierChange")
public record TierChangeView(UUID id, @Schema(example = "GREEN") String previousTier, @Schema(example = "ORDINARY") String tier,
    @Schema(example = "FULFILMENT_BELOW_THRESHOLD") String reason, BigDecimal fulfilmentRate, BigDecimal volume,
    int policyVersion, String decidedBy, Instant decidedAt) {

  public static TierChangeView of(TierChange c) {
    return new TierChangeView(c.id, c.previousTier == null ? null : c.previousTier.name(), c.tier.name(),
        c.reason.name(), c.fulfilmentRate, c.volume, c.policyVersion, c.decidedBy, c.createdAt);
  }
}
