package io.kam.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.kam.platform.error.IllegalTransitionException;

class CustomerTest {

  static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");

  static Customer ordinary() {
    Customer c = new Customer();
    c.id = UUID.randomUUID();
    c.status = CustomerStatus.ORDINARY;
    return c;
  }

  @Test
  void identifyingTwiceWithTheSameRulesChangesNothing() {
    Customer c = ordinary();
    assertTrue(c.identify(List.of("a"), 1, NOW));
    assertFalse(c.identify(List.of("a"), 1, NOW));
    assertTrue(c.identify(List.of("a", "b"), 2, NOW));
    assertEquals(List.of("a", "b"), c.matchedRuleList());
  }

  @Test
  void theConfirmationPathEndsInAKeyAccountWithTheProposedRep() {
    Customer c = ordinary();
    c.identify(List.of("a"), 1, NOW);
    c.propose(UUID.randomUUID(), "rep.sh", "why", NOW);
    c.returnForRevision(NOW);
    c.resubmit(null, "better", NOW);
    c.confirm(3, NOW);
    assertTrue(c.keyAccount());
    assertEquals("rep.sh", c.repId);
    assertEquals("rep.sh", c.assignRep("rep.hz", NOW));
    c.demote("FULFILMENT_BELOW_THRESHOLD", "evt-1", NOW);
    assertEquals(CustomerStatus.ORDINARY, c.status);
    assertNull(c.repId);
  }

  @Test
  void illegalTransitionsNameTheAllowedOnes() {
    Customer c = ordinary();
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> c.propose(UUID.randomUUID(), "r", "j", NOW));
    assertEquals(409, e.status());
    assertEquals(List.of("IDENTIFY"), e.toProblem("/x").extensions().get("allowedTransitions"));
    assertThrows(IllegalTransitionException.class, () -> c.demote("x", "y", NOW));
    assertThrows(IllegalTransitionException.class, () -> c.assignRep("r", NOW));
  }
}
