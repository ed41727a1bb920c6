package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One transaction from ERP or staff; {@code sourceId} makes the feed idempotent. */
@Schema(name = "TransactionFeed", description = "A transaction with the account (amount in CNY)")
public record TransactionFeed(
    @Schema(example = "ERP-INV-2025-000123", description = "unique id in the source system") @NotBlank @Size(max = 200) String sourceId,
    @Schema(example = "1250000.00") @NotNull @DecimalMin(value = "0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount,
    @Schema(example = "2025-05-20") @NotNull LocalDate date,
    @Schema(example = "CT-2025-0042") @Size(max = 200) String contractId) {
}
