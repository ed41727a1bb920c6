package io.kam.platform.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Read model of a chain for REST responses. */
@Schema(name = "ApprovalChain", description = "An approval chain: its steps, where it stands and every decision")
public record ApprovalView(UUID id, String status, Integer currentStep, String currentStepName, String currentRole,
    int revisionCount, List<Step> steps, List<DecisionView> decisions) {

  @Schema(name = "ApprovalStep")
  public record Step(int position, String name, String role, boolean orAbove, String orgScope, boolean exactOrg,
      String kind, List<String> parties, String status) {
  }

  @Schema(name = "ApprovalDecision")
  public record DecisionView(int step, String stepName, int revision, String actor, String role, String org,
      String party, String decision, String comment, Instant decidedAt) {
  }

  public static ApprovalView of(ApprovalChain c) {
    ApprovalStep current = c.current();
    return new ApprovalView(c.id, c.status.name(), current == null ? null : current.position,
        current == null ? null : current.name, current == null ? null : current.role, c.revisionCount,
        c.steps.stream().map(s -> new Step(s.position, s.name, s.role, s.orAbove, s.orgScope, s.exactOrg,
            s.kind.name(), s.partyList(), s.status.name())).toList(),
        c.decisions.stream().map(d -> new DecisionView(d.stepPosition, d.stepName, d.revision, d.actor, d.actorRole,
            d.actorOrg, d.party, d.decision.name(), d.comment, d.decidedAt)).toList());
  }
}
