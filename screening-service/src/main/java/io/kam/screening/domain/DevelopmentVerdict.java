package io.kam.screening.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.kam.screening.domain.policy.WorthRules;

/**
 * The computed "worth developing" verdict (是否有开发价值) of plan 1 §2.6 with every figure it rests on: expected
 * profit discounted by the risk coefficient, minus the development costs (inventory interest, staff, travel,
 * management), and the financial checks of §2.2.
 */
public record DevelopmentVerdict(boolean worthDeveloping, BigDecimal totalCost, BigDecimal riskAdjustedProfit,
    BigDecimal netValue, BigDecimal returnOnCost, List<Check> checks) {

  /** One test of the verdict: what was measured, the policy limit, and whether it passed. */
  public record Check(String name, BigDecimal value, String comparison, BigDecimal limit, boolean passed) {
  }

  /** The figures of the cost/revenue estimate (费用、销售估计). */
  public record Estimate(BigDecimal expectedSales, BigDecimal expectedProfit, BigDecimal inventoryInterest,
      BigDecimal staffCost, BigDecimal travelCost, BigDecimal riskCoefficient, BigDecimal managementCost) {
  }

  /** The financial ratios of the customer's business information (用户经营信息). */
  public record Financials(BigDecimal currentRatio, BigDecimal netProfitMargin, BigDecimal returnOnAssets,
      BigDecimal collectionPeriodDays, BigDecimal inventoryTurnoverDays) {
  }

  public static DevelopmentVerdict evaluate(Estimate e, Financials f, WorthRules rules) {
    BigDecimal totalCost = e.inventoryInterest().add(e.staffCost()).add(e.travelCost()).add(e.managementCost())
        .setScale(2, RoundingMode.HALF_UP);
    BigDecimal riskAdjusted = e.expectedProfit().multiply(BigDecimal.ONE.subtract(e.riskCoefficient()))
        .setScale(2, RoundingMode.HALF_UP);
    BigDecimal net = riskAdjusted.subtract(totalCost);
    BigDecimal roc = totalCost.signum() == 0 ? null : net.divide(totalCost, 4, RoundingMode.HALF_UP);
    List<Check> checks = new ArrayList<>();
    checks.add(new Check("netValue", net, ">=", rules.minNetValue(), net.compareTo(rules.minNetValue()) >= 0));
    checks.add(new Check("returnOnCost", roc, ">=", rules.minReturnOnCost(),
        roc == null ? net.signum() > 0 : roc.compareTo(rules.minReturnOnCost()) >= 0));
    checks.add(new Check("currentRatio", f.currentRatio(), ">=", rules.minCurrentRatio(),
        f.currentRatio().compareTo(rules.minCurrentRatio()) >= 0));
    checks.add(new Check("netProfitMargin", f.netProfitMargin(), ">=", rules.minNetProfitMargin(),
        f.netProfitMargin().compareTo(rules.minNetProfitMargin()) >= 0));
    checks.add(new Check("collectionPeriodDays", f.collectionPeriodDays(), "<=", rules.maxCollectionPeriodDays(),
        f.collectionPeriodDays().compareTo(rules.maxCollectionPeriodDays()) <= 0));
    boolean worth = checks.stream().allMatch(Check::passed);
    return new DevelopmentVerdict(worth, totalCost, riskAdjusted, net, roc, List.copyOf(checks));
  }
}
