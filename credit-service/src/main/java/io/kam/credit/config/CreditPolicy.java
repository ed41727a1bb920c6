package io.kam.credit.config;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import io.kam.credit.domain.CreditTier;

/**
 * The credit plan (大用户信用管理方案) as versioned policy content: tier amounts, the fulfilment rule, the
 * scoring sheet, score bands and the deadlines of a level change.
 */
public record CreditPolicy(
    @NotNull @Valid TierThresholds tierThresholds,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal fulfilmentThreshold,
    @NotNull @Min(1) @Max(60) Integer volumeWindowMonths,
    @NotEmpty List<@Valid ScoringCategory> scoringSheet,
    @NotEmpty List<@Valid ScoreBand> scoreBands,
    @NotNull @Valid ChangeDeadlines changeDeadlines) {

  /** Minimum transaction volume (CNY, over the window) of each tier; below {@code redMin} is black. */
  public record TierThresholds(
      @NotNull @DecimalMin("0") BigDecimal greenMin,
      @NotNull @DecimalMin("0") BigDecimal yellowMin,
      @NotNull @DecimalMin("0") BigDecimal redMin) {
  }

  /** One of the four evaluation categories (信用评定类别) with its weight in percent and its criteria. */
  public record ScoringCategory(
      @NotBlank String code,
      @NotBlank String name,
      @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal weight,
      @NotEmpty List<@Valid Criterion> criteria) {
  }

  /** One line of the scoring sheet (信用等级评分表). */
  public record Criterion(
      @NotBlank String code,
      @NotBlank String name,
      @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal maxPoints) {
  }

  /** A score of at least {@code minScore} gives {@code level} and {@code creditLimit} (CNY). */
  public record ScoreBand(
      @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minScore,
      @NotNull CreditTier level,
      @NotNull @DecimalMin("0") BigDecimal creditLimit) {
  }

  /** 五、大用户信用调整: days for each stage, the HQ cap with the marketing director's approval. */
  public record ChangeDeadlines(
      @NotNull @Min(1) Integer fileWithinDays,
      @NotNull @Min(1) Integer regionVerifyDays,
      @NotNull @Min(1) Integer hqSignDays,
      @NotNull @Min(1) Integer hqSignMaxDays,
      @NotNull @Min(1) Integer wholeChangeDays,
      @NotBlank String extensionRole) {
  }
}
