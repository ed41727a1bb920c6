package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.CreditChangeRequest;
import io.kam.credit.domain.CreditTier;

/** The level change request form (大用户信用等级变更申请表) as the area office fills it in. */
@Schema(name = "ChangeRequestCreate")
public record ChangeRequestCreate(
    @Schema(example = "YELLOW", description = "GREEN, YELLOW, RED or BLACK") @NotNull CreditTier requestedTier,
    @Schema(example = "2000000.00", description = "new credit limit in CNY (optional)") @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal requestedCreditLimit,
    @Schema(example = "Annual volume fell to 6.2 million CNY; evaluation score 72") @NotBlank @Size(max = 2000) String reason,
    @Schema(example = "VOLUME") @NotNull CreditChangeRequest.Trigger trigger,
    @Schema(example = "2025-06-02T08:00:00Z", description = "when the account reached the adjustment standard; the 2-day filing deadline runs from here") @NotNull Instant triggeredAt) {
}
