package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.CreditTransaction;

@Schema(name = "CreditTransaction")
public record TransactionView(UUID id, String sourceId, String accountId, BigDecimal amount, LocalDate date,
    String contractId, String recordedBy, Instant recordedAt) {

  public static TransactionView of(CreditTransaction t) {
    return new TransactionView(t.id, t.sourceId, t.accountId, t.amount, t.transactionDate, t.contractId, t.recordedBy,
        t.createdAt);
  }
}
