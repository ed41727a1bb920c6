package io.kam.screening.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.screening.domain.Customer;

/** A customer as the API returns it (also the account part of the gateway's 360° view). */
@Schema(name = "Customer")
public record CustomerView(
    UUID id, String name, String creditCode, String industry,
    @Schema(example = "HQ/EAST/SH") String orgUnit,
    String contactName, String contactPhone, String contactEmail, BigDecimal annualSales, int purchaseFrequency,
    @Schema(enumeration = {"ORDINARY", "POTENTIAL", "UNDER_CONFIRMATION", "RETURNED", "KEY_ACCOUNT"}) String status,
    boolean keyAccount,
    @Schema(description = "the dedicated rep of a key account") String repId,
    ClassificationView classification,
    @Schema(description = "screening rules the customer matched") List<String> matchedRules,
    Instant identifiedAt, Integer identifiedPolicyVersion, Instant confirmedAt, Instant demotedAt,
    String demotionReason, String createdBy, Instant createdAt, Instant updatedAt,
    @Schema(description = "send as If-Match to update") long version) {

  @Schema(name = "ClassificationView")
  public record ClassificationView(String productCategory, String customerNature, String serviceContent,
      int policyVersion) {
  }

  public static CustomerView of(Customer c) {
    return new CustomerView(c.id, c.name, c.creditCode, c.industry, c.orgUnit, c.contactName, c.contactPhone,
        c.contactEmail, c.annualSales, c.purchaseFrequency, c.status.name(), c.keyAccount(), c.repId,
        new ClassificationView(c.productCategory, c.customerNature, c.serviceContent, c.classificationPolicyVersion),
        c.matchedRuleList(), c.identifiedAt, c.identifiedPolicyVersion, c.confirmedAt, c.demotedAt,
        c.demotionReason, c.createdBy, c.createdAt, c.updatedAt, c.version);
  }
}
