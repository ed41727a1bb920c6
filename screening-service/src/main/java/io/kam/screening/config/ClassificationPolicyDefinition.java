package io.kam.screening.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.kam.platform.error.Problem;
import io.kam.platform.policy.PolicyDefinition;
import io.kam.screening.domain.policy.ClassificationTaxonomy;
import io.kam.screening.domain.policy.ClassificationTaxonomy.Entry;

/** The customer taxonomy (产品类别, 用户性质, 服务内容) of plan 1 §2.1 as a controlled, versioned policy. */
@ApplicationScoped
public class ClassificationPolicyDefinition implements PolicyDefinition<ClassificationTaxonomy> {

  public static final String KEY = "customer-classification";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String title() {
    return "Customer classification (用户分类)";
  }

  @Override
  public String documentNumber() {
    return "KAM-PLAN-01-A";
  }

  @Override
  public Class<ClassificationTaxonomy> contentType() {
    return ClassificationTaxonomy.class;
  }

  @Override
  public ClassificationTaxonomy defaults() {
    return new ClassificationTaxonomy(
        List.of(new Entry("STANDARD", "标准产品 Standard products"),
            new Entry("CUSTOMISED", "定制产品 Customised products"),
            new Entry("HEALTH", "养生产品 Health products")),
        List.of(new Entry("ENTERPRISE", "企业 Enterprise"),
            new Entry("INSTITUTION", "事业单位 Public institution"),
            new Entry("DISTRIBUTOR", "经销商 Distributor"),
            new Entry("GOVERNMENT", "政府机关 Government body")),
        List.of(new Entry("SUPPLY", "常规供货 Regular supply"),
            new Entry("CUSTOM_SUPPLY", "定制供货 Customised supply"),
            new Entry("GIFT_PROCUREMENT", "节日礼品采购 Holiday gift procurement"),
            new Entry("CONSULTING", "专业咨询 Professional consulting")));
  }

  @Override
  public List<Problem.FieldError> validate(ClassificationTaxonomy content) {
    List<Problem.FieldError> errors = new ArrayList<>();
    unique("content.productCategories", content.productCategories(), errors);
    unique("content.customerNatures", content.customerNatures(), errors);
    unique("content.serviceContents", content.serviceContents(), errors);
    return errors;
  }

  private static void unique(String field, List<Entry> entries, List<Problem.FieldError> errors) {
    Set<String> seen = new HashSet<>();
    for (Entry e : entries) {
      if (!seen.add(e.code())) {
        errors.add(new Problem.FieldError(field, "code " + e.code() + " appears twice"));
      }
    }
  }
}
