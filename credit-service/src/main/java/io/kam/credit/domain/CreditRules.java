package io.kam.credit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.kam.credit.config.CreditPolicy;

/** The pure rules of 四、大用户信用度设置: tier by amount and the 75 % fulfilment rule. */
public final class CreditRules {

  private CreditRules() {
  }

  /** 信用等级划分: the tier whose minimum amount the volume reaches (a threshold itself belongs to the higher tier). */
  public static CreditTier tierForVolume(BigDecimal volume, CreditPolicy.TierThresholds t) {
    if (volume.compareTo(t.greenMin()) >= 0) {
      return CreditTier.GREEN;
    }
    if (volume.compareTo(t.yellowMin()) >= 0) {
      return CreditTier.YELLOW;
    }
    if (volume.compareTo(t.redMin()) >= 0) {
      return CreditTier.RED;
    }
    return CreditTier.BLACK;
  }

  /**
   * 协议履约率低于75%: compared exactly (fulfilled &lt; threshold × due), so 74.99 % is below and 75 % is not;
   * with no obligations due yet there is no rate and the rule cannot fire.
   */
  public static boolean fulfilmentBelowThreshold(BigDecimal due, BigDecimal fulfilled, BigDecimal threshold) {
    if (due == null || due.signum() <= 0) {
      return false;
    }
    return fulfilled.compareTo(threshold.multiply(due)) < 0;
  }

  /** The fulfilment rate for display and events (6 decimals, rounded down so it never rounds up to the threshold). */
  public static BigDecimal fulfilmentRate(BigDecimal due, BigDecimal fulfilled) {
    if (due == null || due.signum() <= 0) {
      return null;
    }
    return fulfilled.divide(due, 6, RoundingMode.DOWN);
  }
}
