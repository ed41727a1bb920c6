package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.CreditProfile;

/** The credit profile as supervisors and above of the account's org line see it. */
@Schema(name = "CreditProfile", description = "Credit information of one key account (tier, limit, score, performance)")
public record ProfileView(
    @Schema(example = "5f0c2a2e-8d7b-4c1e-9a51-3c1f0e6b7a10") String accountId,
    @Schema(example = "Shanghai Example Steel Co., Ltd.") String accountName,
    @Schema(example = "HQ/EAST/SH") String orgUnit,
    @Schema(example = "ACTIVE", enumeration = {"ACTIVE", "DEMOTED", "INACTIVE"}) String status,
    @Schema(description = "false once the fulfilment rule demoted the account") boolean keyAccount,
    @Schema(example = "YELLOW", enumeration = {"GREEN", "YELLOW", "RED", "BLACK", "ORDINARY"}, description = "null until the first rating") String tier,
    @Schema(example = "2000000.00", description = "CNY, from the last evaluation or an applied change") BigDecimal creditLimit,
    @Schema(example = "78.50", description = "0-100, from the last evaluation") BigDecimal score,
    @Schema(example = "YELLOW") String evaluatedLevel,
    @Schema(example = "0.920000", description = "obligations fulfilled / due over the policy window; null without obligations") BigDecimal fulfilmentRate,
    @Schema(example = "6200000.00", description = "transaction volume (CNY) over the policy window") BigDecimal volume,
    BigDecimal obligationsDue,
    BigDecimal obligationsFulfilled,
    @Schema(example = "1", description = "credit plan version of the last decision") int policyVersion,
    UUID lastEvaluationId,
    Instant ratedAt,
    Instant confirmedAt,
    long version) {

  public static ProfileView of(CreditProfile p) {
    return new ProfileView(p.accountId, p.accountName, p.orgUnit, p.status.name(),
        p.status == CreditProfile.Status.ACTIVE, p.tier == null ? null : p.tier.name(), p.creditLimit, p.score,
        p.evaluatedLevel == null ? null : p.evaluatedLevel.name(), p.fulfilmentRate, p.volume, p.obligationsDue,
        p.obligationsFulfilled, p.policyVersion, p.lastEvaluationId, p.ratedAt, p.confirmedAt, p.version);
  }
}
