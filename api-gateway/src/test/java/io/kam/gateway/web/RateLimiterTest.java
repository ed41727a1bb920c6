package io.kam.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final RateLimiter limiter = new RateLimiter(3, 0.5, now::get);

  @Test
  void allowsABurstUpToCapacityThenRefusesWithTheWaitUntilTheNextToken() {
    assertTrue(limiter.tryAcquire("u").allowed());
    assertTrue(limiter.tryAcquire("u").allowed());
    assertTrue(limiter.tryAcquire("u").allowed());
    RateLimiter.Decision refused = limiter.tryAcquire("u");
    assertFalse(refused.allowed());
    assertEquals(2, refused.retryAfterSeconds());
  }

  @Test
  void refillsAtTheConfiguredRateAndNeverAboveCapacity() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("u");
    }
    now.addAndGet(1_999_000_000L);
    assertFalse(limiter.tryAcquire("u").allowed());
    now.addAndGet(2_000_000L);
    assertTrue(limiter.tryAcquire("u").allowed());
    now.addAndGet(3_600_000_000_000L);
    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.tryAcquire("u").allowed());
    }
    assertFalse(limiter.tryAcquire("u").allowed());
  }

  @Test
  void keysAreIndependent() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("a");
    }
    assertFalse(limiter.tryAcquire("a").allowed());
    assertTrue(limiter.tryAcquire("b").allowed());
  }

  @Test
  void idleFullBucketsAreForgotten() {
    limiter.tryAcquire("a");
    limiter.tryAcquire("b");
    assertEquals(2, limiter.size());
    now.addAndGet(3_600_000_000_000L);
    limiter.tryAcquire("c");
    assertEquals(1, limiter.size());
  }
}
