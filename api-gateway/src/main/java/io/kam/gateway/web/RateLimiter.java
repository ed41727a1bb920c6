package io.kam.gateway.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (user, or username + client address): {@code capacity} requests at once, refilled at
 * {@code refillPerSecond}. In-memory, per gateway replica; idle full buckets are dropped so the map stays small.
 */
public final class RateLimiter {

  /** The outcome of one attempt: allowed, or refused with the seconds after which one more would pass. */
  public record Decision(boolean allowed, long retryAfterSeconds) {
  }

  private static final class Bucket {
    double tokens;
    long updatedNanos;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updatedNanos = now;
    }
  }

  private final int capacity;
  private final double refillPerNano;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private long lastSweep;

  public RateLimiter(int capacity, double refillPerSecond, LongSupplier nanoClock) {
    if (capacity < 1 || refillPerSecond <= 0) {
      throw new IllegalArgumentException("capacity must be >= 1 and refill > 0");
    }
    this.capacity = capacity;
    this.refillPerNano = refillPerSecond / 1_000_000_000d;
    this.nanoClock = nanoClock;
    this.lastSweep = nanoClock.getAsLong();
  }

  public RateLimiter(int capacity, double refillPerSecond) {
    this(capacity, refillPerSecond, System::nanoTime);
  }

  public Decision tryAcquire(String key) {
    long now = nanoClock.getAsLong();
    sweep(now);
    Decision[] out = new Decision[1];
    buckets.compute(key, (k, bucket) -> {
      if (bucket == null) {
        bucket = new Bucket(capacity, now);
      } else {
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedNanos) * refillPerNano);
        bucket.updatedNanos = now;
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        out[0] = new Decision(true, 0);
      } else {
        double missingNanos = (1 - bucket.tokens) / refillPerNano;
        out[0] = new Decision(false, Math.max(1, (long) Math.ceil(missingNanos / 1_000_000_000d)));
      }
      return bucket;
    });
    return out[0];
  }

  int size() {
    return buckets.size();
  }

  private void sweep(long now) {
    long fullAfterNanos = (long) (capacity / refillPerNano);
    if (now - lastSweep < Math.max(fullAfterNanos, 60_000_000_000L)) {
      return;
    }
    lastSweep = now;
    buckets.entrySet().removeIf(e -> now - e.getValue().updatedNanos > fullAfterNanos);
  }
}
