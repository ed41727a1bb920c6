package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.CreditChangeRequest;
import io.kam.platform.approval.ApprovalChain;
import io.kam.platform.approval.ApprovalView;
import io.kam.platform.deadline.Deadline;

/** A level change request with its approval chain and every stage deadline. */
@Schema(name = "CreditChangeRequest")
public record ChangeRequestView(UUID id, String accountId, String orgUnit,
    @Schema(enumeration = {"DRAFT", "FILED", "VERIFIED", "APPROVED", "APPLIED", "RETURNED", "REJECTED"}) String status,
    @Schema(description = "what may be done next") List<String> allowedActions,
    String currentTier, String requestedTier, BigDecimal requestedCreditLimit, String reason, String trigger,
    Instant triggeredAt, UUID evaluationId, int policyVersion, String createdBy, Instant createdAt, String filedBy,
    Instant filedAt, String appliedBy, Instant appliedAt, ApprovalView approval, List<DeadlineView> deadlines,
    long version) {

  public static ChangeRequestView of(CreditChangeRequest r, ApprovalChain chain, List<Deadline> deadlines) {
    return new ChangeRequestView(r.id, r.accountId, r.orgUnit, r.status.name(), r.allowedActions(),
        r.currentTier == null ? null : r.currentTier.name(), r.requestedTier.name(), r.requestedCreditLimit, r.reason,
        r.trigger.name(), r.triggeredAt, r.evaluationId, r.policyVersion, r.createdBy, r.createdAt, r.filedBy,
        r.filedAt, r.appliedBy, r.appliedAt, chain == null ? null : ApprovalView.of(chain),
        deadlines.stream().map(DeadlineView::of).toList(), r.version);
  }
}
