package io.kam.credit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.kam.credit.domain.ContractPerformance;
import io.kam.credit.domain.CreditProfile;
import io.kam.credit.domain.CreditTransaction;
import io.kam.credit.rest.dto.PerformanceFeed;
import io.kam.credit.rest.dto.TransactionFeed;
import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.Problem;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.kam.platform.web.Cursor;
import io.kam.platform.web.Keyset;
import io.kam.platform.web.Page;

/** Records transactions and contract performance (idempotent on the source id) and re-rates the account. */
@ApplicationScoped
public class FeedService {

  /** A stored feed record and whether this call created it (false: the source id was already known). */
  public record Recorded<T>(T record, boolean created) {
  }

  @Inject
  Clock clock;

  @Inject
  CreditAccess access;

  @Inject
  ProfileService profiles;

  @Inject
  AuditLog audit;

  @Transactional
  public Recorded<CreditTransaction> transaction(Actor actor, String accountId, TransactionFeed feed) {
    CreditProfile p = lock(access.feedable(actor, accountId));
    CreditTransaction existing = CreditTransaction.find("sourceId", feed.sourceId()).firstResult();
    if (existing != null) {
      sameAccount(existing.accountId, accountId, feed.sourceId());
      return new Recorded<>(existing, false);
    }
    notInFuture("date", feed.date());
    CreditTransaction t = new CreditTransaction();
    t.id = UUID.randomUUID();
    t.profileId = p.id;
    t.accountId = p.accountId;
    t.sourceId = feed.sourceId();
    t.amount = feed.amount();
    t.transactionDate = feed.date();
    t.contractId = feed.contractId();
    t.recordedBy = actor.id();
    t.createdAt = clock.instant();
    t.persist();
    audit.record(actor, "feed-transaction", "credit-profile", accountId, Map.of("sourceId", feed.sourceId()));
    profiles.recompute(p, actor);
    return new Recorded<>(t, true);
  }

  @Transactional
  public Recorded<ContractPerformance> performance(Actor actor, String accountId, PerformanceFeed feed) {
    CreditProfile p = lock(access.feedable(actor, accountId));
    ContractPerformance existing = ContractPerformance.find("sourceId", feed.sourceId()).firstResult();
    if (existing != null) {
      sameAccount(existing.accountId, accountId, feed.sourceId());
      return new Recorded<>(existing, false);
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    if (feed.obligationsFulfilled().compareTo(feed.obligationsDue()) > 0) {
      errors.add(new Problem.FieldError("obligationsFulfilled", "cannot exceed obligationsDue"));
    }
    if (feed.asOf().isAfter(today())) {
      errors.add(new Problem.FieldError("asOf", "must not be in the future"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    ContractPerformance c = new ContractPerformance();
    c.id = UUID.randomUUID();
    c.profileId = p.id;
    c.accountId = p.accountId;
    c.sourceId = feed.sourceId();
    c.contractId = feed.contractId();
    c.obligationsDue = feed.obligationsDue();
    c.obligationsFulfilled = feed.obligationsFulfilled();
    c.asOf = feed.asOf();
    c.recordedBy = actor.id();
    c.createdAt = clock.instant();
    c.persist();
    audit.record(actor, "feed-performance", "credit-profile", accountId, Map.of("sourceId", feed.sourceId()));
    profiles.recompute(p, actor);
    return new Recorded<>(c, true);
  }

  @Transactional
  public CreditTransaction transaction(Actor actor, String accountId, String id) {
    access.readable(actor, accountId);
    CreditTransaction t = CreditTransaction.findById(CreditAccess.uuid(id, "transaction"));
    if (t == null || !t.accountId.equals(accountId)) {
      throw ProblemException.notFound("transaction", id);
    }
    audit.record(actor, "read", "credit-transaction", id, null);
    return t;
  }

  @Transactional
  public Page<CreditTransaction> transactions(Actor actor, String accountId, Integer limit, String after) {
    access.readable(actor, accountId);
    int n = Cursor.limit(limit);
    List<Object> params = new ArrayList<>(List.of(accountId));
    String q = Keyset.where("accountId = ?1", params, Cursor.decode(after));
    List<CreditTransaction> rows = Keyset.fetch(CreditTransaction.find(q, params.toArray()), n);
    audit.record(actor, "list", "credit-transaction", accountId, Map.of("rows", rows.size()));
    return Page.of(rows, n, x -> new Cursor(x.createdAt, x.id).encode());
  }

  @Transactional
  public ContractPerformance performance(Actor actor, String accountId, String id) {
    access.readable(actor, accountId);
    ContractPerformance c = ContractPerformance.findById(CreditAccess.uuid(id, "performance report"));
    if (c == null || !c.accountId.equals(accountId)) {
      throw ProblemException.notFound("performance report", id);
    }
    audit.record(actor, "read", "credit-performance", id, null);
    return c;
  }

  @Transactional
  public Page<ContractPerformance> performances(Actor actor, String accountId, Integer limit, String after) {
    access.readable(actor, accountId);
    int n = Cursor.limit(limit);
    List<Object> params = new ArrayList<>(List.of(accountId));
    String q = Keyset.where("accountId = ?1", params, Cursor.decode(after));
    List<ContractPerformance> rows = Keyset.fetch(ContractPerformance.find(q, params.toArray()), n);
    audit.record(actor, "list", "credit-performance", accountId, Map.of("rows", rows.size()));
    return Page.of(rows, n, x -> new Cursor(x.createdAt, x.id).encode());
  }

  /** One feed at a time per account, so a repeated source id is seen and the figures add up. */
  private static CreditProfile lock(CreditProfile p) {
    return CreditProfile.findById(p.id, LockModeType.PESSIMISTIC_WRITE);
  }

  private static void sameAccount(String existingAccount, String accountId, String sourceId) {
    if (!existingAccount.equals(accountId)) {
      throw ProblemException.conflict("source id " + sourceId + " was already recorded for another account");
    }
  }

  private void notInFuture(String field, LocalDate date) {
    if (date.isAfter(today())) {
      throw ProblemException.invalid(field, "must not be in the future");
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
