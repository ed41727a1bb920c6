package io.kam.credit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kam.credit.config.CreditPolicy;
import io.kam.credit.config.CreditPolicyDefinition;

class CreditRulesTest {

  static final CreditPolicy POLICY = new CreditPolicyDefinition().defaults();

  @ParameterizedTest(name = "{0} CNY → {1}")
  @CsvSource({
      "0, BLACK",
      "999999.99, BLACK",
      "1000000.00, RED",
      "1000000.01, RED",
      "4999999.99, RED",
      "5000000.00, YELLOW",
      "9999999.99, YELLOW",
      "10000000.00, GREEN",
      "250000000, GREEN"})
  void tierByAmountWithEachThresholdBelongingToTheHigherTier(String volume, CreditTier expected) {
    assertEquals(expected, CreditRules.tierForVolume(new BigDecimal(volume), POLICY.tierThresholds()));
  }

  @Test
  void fulfilmentJustBelowSeventyFivePercentIsBelowTheThreshold() {
    BigDecimal threshold = POLICY.fulfilmentThreshold();
    assertTrue(CreditRules.fulfilmentBelowThreshold(new BigDecimal("10000"), new BigDecimal("7499"), threshold));
    assertFalse(CreditRules.fulfilmentBelowThreshold(new BigDecimal("10000"), new BigDecimal("7500"), threshold));
    assertFalse(CreditRules.fulfilmentBelowThreshold(new BigDecimal("10000"), new BigDecimal("10000"), threshold));
    // a rate that would round to 75.00 % is still below
    assertTrue(CreditRules.fulfilmentBelowThreshold(new BigDecimal("1000000"), new BigDecimal("749999.99"), threshold));
  }

  @Test
  void withoutObligationsDueThereIsNoRateAndNoDowngrade() {
    assertFalse(CreditRules.fulfilmentBelowThreshold(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.75")));
    assertNull(CreditRules.fulfilmentRate(BigDecimal.ZERO, BigDecimal.ZERO));
    assertEquals(new BigDecimal("0.749900"), CreditRules.fulfilmentRate(new BigDecimal("10000"), new BigDecimal("7499")));
  }

  @Test
  void belowSeventyFivePercentAGreenAccountBecomesOrdinaryAtOnce() {
    CreditProfile p = profile();
    CreditProfile.TierDecision first = p.reassess(new BigDecimal("12000000"), new BigDecimal("100"),
        new BigDecimal("95"), POLICY, 1, Instant.now());
    assertEquals(new CreditProfile.TierDecision(null, CreditTier.GREEN, TierChangeReason.VOLUME), first);
    CreditProfile.TierDecision down = p.reassess(new BigDecimal("12000000"), new BigDecimal("10000"),
        new BigDecimal("7499"), POLICY, 1, Instant.now());
    assertEquals(new CreditProfile.TierDecision(CreditTier.GREEN, CreditTier.ORDINARY,
        TierChangeReason.FULFILMENT_BELOW_THRESHOLD), down);
    assertEquals(CreditProfile.Status.DEMOTED, p.status);
    assertNull(p.reassess(new BigDecimal("12000000"), new BigDecimal("10000"), new BigDecimal("7000"), POLICY, 1,
        Instant.now()), "a demoted account is not downgraded twice");
  }

  @Test
  void atExactlySeventyFivePercentTheAmountTierHolds() {
    CreditProfile p = profile();
    CreditProfile.TierDecision d = p.reassess(new BigDecimal("5000000"), new BigDecimal("10000"),
        new BigDecimal("7500"), POLICY, 1, Instant.now());
    assertEquals(CreditTier.YELLOW, d.tier());
    assertEquals(CreditProfile.Status.ACTIVE, p.status);
  }

  @Test
  void theTierFollowsTheAmountOnlyWhenTheAmountTierChanges() {
    CreditProfile p = profile();
    p.reassess(new BigDecimal("2000000"), BigDecimal.ZERO, BigDecimal.ZERO, POLICY, 1, Instant.now());
    assertEquals(CreditTier.RED, p.tier);
    p.changeTier(CreditTier.YELLOW, TierChangeReason.CHANGE_REQUEST, Instant.now());
    assertNull(p.reassess(new BigDecimal("2500000"), BigDecimal.ZERO, BigDecimal.ZERO, POLICY, 1, Instant.now()),
        "an applied change stands while the amount stays in the same band");
    CreditProfile.TierDecision up = p.reassess(new BigDecimal("10000000"), BigDecimal.ZERO, BigDecimal.ZERO, POLICY, 1,
        Instant.now());
    assertEquals(new CreditProfile.TierDecision(CreditTier.YELLOW, CreditTier.GREEN, TierChangeReason.VOLUME), up);
  }

  @Test
  void tiersAreOrdered() {
    assertTrue(CreditTier.GREEN.isAbove(CreditTier.YELLOW));
    assertTrue(CreditTier.YELLOW.isAbove(CreditTier.RED));
    assertTrue(CreditTier.RED.isAbove(CreditTier.BLACK));
    assertTrue(CreditTier.BLACK.isAbove(CreditTier.ORDINARY));
    assertFalse(CreditTier.ORDINARY.isAbove(CreditTier.BLACK));
  }

  static CreditProfile profile() {
    CreditProfile p = new CreditProfile();
    p.id = UUID.randomUUID();
    p.accountId = p.id.toString();
    p.status = CreditProfile.Status.ACTIVE;
    return p;
  }
}
