package io.kam.credit.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kam.credit.config.CreditPolicy;
import io.kam.credit.domain.CreditProfile;
import io.kam.credit.domain.CreditTier;
import io.kam.credit.domain.TierChange;
import io.kam.credit.messaging.AccountConfirmedV1;
import io.kam.credit.messaging.CreditEventPublisher;
import io.kam.platform.audit.AuditLog;
import io.kam.platform.policy.Policy;
import io.kam.platform.security.Actor;
import io.kam.platform.web.Cursor;
import io.kam.platform.web.Keyset;
import io.kam.platform.web.Page;

/** Opens credit profiles, recomputes their figures, records and announces tier decisions. */
@ApplicationScoped
public class ProfileService {

  private static final Logger LOG = Logger.getLogger(ProfileService.class);

  @Inject
  Clock clock;

  @Inject
  EntityManager em;

  @Inject
  CreditPolicies policies;

  @Inject
  CreditEventPublisher events;

  @Inject
  CreditAccess access;

  @Inject
  AuditLog audit;

  /**
   * Opens the profile of a confirmed key account; a second confirmation of an active account changes
   * nothing but its name, org unit and rep; a confirmation after a demotion reactivates the profile.
   */
  @Transactional
  public CreditProfile openFromConfirmation(AccountConfirmedV1 data, String eventId) {
    Instant now = clock.instant();
    Policy<CreditPolicy> policy = policies.current();
    Actor system = Actor.system("account-lifecycle");
    CreditProfile p = CreditProfile.findByAccount(data.accountId());
    if (p != null) {
      CreditProfile locked = CreditProfile.findById(p.id, LockModeType.PESSIMISTIC_WRITE);
      locked.accountName = data.name();
      locked.orgUnit = data.orgUnit();
      locked.repId = data.repId();
      locked.updatedAt = now;
      if (locked.status != CreditProfile.Status.ACTIVE) {
        locked.status = CreditProfile.Status.ACTIVE;
        locked.tier = null;
        locked.volumeTier = null;
        locked.confirmedAt = data.confirmedAt() != null ? data.confirmedAt() : now;
        LOG.infof("credit profile of %s reopened on confirmation %s (policy v%d)", data.accountId(), eventId,
            policy.version());
        audit.record(system, "reopen", "credit-profile", data.accountId(), Map.of("eventId", eventId));
        recompute(locked, system);
      } else {
        LOG.infof("credit profile of %s already open: confirmation %s changes no rating", data.accountId(), eventId);
      }
      return locked;
    }
    p = new CreditProfile();
    p.id = UUID.randomUUID();
    p.accountId = data.accountId();
    p.accountName = data.name();
    p.orgUnit = data.orgUnit();
    p.repId = data.repId();
    p.status = CreditProfile.Status.ACTIVE;
    p.policyVersion = policy.version();
    p.confirmedAt = data.confirmedAt() != null ? data.confirmedAt() : now;
    p.createdAt = now;
    p.updatedAt = now;
    p.persist();
    audit.record(system, "open", "credit-profile", p.accountId, Map.of("eventId", eventId, "orgUnit", p.orgUnit));
    LOG.infof("credit profile of %s opened for %s on confirmation %s (policy v%d)", p.accountId, p.orgUnit, eventId,
        policy.version());
    return p;
  }

  /** Screening demoted the account: its profile stops being rated (a fulfilment demotion stays DEMOTED). */
  @Transactional
  public void deactivate(String accountId, String reason, String eventId) {
    CreditProfile p = CreditProfile.findByAccount(accountId);
    if (p == null || p.status != CreditProfile.Status.ACTIVE) {
      return;
    }
    p.status = CreditProfile.Status.INACTIVE;
    p.updatedAt = clock.instant();
    audit.record(Actor.system("account-lifecycle"), "deactivate", "credit-profile", accountId,
        Map.of("eventId", eventId, "reason", String.valueOf(reason)));
    LOG.infof("credit profile of %s inactive after demotion %s", accountId, eventId);
  }

