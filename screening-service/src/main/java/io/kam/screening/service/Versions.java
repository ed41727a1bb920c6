package io.kam.screening.service;

import io.kam.platform.error.ProblemException;

/** Optimistic concurrency: an update names the version it read (If-Match); a stale one is refused with 412. */
public final class Versions {

  private Versions() {
  }

  public static void check(long expected, long actual, String what) {
    if (expected != actual) {
      throw new ProblemException(412, "precondition-failed", "Precondition failed",
          what + " has changed since you read it: version " + actual + ", If-Match " + expected)
          .with("currentVersion", actual);
    }
  }
}
