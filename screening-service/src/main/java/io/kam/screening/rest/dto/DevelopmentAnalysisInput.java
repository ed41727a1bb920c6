package io.kam.screening.rest.dto;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The development analysis of plan 1 §2 (大用户分析): every profile and the cost/revenue estimate. */
@Schema(name = "DevelopmentAnalysisInput")
public record DevelopmentAnalysisInput(
    @NotNull @Valid Financial financial,
    @NotNull @Valid Sales sales,
    @NotNull @Valid DecisionMaker decisionMaker,
    @NotNull @Valid PurchaseFactors purchaseFactors,
    @NotNull @Valid Transactions transactions,
    @NotNull @Valid Estimate estimate) {

  /** 用户经营信息: 流动资产率, 净利润率, 资产回报率, 回款周期, 存货周期. */
  @Schema(name = "FinancialProfile")
  public record Financial(
      @NotNull @PositiveOrZero @Schema(example = "1.6") BigDecimal currentRatio,
      @NotNull @Schema(description = "net profit margin as a fraction", example = "0.08") BigDecimal netProfitMargin,
      @NotNull @Schema(description = "return on assets as a fraction", example = "0.05") BigDecimal returnOnAssets,
      @NotNull @PositiveOrZero @Schema(example = "45") BigDecimal collectionPeriodDays,
      @NotNull @PositiveOrZero @Schema(example = "30") BigDecimal inventoryTurnoverDays) {
  }

  /** 用户销售信息: the customer's buyers and its logistics. */
  @Schema(name = "SalesProfile")
  public record Sales(@Size(max = 2000) @Schema(example = "office workers 25-45, sold through 20 stores") String buyers,
      @Size(max = 2000) @Schema(example = "own warehouse, cold chain by contractor") String logistics) {
  }

  /** 用户高层决议者信息. */
  @Schema(name = "DecisionMakerProfile")
  public record DecisionMaker(@Size(max = 100) String name, @Size(max = 200) String position,
      @Size(max = 1000) String personality, @Size(max = 1000) String pressures, @Size(max = 1000) String interests,
      @Size(max = 1000) String family) {
  }

  /** 影响经销商大用户采购原因: purchase cost, technical content, policy. */
  @Schema(name = "PurchaseFactors")
  public record PurchaseFactors(@Size(max = 2000) String cost, @Size(max = 2000) String technicalContent,
      @Size(max = 2000) String policy) {
  }

  /** 交易统计: volume per purchase, awareness and satisfaction of our products (1..5). */
  @Schema(name = "TransactionStatistics")
  public record Transactions(@NotNull @PositiveOrZero @Schema(example = "1200") BigDecimal volumePerPurchase,
      @NotNull @Min(1) @Max(5) @Schema(example = "3") Integer awareness,
      @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer satisfaction) {
  }

  /** 费用、销售估计: expected sales and profit, the costs of development and the risk coefficient. */
  @Schema(name = "CostRevenueEstimate")
  public record Estimate(
      @NotNull @PositiveOrZero @Schema(example = "6000000") BigDecimal expectedSales,
      @NotNull @Schema(example = "900000") BigDecimal expectedProfit,
      @NotNull @PositiveOrZero @Schema(example = "40000") BigDecimal inventoryInterest,
      @NotNull @PositiveOrZero @Schema(example = "150000") BigDecimal staffCost,
      @NotNull @PositiveOrZero @Schema(example = "30000") BigDecimal travelCost,
      @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(example = "0.2") BigDecimal riskCoefficient,
      @NotNull @PositiveOrZero @Schema(example = "60000") BigDecimal managementCost) {
  }
}