  /** Recomputes volume and fulfilment over the policy window and applies the tier rules. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recompute(CreditProfile p, Actor by) {
    Policy<CreditPolicy> policy = policies.current();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate windowStart = today.minusMonths(policy.content().volumeWindowMonths());
    em.flush();
    BigDecimal volume = (BigDecimal) em.createNativeQuery("select coalesce(sum(amount), 0) from credit_transaction "
            + "where account_id = ?1 and transaction_date > ?2 and transaction_date <= ?3")
        .setParameter(1, p.accountId).setParameter(2, windowStart).setParameter(3, today).getSingleResult();
    Object[] perf = (Object[]) em.createNativeQuery("select coalesce(sum(d), 0), coalesce(sum(f), 0) from ("
            + "select distinct on (contract_id) obligations_due d, obligations_fulfilled f "
            + "from credit_contract_performance where account_id = ?1 and as_of > ?2 and as_of <= ?3 "
            + "order by contract_id, as_of desc, created_at desc) latest")
        .setParameter(1, p.accountId).setParameter(2, windowStart).setParameter(3, today).getSingleResult();
    CreditProfile.TierDecision decision = p.reassess(volume, (BigDecimal) perf[0], (BigDecimal) perf[1],
        policy.content(), policy.version(), clock.instant());
    if (decision != null) {
      record(p, decision, by);
    }
  }

  /** Records a tier decision and announces it: a first tier is a rating, later ones go up or down. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(CreditProfile p, CreditProfile.TierDecision d, Actor by) {
    TierChange c = new TierChange();
    c.id = UUID.randomUUID();
    c.profileId = p.id;
    c.accountId = p.accountId;
    c.previousTier = d.previousTier();
    c.tier = d.tier();
    c.reason = d.reason();
    c.fulfilmentRate = p.fulfilmentRate;
    c.volume = p.volume;
    c.policyVersion = p.policyVersion;
    c.decidedBy = by.id();
    c.createdAt = clock.instant();
    c.persist();
    if (d.previousTier() == null && d.tier() != CreditTier.ORDINARY) {
      events.rated(p, d.tier(), p.score, p.creditLimit, null);
    } else {
      events.tierChanged(p, d.previousTier(), d.tier(), d.reason().name());
    }
    LOG.infof("account %s tier %s -> %s (%s, rate %s, volume %s) by %s under credit policy v%d", p.accountId,
        d.previousTier(), d.tier(), d.reason(), p.fulfilmentRate, p.volume, by.id(), p.policyVersion);
  }

  /** The profile with its credit data, for a reader in scope; the read is audited. */
  @Transactional
  public CreditProfile read(Actor actor, String accountId) {
    CreditProfile p = access.readable(actor, accountId);
    audit.record(actor, "read", "credit-profile", accountId,
        Map.of("fields", List.of("tier", "creditLimit", "score", "fulfilmentRate")));
    return p;
  }

  /** Profiles whose org unit the reader covers, in keyset order; the read is audited. */
  @Transactional
  public Page<CreditProfile> list(Actor actor, Integer limit, String after) {
    if (!CreditAccess.mayReadCredit(actor)) {
      throw io.kam.platform.error.ProblemException.forbidden("credit information is visible to supervisors and above only");
    }
    int n = Cursor.limit(limit);
    List<Object> params = new ArrayList<>();
    params.add(actor.org());
    params.add(actor.org() + "/%");
    String q = Keyset.where("(orgUnit = ?1 or orgUnit like ?2)", params, Cursor.decode(after));
    List<CreditProfile> rows = Keyset.fetch(CreditProfile.find(q, params.toArray()), n);
    Page<CreditProfile> page = Page.of(rows, n, x -> new Cursor(x.createdAt, x.id).encode());
    audit.record(actor, "list", "credit-profile", actor.org(),
        Map.of("accounts", page.items().stream().map(x -> x.accountId).toList()));
    return page;
  }

  @Transactional
  public Page<TierChange> tierHistory(Actor actor, String accountId, Integer limit, String after) {
    CreditProfile p = access.readable(actor, accountId);
    int n = Cursor.limit(limit);
    List<Object> params = new ArrayList<>();
    params.add(p.accountId);
    String q = Keyset.where("accountId = ?1", params, Cursor.decode(after));
    List<TierChange> rows = Keyset.fetch(TierChange.find(q, params.toArray()), n);
    audit.record(actor, "read", "credit-tier-history", accountId, Map.of("rows", rows.size()));
    return Page.of(rows, n, x -> new Cursor(x.createdAt, x.id).encode());
  }
}
