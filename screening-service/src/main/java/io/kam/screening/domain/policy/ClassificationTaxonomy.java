package io.kam.screening.domain.policy;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * The company's customer taxonomy (用户分类: 产品类别, 用户性质, 服务内容), plan 1 §2.1: configurable lists a customer
 * is classified by.
 */
public record ClassificationTaxonomy(
    @NotEmpty @Valid List<Entry> productCategories,
    @NotEmpty @Valid List<Entry> customerNatures,
    @NotEmpty @Valid List<Entry> serviceContents) {

  /** One value of a list: a stable code and its label. */
  public record Entry(@NotBlank String code, @NotBlank String label) {
  }

  public boolean hasProductCategory(String code) {
    return contains(productCategories, code);
  }

  public boolean hasCustomerNature(String code) {
    return contains(customerNatures, code);
  }

  public boolean hasServiceContent(String code) {
    return contains(serviceContents, code);
  }

  private static boolean contains(List<Entry> entries, String code) {
    return code != null && entries.stream().anyMatch(e -> e.code().equals(code));
  }
}
