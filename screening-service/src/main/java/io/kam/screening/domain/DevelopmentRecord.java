package io.kam.screening.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.kam.platform.error.IllegalTransitionException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The development record table of a customer (大用户开发统计表): its contacts, and the outcome (开发成功/失败) with the
 * reason analysis. Kept whether or not development succeeds; closed once the outcome is recorded.
 */
@Entity
@Table(name = "development_record")
public class DevelopmentRecord extends PanacheEntityBase {

  public enum Outcome { SUCCESS, FAILURE }

  @Id
  public UUID id;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @Enumerated(EnumType.STRING)
  public Outcome outcome;

  @Column(name = "outcome_reason")
  public String outcomeReason;

  @Column(name = "outcome_note")
  public String outcomeNote;

  @Column(name = "outcome_by")
  public String outcomeBy;

  @Column(name = "outcome_at")
  public Instant outcomeAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Version
  public long version;

  public boolean open() {
    return outcome == null;
  }

  public void requireOpen(String action) {
    if (!open()) {
      throw new IllegalTransitionException("development record", "CLOSED_" + outcome, action, List.of());
    }
  }

  public void close(Outcome result, String reason, String note, String by, Instant at) {
    requireOpen("record the outcome of");
    outcome = result;
    outcomeReason = reason;
    outcomeNote = note;
    outcomeBy = by;
    outcomeAt = at;
  }
}
