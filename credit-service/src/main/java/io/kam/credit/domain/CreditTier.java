package io.kam.credit.domain;

/**
 * Credit tier (信用等级): green (绿名单, good) → yellow (黄名单) → red (红名单) → black (黑名单, poor);
 * ORDINARY (一般用户) is an account demoted by the fulfilment rule, no longer a key account.
 */
public enum CreditTier {
  ORDINARY(0), BLACK(1), RED(2), YELLOW(3), GREEN(4);

  private final int rank;

  CreditTier(int rank) {
    this.rank = rank;
  }

  public boolean isAbove(CreditTier other) {
    return rank > other.rank;
  }
}
