package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.ContractPerformance;

@Schema(name = "ContractPerformance")
public record PerformanceView(UUID id, String sourceId, String accountId, String contractId, BigDecimal obligationsDue,
    BigDecimal obligationsFulfilled, LocalDate asOf, String recordedBy, Instant recordedAt) {

  public static PerformanceView of(ContractPerformance c) {
    return new PerformanceView(c.id, c.sourceId, c.accountId, c.contractId, c.obligationsDue, c.obligationsFulfilled,
        c.asOf, c.recordedBy, c.createdAt);
  }
}
