package io.kam.platform.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kam.platform.error.IllegalTransitionException;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApprovalServiceTest {

  static final Actor REP = new Actor("rep.sh", Set.of("rep"), "HQ/EAST/SH", null);
  static final Actor SUPERVISOR = new Actor("supervisor.sh", Set.of("supervisor"), "HQ/EAST/SH", null);
  static final Actor OTHER_SUPERVISOR = new Actor("supervisor.north", Set.of("supervisor"), "HQ/NORTH", null);
  static final Actor MANAGER = new Actor("manager.sh", Set.of("manager"), "HQ/EAST/SH", null);
  static final Actor ARCHIVIST = new Actor("archivist", Set.of("archivist"), "HQ", null);

  @Inject
  ApprovalService approvals;

  private UUID twoStepChain() {
    return QuarkusTransaction.requiringNew().call(() -> approvals.start("test-subject", UUID.randomUUID(), List.of(
        StepDefinition.single("supervisor-review", "supervisor", "HQ/EAST/SH"),
        StepDefinition.single("manager-approval", "manager", "HQ/EAST/SH")), REP).id);
  }

  private ApprovalOutcome decide(UUID chain, Actor actor, Decision d, String comment) {
    return QuarkusTransaction.requiringNew().call(() -> approvals.decide(chain, actor, d, comment));
  }

  @Test
  void stepsAreDecidedInOrderByTheirRoleAndTheChainEnds() {
    UUID chain = twoStepChain();
    ApprovalOutcome first = decide(chain, SUPERVISOR, Decision.APPROVE, "figures checked");
    assertTrue(first.stepCompleted());
    assertEquals(ApprovalChain.Status.PENDING, first.chain().status);
    assertEquals(1, first.chain().currentStep);
    ApprovalOutcome second = decide(chain, MANAGER, Decision.APPROVE, null);
    assertTrue(second.approved());
    ApprovalView view = QuarkusTransaction.requiringNew().call(() -> ApprovalView.of(approvals.get(chain)));
    assertEquals("APPROVED", view.status());
    assertEquals(List.of("supervisor.sh", "manager.sh"), view.decisions().stream().map(ApprovalView.DecisionView::actor).toList());
    assertEquals("figures checked", view.decisions().get(0).comment());
    assertTrue(view.decisions().stream().allMatch(d -> d.decidedAt() != null && d.role() != null));

    IllegalTransitionException after = assertThrows(IllegalTransitionException.class,
        () -> decide(chain, MANAGER, Decision.APPROVE, null));
    assertEquals(409, after.status());
  }

  @Test
  void theWrongRoleTheWrongOrgAndTheWrongOrderAreRefused() {
    UUID chain = twoStepChain();
    ProblemException wrongRole = assertThrows(ProblemException.class, () -> decide(chain, ARCHIVIST, Decision.APPROVE, null));
    assertEquals(403, wrongRole.status());
    ProblemException wrongOrg = assertThrows(ProblemException.class,
        () -> decide(chain, OTHER_SUPERVISOR, Decision.APPROVE, null));
    assertEquals(403, wrongOrg.status());
    IllegalTransitionException outOfOrder = assertThrows(IllegalTransitionException.class,
        () -> decide(chain, MANAGER, Decision.APPROVE, null));
    assertEquals(409, outOfOrder.status());
    ProblemException noReason = assertThrows(ProblemException.class, () -> decide(chain, SUPERVISOR, Decision.REJECT, " "));
    assertEquals(400, noReason.status());
    ApprovalView unchanged = QuarkusTransaction.requiringNew().call(() -> ApprovalView.of(approvals.get(chain)));
    assertEquals(0, unchanged.currentStep());
    assertEquals(0, unchanged.decisions().size(), "refused decisions leave no trace in the chain");
  }

  @Test
  void returnForRevisionCountsRevisionsAndRestartsTheChain() {
    UUID chain = twoStepChain();
    decide(chain, SUPERVISOR, Decision.APPROVE, "ok");
    ApprovalOutcome returned = decide(chain, MANAGER, Decision.RETURN, "add the competitor analysis");
    assertTrue(returned.returned());
    assertThrows(IllegalTransitionException.class, () -> decide(chain, SUPERVISOR, Decision.APPROVE, null));
    ApprovalChain again = QuarkusTransaction.requiringNew().call(() -> approvals.resubmit(chain, REP));
    assertEquals(1, again.revisionCount);
    assertEquals(0, again.currentStep);
    decide(chain, SUPERVISOR, Decision.APPROVE, null);
    ApprovalOutcome rejected = decide(chain, MANAGER, Decision.REJECT, "risk level too high");
    assertTrue(rejected.rejected());
    assertEquals(1, rejected.decision().revision);
    assertThrows(IllegalTransitionException.class,
        () -> QuarkusTransaction.requiringNew().call(() -> approvals.resubmit(chain, REP)));
  }

  @Test
  void aParallelOpinionStepWaitsForEveryDepartmentThenGoesOn() {
    UUID chain = QuarkusTransaction.requiringNew().call(() -> approvals.start("test-subject", UUID.randomUUID(), List.of(
        StepDefinition.parallel("department-opinions", "department", List.of("aftersales", "quality")),
        StepDefinition.single("director-review", "director", null)), REP).id);
    Actor aftersales = new Actor("dept.aftersales", Set.of("department"), "HQ", "aftersales");
    Actor quality = new Actor("dept.quality", Set.of("department"), "HQ", "quality");
    Actor finance = new Actor("dept.finance", Set.of("department"), "HQ", "finance");
    Actor director = new Actor("director", Set.of("director"), "HQ", null);

    ApprovalOutcome one = decide(chain, aftersales, Decision.APPROVE, "can support it");
    assertEquals(false, one.stepCompleted());
    assertEquals(409, assertThrows(ProblemException.class,
        () -> decide(chain, aftersales, Decision.APPROVE, "again")).status(), "one opinion per department");
    assertEquals(403, assertThrows(ProblemException.class,
        () -> decide(chain, finance, Decision.APPROVE, "not asked")).status());
    assertEquals(409, assertThrows(ProblemException.class,
        () -> decide(chain, director, Decision.APPROVE, null)).status(), "the director waits for the opinions");
    ApprovalOutcome two = decide(chain, quality, Decision.REJECT, "needs a quality plan first");
    assertTrue(two.stepCompleted(), "an opinion against does not stop the chain");
    assertEquals(1, two.chain().currentStep);
    assertTrue(decide(chain, director, Decision.APPROVE, "consolidated").approved());
  }

  @Test
  void aStepCanAcceptHigherRolesAndInsistOnItsOwnOrgUnit() {
    UUID chain = QuarkusTransaction.requiringNew().call(() -> approvals.start("test-subject", UUID.randomUUID(), List.of(
        StepDefinition.single("region-verification", "supervisor", "HQ/EAST").orAbove().exactOrg(),
        StepDefinition.single("hq-signature", "manager", "HQ").exactOrg()), REP).id);
    Actor areaSupervisor = new Actor("supervisor.sh", Set.of("supervisor"), "HQ/EAST/SH", null);
    Actor hqSupervisor = new Actor("supervisor.hq", Set.of("supervisor"), "HQ", null);
    Actor regionManager = new Actor("manager.east", Set.of("manager"), "HQ/EAST", null);
    Actor hqDirector = new Actor("director", Set.of("director"), "HQ", null);
    Actor hqManager = new Actor("manager.hq", Set.of("manager"), "HQ", null);

    assertEquals(403, assertThrows(ProblemException.class,
        () -> decide(chain, areaSupervisor, Decision.APPROVE, null)).status(), "below the region");
    assertEquals(403, assertThrows(ProblemException.class,
        () -> decide(chain, hqSupervisor, Decision.APPROVE, null)).status(), "above the region: not its own unit");
    assertEquals(1, decide(chain, regionManager, Decision.APPROVE, "verified").chain().currentStep,
        "a manager of the region is above supervisor");
    assertEquals(403, assertThrows(ProblemException.class,
        () -> decide(chain, hqDirector, Decision.APPROVE, null)).status(), "the HQ step takes managers only");
    assertTrue(decide(chain, hqManager, Decision.APPROVE, "signed").approved());
    ApprovalView view = QuarkusTransaction.requiringNew().call(() -> approvals.view(chain));
    assertTrue(view.steps().get(0).orAbove() && view.steps().get(0).exactOrg());
  }
}
