package io.kam.platform.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kam.platform.error.IllegalTransitionException;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.kam.platform.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeadlineServiceTest {

  static final Actor DIRECTOR = new Actor("director", Set.of("director"), "HQ", null);
  static final Actor REP = new Actor("rep.sh", Set.of("rep"), "HQ/EAST/SH", null);

  @Inject
  DeadlineService deadlines;

  @Inject
  Recorder recorder;

  @BeforeEach
  void reset() {
    // deadlines left over by earlier tests breach far in the future, then each test starts from one base
    TestClock.CLOCK.reset();
    TestClock.CLOCK.advance(Duration.ofDays(7300));
    deadlines.scan();
    TestClock.CLOCK.reset();
    TestClock.CLOCK.advance(Duration.ofDays(3650));
    recorder.clear();
  }

  private Deadline open(Duration due, Duration cap) {
    Instant now = TestClock.CLOCK.instant();
    return QuarkusTransaction.requiringNew().call(() -> deadlines.open("test-subject", UUID.randomUUID(), "hq-signature",
        "acc-1", now.plus(due), Duration.ofHours(12), cap == null ? null : now.plus(cap), "director"));
  }

  @Test
  void aBreachFiresExactlyOnceAfterAWarning() {
    Deadline d = open(Duration.ofDays(3), Duration.ofDays(7));
    TestClock.CLOCK.advance(Duration.ofDays(2).plusHours(13));
    assertEquals(0, deadlines.scan());
    assertEquals(List.of("WARNING:" + d.id), recorder.events());
    TestClock.CLOCK.advance(Duration.ofHours(12));
    assertEquals(1, deadlines.scan());
    assertEquals(0, deadlines.scan(), "a breach is raised once");
    assertEquals(List.of("WARNING:" + d.id, "BREACH:" + d.id), recorder.events());
    Deadline breached = QuarkusTransaction.requiringNew().call(() -> Deadline.findById(d.id));
    assertEquals(Deadline.Status.BREACHED, breached.status);
  }

  @Test
  void aMetDeadlineNeverBreaches() {
    Deadline d = open(Duration.ofDays(2), null);
    QuarkusTransaction.requiringNew().run(() -> deadlines.complete(d.id));
    TestClock.CLOCK.advance(Duration.ofDays(5));
    assertEquals(0, deadlines.scan());
    assertEquals(Deadline.Status.MET, QuarkusTransaction.requiringNew().call(() -> ((Deadline) Deadline.findById(d.id)).status));
  }

  @Test
  void anExtensionMovesTheDueTimeUpToTheCapAndNoFurther() {
    Deadline d = open(Duration.ofDays(3), Duration.ofDays(7));
    Instant start = d.dueAt.minus(Duration.ofDays(3));
    assertEquals(403, assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().call(
        () -> deadlines.extend(d.id, start.plus(Duration.ofDays(5)), "more documents", REP))).status());
    ProblemException pastCap = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().call(
        () -> deadlines.extend(d.id, start.plus(Duration.ofDays(8)), "more documents", DIRECTOR)));
    assertEquals(422, pastCap.status());
    Deadline extended = QuarkusTransaction.requiringNew().call(
        () -> deadlines.extend(d.id, start.plus(Duration.ofDays(7)), "HQ needs the audited statements", DIRECTOR));
    assertEquals(1, extended.extensions);
    TestClock.CLOCK.advance(Duration.ofDays(4));
    assertEquals(0, deadlines.scan(), "not breached at the original due time");
    TestClock.CLOCK.advance(Duration.ofDays(3));
    assertEquals(1, deadlines.scan());
    assertThrows(IllegalTransitionException.class, () -> QuarkusTransaction.requiringNew().call(
        () -> deadlines.extend(d.id, start.plus(Duration.ofDays(7)), "too late", DIRECTOR)));
  }

  @Test
  void twoSchedulersScanningAtOnceFireEachBreachOnce() throws Exception {
    List<UUID> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(open(Duration.ofHours(1), null).id);
    }
    TestClock.CLOCK.advance(Duration.ofHours(2));
    java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> scans = new java.util.ArrayList<>();
      for (int r = 0; r < 2; r++) {
        scans.add(replicas.submit(() -> {
          go.await();
          int fired = 0;
          for (int i = 0; i < 5; i++) {
            fired += deadlines.scan();
          }
          return fired;
        }));
      }
      go.countDown();
      int total = 0;
      for (var f : scans) {
        total += f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
      assertEquals(30, total, "30 breaches between the two schedulers, none twice");
    } finally {
      replicas.shutdownNow();
    }
    List<String> breaches = recorder.events().stream().filter(e -> e.startsWith("BREACH:")).toList();
    assertEquals(30, breaches.size());
    assertEquals(30, new java.util.HashSet<>(breaches).size());
    for (UUID id : ids) {
      assertEquals(true, breaches.contains("BREACH:" + id));
    }
  }

  /** Observes deadline events the way services do: synchronously, in the scan's transaction. */
  @ApplicationScoped
  public static class Recorder {
    private final List<String> events = new CopyOnWriteArrayList<>();

    void on(@Observes DeadlineEvent event) {
      events.add(event.kind() + ":" + event.deadline().id);
    }

    public List<String> events() {
      return List.copyOf(events);
    }

    public void clear() {
      events.clear();
    }
  }
}
