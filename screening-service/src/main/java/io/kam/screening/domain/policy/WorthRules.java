package io.kam.screening.domain.policy;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * When a potential key account is worth developing (是否有开发价值), plan 1 §2.6: the minimum expected net value and
 * return on the development cost, and the financial health it must show (plan 1 §2.2 用户经营信息).
 */
public record WorthRules(
    @NotNull BigDecimal minNetValue,
    @NotNull BigDecimal minReturnOnCost,
    @NotNull @DecimalMin("0") BigDecimal minCurrentRatio,
    @NotNull BigDecimal minNetProfitMargin,
    @NotNull @DecimalMin("0") BigDecimal maxCollectionPeriodDays) {
}
