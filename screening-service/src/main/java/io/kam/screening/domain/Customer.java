package io.kam.screening.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.kam.platform.error.IllegalTransitionException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A customer record (用户信息), classified by the company's taxonomy, and its key-account status (大用户). */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(nullable = false)
  public String name;

  /** Unified social credit code or another unique id of the customer. */
  @Column(name = "credit_code", nullable = false)
  public String creditCode;

  public String industry;

  @Column(name = "org_unit", nullable = false)
  public String orgUnit;

  @Column(name = "contact_name")
  public String contactName;

  @Column(name = "contact_phone")
  public String contactPhone;

  @Column(name = "contact_email")
  public String contactEmail;

  @Column(name = "annual_sales", nullable = false)
  public BigDecimal annualSales;

  @Column(name = "purchase_frequency", nullable = false)
  public int purchaseFrequency;

  @Column(name = "product_category", nullable = false)
  public String productCategory;

  @Column(name = "customer_nature", nullable = false)
  public String customerNature;

  @Column(name = "service_content", nullable = false)
  public String serviceContent;

  @Column(name = "classification_policy_version", nullable = false)
  public int classificationPolicyVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CustomerStatus status;

  /** Comma-separated ids of the screening rules that matched. */
  @Column(name = "matched_rules")
  public String matchedRules;

  @Column(name = "identified_at")
  public Instant identifiedAt;

  @Column(name = "identified_policy_version")
  public Integer identifiedPolicyVersion;

  /** The dedicated rep (大用户专员) of a key account. */
  @Column(name = "rep_id")
  public String repId;

  @Column(name = "confirmation_chain_id")
  public UUID confirmationChainId;

  @Column(name = "proposed_rep_id")
  public String proposedRepId;

  @Column(name = "proposal_justification")
  public String proposalJustification;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "confirmed_policy_version")
  public Integer confirmedPolicyVersion;

  @Column(name = "demoted_at")
  public Instant demotedAt;

  @Column(name = "demotion_reason")
  public String demotionReason;

  @Column(name = "demotion_cause_event_id")
  public String demotionCauseEventId;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public long version;

  public boolean keyAccount() {
    return status == CustomerStatus.KEY_ACCOUNT;
  }

  public List<String> matchedRuleList() {
    return matchedRules == null || matchedRules.isBlank() ? List.of() : Arrays.asList(matchedRules.split(","));
  }

  /** A screening run found the customer matching {@code rules}; false when nothing changed. */
  public boolean identify(List<String> rules, int policyVersion, Instant at) {
    String joined = String.join(",", rules);
    if (status == CustomerStatus.POTENTIAL && joined.equals(matchedRules)) {
      return false;
    }
    if (status != CustomerStatus.ORDINARY && status != CustomerStatus.POTENTIAL) {
      throw illegal("IDENTIFY");
    }
    status = CustomerStatus.POTENTIAL;
    matchedRules = joined;
    identifiedAt = at;
    identifiedPolicyVersion = policyVersion;
    return true;
  }

  /** A later run under changed criteria no longer matches a potential key account. */
  public void clearIdentification(Instant at) {
    require(CustomerStatus.POTENTIAL, "CLEAR");
    status = CustomerStatus.ORDINARY;
    matchedRules = null;
    identifiedAt = null;
    identifiedPolicyVersion = null;
    updatedAt = at;
  }

  public void propose(UUID chainId, String repId, String justification, Instant at) {
    require(CustomerStatus.POTENTIAL, "PROPOSE");
    status = CustomerStatus.UNDER_CONFIRMATION;
    confirmationChainId = chainId;
    proposedRepId = repId;
    proposalJustification = justification;
    updatedAt = at;
  }

  public void returnForRevision(Instant at) {
    require(CustomerStatus.UNDER_CONFIRMATION, "RETURN");
    status = CustomerStatus.RETURNED;
    updatedAt = at;
  }

  public void resubmit(String repId, String justification, Instant at) {
    require(CustomerStatus.RETURNED, "RESUBMIT");
    status = CustomerStatus.UNDER_CONFIRMATION;
    if (repId != null) {
      proposedRepId = repId;
    }
    if (justification != null) {
      proposalJustification = justification;
    }
    updatedAt = at;
  }

  public void reject(Instant at) {
    require(CustomerStatus.UNDER_CONFIRMATION, "REJECT");
    status = CustomerStatus.POTENTIAL;
    updatedAt = at;
  }

  /** Approval (审批) made the customer a key account with its dedicated rep. */
  public void confirm(int policyVersion, Instant at) {
    require(CustomerStatus.UNDER_CONFIRMATION, "APPROVE");
    status = CustomerStatus.KEY_ACCOUNT;
    repId = proposedRepId;
    confirmedAt = at;
    confirmedPolicyVersion = policyVersion;
    demotedAt = null;
    demotionReason = null;
    demotionCauseEventId = null;
    updatedAt = at;
  }

  /** Returns the previous rep. */
  public String assignRep(String newRep, Instant at) {
    require(CustomerStatus.KEY_ACCOUNT, "ASSIGN_REP");
    String previous = repId;
    repId = newRep;
    updatedAt = at;
    return previous;
  }

  /** The key account becomes an ordinary customer again (credit: fulfilment rate below the threshold). */
  public void demote(String reason, String causeEventId, Instant at) {
    require(CustomerStatus.KEY_ACCOUNT, "DEMOTE");
    status = CustomerStatus.ORDINARY;
    repId = null;
    matchedRules = null;
    demotedAt = at;
    demotionReason = reason;
    demotionCauseEventId = causeEventId;
    updatedAt = at;
  }

  private void require(CustomerStatus expected, String action) {
    if (status != expected) {
      throw illegal(action);
    }
  }

  private IllegalTransitionException illegal(String action) {
    return new IllegalTransitionException("customer", status, action.toLowerCase().replace('_', ' '),
        status.allowedActions());
  }
}
