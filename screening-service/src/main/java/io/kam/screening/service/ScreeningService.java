package io.kam.screening.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.ProblemException;
import io.kam.platform.policy.Policy;
import io.kam.platform.policy.PolicyService;
import io.kam.platform.security.Actor;
import io.kam.platform.security.Roles;
import io.kam.platform.web.Cursor;
import io.kam.platform.web.Keyset;
import io.kam.platform.web.Page;
import io.kam.screening.config.DevelopmentPlanPolicyDefinition;
import io.kam.screening.domain.Customer;
import io.kam.screening.domain.CustomerStatus;
import io.kam.screening.domain.ScreeningResult;
import io.kam.screening.domain.ScreeningRun;
import io.kam.screening.domain.policy.DevelopmentPlanPolicy;
import io.kam.screening.domain.policy.ScreeningCriteria;
import io.kam.screening.messaging.AccountIdentifiedV1;
import io.kam.screening.messaging.ScreeningEvents;

/**
 * Screening runs (依据大用户划分标准确定潜在大用户): every ordinary or potential customer of the actor's scope is held
 * against the criteria in force. A newly matching customer becomes a potential key account and
 * {@code kam.account.identified} names the rules it matched; an unchanged result changes nothing and publishes
 * nothing, so a re-run is idempotent.
 */
@ApplicationScoped
public class ScreeningService {

  private static final Logger LOG = Logger.getLogger(ScreeningService.class);
  private static final int BATCH = 500;

  @Inject
  PolicyService policies;

  @Inject
  ScreeningEvents events;

  @Inject
  AuditLog audit;

  @Inject
  EntityManager em;

  @Inject
  Clock clock;

  public static void requireScreener(Actor actor) {
    if (!actor.hasAnyRole(Roles.REP, Roles.SUPERVISOR, Roles.MANAGER, Roles.DIRECTOR, Roles.VP, Roles.GM,
        Roles.KA_STAFF, Roles.ADMIN)) {
      throw ProblemException.forbidden("screening runs require a marketing role");
    }
  }

  @Transactional
  public ScreeningRun run(Actor actor) {
    requireScreener(actor);
    // one run at a time: two concurrent runs would both see a customer as new
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('kam.screening.run'))").getSingleResult();
    Policy<DevelopmentPlanPolicy> policy = policies.current(DevelopmentPlanPolicyDefinition.KEY,
        DevelopmentPlanPolicy.class);
    ScreeningCriteria criteria = policy.content().screening();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ScreeningRun run = new ScreeningRun();
    run.id = UUID.randomUUID();
    run.policyVersion = policy.version();
    run.orgScope = CustomerAccess.seesAll(actor) ? "HQ" : actor.org();
    run.runBy = actor.id();
    run.runAt = now;
    run.persist();
    String scope = run.orgScope;
    Cursor position = null;
    while (true) {
      List<Object> params = new java.util.ArrayList<>(List.of(CustomerStatus.ORDINARY, CustomerStatus.POTENTIAL, scope,
          CustomerService.likePrefix(scope)));
      String q = Keyset.where("status in (?1, ?2) and (orgUnit = ?3 or orgUnit like ?4 escape '!')", params, position);
      List<Customer> batch = Customer.find(q, params.toArray()).range(0, BATCH - 1).list();
      for (Customer c : batch) {
        screen(c, criteria, run, now);
      }
      if (batch.size() < BATCH) {
        break;
      }
      Customer last = batch.get(batch.size() - 1);
      position = new Cursor(last.createdAt, last.id);
      em.flush();
      em.clear();
    }
    ScreeningRun merged = em.merge(run);
    audit.record(actor, "screening.run", "screening-run", run.id, Map.of("policyVersion", run.policyVersion,
        "scope", scope, "scanned", run.scanned, "matched", run.matched, "newlyIdentified", run.newlyIdentified,
        "changed", run.changed));
    LOG.infof("screening run %s by %s over %s with criteria v%d: %d scanned, %d matched, %d new, %d changed",
        run.id, actor.id(), scope, policy.version(), run.scanned, run.matched, run.newlyIdentified, run.changed);
    return merged;
  }

  private void screen(Customer c, ScreeningCriteria criteria, ScreeningRun run, Instant now) {
    run.scanned++;
    List<String> matched = criteria.evaluate(new ScreeningCriteria.CustomerFacts(c.annualSales, c.purchaseFrequency,
        c.industry, c.customerNature, c.productCategory));
    String outcome;
    if (matched.isEmpty()) {
      if (c.status != CustomerStatus.POTENTIAL) {
        return;
      }
      c.clearIdentification(now);
      run.changed++;
      outcome = "CLEARED";
    } else {
      run.matched++;
      boolean wasPotential = c.status == CustomerStatus.POTENTIAL;
      if (c.identify(matched, run.policyVersion, now)) {
        c.updatedAt = now;
        if (wasPotential) {
          run.changed++;
          outcome = "CHANGED";
        } else {
          run.newlyIdentified++;
          outcome = "NEW";
        }
        events.identified(new AccountIdentifiedV1(c.id.toString(), c.name, c.orgUnit, matched, run.policyVersion));
      } else {
        outcome = "UNCHANGED";
      }
    }
    ScreeningResult r = new ScreeningResult();
    r.id = UUID.randomUUID();
    r.runId = run.id;
    r.customerId = c.id;
    r.customerName = c.name;
    r.orgUnit = c.orgUnit;
    r.matchedRules = String.join(",", matched);
    r.outcome = outcome;
    r.createdAt = now;
    em.persist(r);
  }

  public ScreeningRun get(UUID id, Actor actor) {
    requireScreener(actor);
    ScreeningRun run = ScreeningRun.findById(id);
    if (run == null || !(CustomerAccess.seesAll(actor) || actor.covers(run.orgScope))) {
      throw ProblemException.notFound("screening run", id);
    }
    return run;
  }

  public Page<ScreeningResult> results(UUID runId, Integer limit, String after, Actor actor) {
    get(runId, actor);
    int size = Cursor.limit(limit);
    Cursor cursor = Cursor.decode(after);
    List<Object> params = new java.util.ArrayList<>(List.of(runId));
    List<ScreeningResult> rows = Keyset.fetch(ScreeningResult.find(Keyset.where("runId = ?1", params, cursor),
        params.toArray()), size);
    return Page.of(rows, size, r -> new Cursor(r.createdAt, r.id).encode());
  }
}
