package io.kam.credit.rest.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.CreditChangeRequest;
import io.kam.platform.deadline.Deadline;

/** One tracked stage deadline of a change request. */
@Schema(name = "ChangeDeadline")
public record DeadlineView(
    @Schema(enumeration = {"FILING", "REGION_VERIFICATION", "HQ_SIGNATURE", "WHOLE_CHANGE"}) String stage,
    @Schema(enumeration = {"ACTIVE", "MET", "BREACHED", "CANCELLED"}) String status,
    Instant dueAt, Instant originalDueAt, Instant maxDueAt, int extensions, String lastExtensionBy,
    String lastExtensionReason, Instant breachedAt, Instant completedAt) {

  public static DeadlineView of(Deadline d) {
    return new DeadlineView(CreditChangeRequest.Stage.ofDeadline(d.name).name(), d.status.name(), d.dueAt,
        d.originalDueAt, d.maxDueAt, d.extensions, d.lastExtensionBy, d.lastExtensionReason, d.breachedAt,
        d.completedAt);
  }
}
