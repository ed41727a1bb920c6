package io.kam.platform.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.kam.platform.error.IllegalTransitionException;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;

/**
 * Runs approval chains: ordered steps, each for one role (and org scope); approve, reject, or return for
 * revision (the proposer resubmits and the chain starts again, revision count kept); parallel opinion
 * steps; every decision recorded with actor, role, org, comment and time.
 */
@ApplicationScoped
public class ApprovalService {

  @Inject
  Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public ApprovalChain start(String subjectType, UUID subjectId, List<StepDefinition> steps, Actor by) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("an approval chain needs at least one step");
    }
    ApprovalChain chain = new ApprovalChain();
    chain.id = UUID.randomUUID();
    chain.subjectType = subjectType;
    chain.subjectId = subjectId;
    chain.status = ApprovalChain.Status.PENDING;
    chain.currentStep = 0;
    chain.createdBy = by.id();
    chain.createdAt = clock.instant();
    int position = 0;
    for (StepDefinition def : steps) {
      ApprovalStep step = new ApprovalStep();
      step.id = UUID.randomUUID();
      step.chain = chain;
      step.position = position++;
      step.name = def.name();
      step.role = def.role();
      step.orgScope = def.orgScope();
      step.kind = def.kind();
      step.parties = String.join(",", def.parties());
      step.orAbove = def.acceptsHigherRoles();
      step.exactOrg = def.atOrgScopeOnly();
      step.status = step.position == 0 ? ApprovalStep.Status.ACTIVE : ApprovalStep.Status.WAITING;
      chain.steps.add(step);
    }
    chain.persist();
    return chain;
  }

  public ApprovalChain get(UUID chainId) {
    ApprovalChain chain = ApprovalChain.findById(chainId);
    if (chain == null) {
      throw ProblemException.notFound("approval chain", chainId);
    }
    return chain;
  }

  /** The chain as a read model, loaded in its own transaction so every decision is there. */
  @Transactional
  public ApprovalView view(UUID chainId) {
    return ApprovalView.of(get(chainId));
  }

  /**
   * Records {@code actor}'s decision on the current step. Refuses (403) an actor without the step's role
   * or outside its org scope, (409) a decision out of order or on a finished chain, and (400) a reject or
   * return without a reason.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ApprovalOutcome decide(UUID chainId, Actor actor, Decision decision, String comment) {
    ApprovalChain chain = ApprovalChain.findById(chainId, LockModeType.PESSIMISTIC_WRITE);
    if (chain == null) {
      throw ProblemException.notFound("approval chain", chainId);
    }
    if (chain.status != ApprovalChain.Status.PENDING) {
      List<String> allowed = chain.status == ApprovalChain.Status.RETURNED ? List.of("RESUBMIT") : List.of();
      throw new IllegalTransitionException("approval chain", chain.status, "decide", allowed);
    }
    ApprovalStep step = chain.current();
    if (!step.acceptsRole(actor)) {
      boolean laterStep = chain.steps.stream().anyMatch(s -> s.position > step.position && s.acceptsRole(actor));
      if (laterStep) {
        throw new IllegalTransitionException("approval chain", "awaiting " + step.name + " by " + step.role,
            "decide out of order", List.of(step.name))
            .with("currentStep", step.name).with("currentRole", step.role);
      }
      throw ProblemException.forbidden("step '" + step.name + "' is decided by role " + step.role
          + (step.orAbove ? " or above" : ""));
    }
    if (!step.acceptsOrg(actor)) {
      throw ProblemException.forbidden("step '" + step.name + "' is decided " + (step.exactOrg ? "at " : "within ")
          + step.orgScope);
    }
    if ((decision == Decision.REJECT || decision == Decision.RETURN) && (comment == null || comment.isBlank())) {
      throw ProblemException.invalid("comment", "a reason is required to " + decision.name().toLowerCase());
    }
    String party = null;
    if (step.kind == StepDefinition.Kind.PARALLEL) {
      party = actor.department();
      if (party == null || !step.partyList().contains(party)) {
        throw ProblemException.forbidden("step '" + step.name + "' collects opinions from " + step.partyList());
      }
      String p = party;
      boolean answered = chain.decisions.stream().anyMatch(d -> d.stepPosition == step.position
          && d.revision == chain.revisionCount && p.equals(d.party));
      if (answered) {
        throw ProblemException.conflict(party + " has already given its opinion on step '" + step.name + "'");
      }
      if (decision == Decision.RETURN) {
        throw ProblemException.invalid("decision", "an opinion step takes APPROVE (agree) or REJECT (disagree)");
      }
    }
    ApprovalDecision d = new ApprovalDecision();
    d.id = UUID.randomUUID();
    d.chain = chain;
    d.stepPosition = step.position;
    d.stepName = step.name;
    d.revision = chain.revisionCount;
    d.actor = actor.id();
    d.actorRole = step.role;
    d.actorOrg = actor.org();
    d.party = party;
    d.decision = decision;
    d.comment = comment;
    d.decidedAt = clock.instant();
    chain.decisions.add(d);

    boolean stepCompleted;
    if (step.kind == StepDefinition.Kind.PARALLEL) {
      List<String> answered = new ArrayList<>();
      for (ApprovalDecision x : chain.decisions) {
        if (x.stepPosition == step.position && x.revision == chain.revisionCount && x.party != null) {
          answered.add(x.party);
        }
      }
      stepCompleted = answered.containsAll(step.partyList());
      if (stepCompleted) {
        advance(chain, step);
      }
    } else {
      stepCompleted = true;
      switch (decision) {
        case APPROVE -> advance(chain, step);
        case REJECT -> finish(chain, step, ApprovalChain.Status.REJECTED);
        case RETURN -> {
          step.status = ApprovalStep.Status.DONE;
          chain.status = ApprovalChain.Status.RETURNED;
        }
        default -> throw new IllegalStateException();
      }
    }
    return new ApprovalOutcome(chain, d, stepCompleted);
  }

  /** After a return for revision: the chain starts again at the first step, one revision later. */
  @Transactional(Transactional.TxType.MANDATORY)
  public ApprovalChain resubmit(UUID chainId, Actor actor) {
    ApprovalChain chain = ApprovalChain.findById(chainId, LockModeType.PESSIMISTIC_WRITE);
    if (chain == null) {
      throw ProblemException.notFound("approval chain", chainId);
    }
    if (chain.status != ApprovalChain.Status.RETURNED) {
      throw new IllegalTransitionException("approval chain", chain.status, "resubmit",
          chain.status == ApprovalChain.Status.PENDING ? List.of("DECIDE") : List.of());
    }
    chain.revisionCount++;
    chain.currentStep = 0;
    chain.status = ApprovalChain.Status.PENDING;
    for (ApprovalStep s : chain.steps) {
      s.status = s.position == 0 ? ApprovalStep.Status.ACTIVE : ApprovalStep.Status.WAITING;
    }
    return chain;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void cancel(UUID chainId) {
    ApprovalChain chain = get(chainId);
    if (chain.status == ApprovalChain.Status.PENDING || chain.status == ApprovalChain.Status.RETURNED) {
      chain.status = ApprovalChain.Status.CANCELLED;
      chain.completedAt = clock.instant();
    }
  }

  private void advance(ApprovalChain chain, ApprovalStep step) {
    step.status = ApprovalStep.Status.DONE;
    if (step.position + 1 >= chain.steps.size()) {
      finish(chain, step, ApprovalChain.Status.APPROVED);
    } else {
      chain.currentStep = step.position + 1;
      chain.steps.get(chain.currentStep).status = ApprovalStep.Status.ACTIVE;
    }
  }

  private void finish(ApprovalChain chain, ApprovalStep step, ApprovalChain.Status status) {
    step.status = ApprovalStep.Status.DONE;
    chain.status = status;
    chain.completedAt = clock.instant();
  }
}
