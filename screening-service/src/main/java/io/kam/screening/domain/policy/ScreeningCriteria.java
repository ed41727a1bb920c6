package io.kam.screening.domain.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The key-account criteria (大用户划分标准, e.g. sales volume): rules over a customer's facts, combined with ALL or
 * ANY. A customer qualifies when the combination holds; the result names every rule that matched.
 */
public record ScreeningCriteria(@NotNull Combine combine, @NotEmpty @Valid List<Rule> rules) {

  public enum Combine { ALL, ANY }

  public enum Field { ANNUAL_SALES, PURCHASE_FREQUENCY, INDUSTRY, CUSTOMER_NATURE, PRODUCT_CATEGORY }

  public enum Operator { GTE, LTE, IN }

  /** One rule: numeric fields compare with {@code threshold}, text fields test membership in {@code values}. */
  public record Rule(@NotBlank String id, @NotNull Field field, @NotNull Operator operator, BigDecimal threshold,
      List<String> values, String description) {

    public boolean matches(CustomerFacts facts) {
      return switch (field) {
        case ANNUAL_SALES -> compare(facts.annualSales());
        case PURCHASE_FREQUENCY -> compare(BigDecimal.valueOf(facts.purchaseFrequency()));
        case INDUSTRY -> in(facts.industry());
        case CUSTOMER_NATURE -> in(facts.customerNature());
        case PRODUCT_CATEGORY -> in(facts.productCategory());
      };
    }

    private boolean compare(BigDecimal value) {
      if (value == null || threshold == null) {
        return false;
      }
      return switch (operator) {
        case GTE -> value.compareTo(threshold) >= 0;
        case LTE -> value.compareTo(threshold) <= 0;
        case IN -> false;
      };
    }

    private boolean in(String value) {
      return operator == Operator.IN && value != null && values != null && values.contains(value);
    }

    /** Why the rule cannot be applied, or null when it is well formed. */
    public String problem() {
      boolean numeric = field == Field.ANNUAL_SALES || field == Field.PURCHASE_FREQUENCY;
      if (numeric && (operator == Operator.IN || threshold == null)) {
        return "a numeric field takes GTE or LTE with a threshold";
      }
      if (!numeric && (operator != Operator.IN || values == null || values.isEmpty())) {
        return "a text field takes IN with a list of values";
      }
      return null;
    }
  }

  /** The facts of a customer the criteria look at. */
  public record CustomerFacts(BigDecimal annualSales, int purchaseFrequency, String industry, String customerNature,
      String productCategory) {
  }

  /** The ids of the matched rules when the customer qualifies, else an empty list. */
  public List<String> evaluate(CustomerFacts facts) {
    List<String> matched = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.matches(facts)) {
        matched.add(rule.id());
      }
    }
    boolean qualifies = combine == Combine.ALL ? matched.size() == rules.size() : !matched.isEmpty();
    return qualifies ? List.copyOf(matched) : List.of();
  }
}
