package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contract performance report: obligations due and fulfilled to date on one contract. */
@Schema(name = "PerformanceFeed", description = "Contract performance to date; the latest report per contract counts")
public record PerformanceFeed(
    @Schema(example = "ERP-PERF-2025-06-CT42") @NotBlank @Size(max = 200) String sourceId,
    @Schema(example = "CT-2025-0042") @NotBlank @Size(max = 200) String contractId,
    @Schema(example = "100", description = "obligations due to date (deliveries, payments, or their value)") @NotNull @DecimalMin(value = "0.01") @Digits(integer = 17, fraction = 2) BigDecimal obligationsDue,
    @Schema(example = "92") @NotNull @DecimalMin(value = "0") @Digits(integer = 17, fraction = 2) BigDecimal obligationsFulfilled,
    @Schema(example = "2025-06-30") @NotNull LocalDate asOf) {
}
