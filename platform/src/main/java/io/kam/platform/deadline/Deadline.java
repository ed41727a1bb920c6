package io.kam.platform.deadline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A due time on any step (时限): warning, breach, extension with approval up to a cap. */
@Entity
@Table(name = "kam_deadline")
public class Deadline extends PanacheEntityBase {

  public enum Status { ACTIVE, MET, BREACHED, CANCELLED }

  @Id
  public UUID id;

  @Column(name = "subject_type", nullable = false)
  public String subjectType;

  @Column(name = "subject_id", nullable = false)
  public UUID subjectId;

  /** What is due, e.g. {@code region-verification}. */
  @Column(nullable = false)
  public String name;

  /** The account the deadline concerns (for the breach event's key). */
  @Column(name = "account_id")
  public String accountId;

  @Column(name = "due_at", nullable = false)
  public Instant dueAt;

  @Column(name = "original_due_at", nullable = false)
  public Instant originalDueAt;

  @Column(name = "warn_at")
  public Instant warnAt;

  /** The latest any extension may reach; null = not extendable. */
  @Column(name = "max_due_at")
  public Instant maxDueAt;

  /** The role that approves an extension. */
  @Column(name = "extension_role")
  public String extensionRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(name = "warned_at")
  public Instant warnedAt;

  @Column(name = "breached_at")
  public Instant breachedAt;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Column(nullable = false)
  public int extensions;

  @Column(name = "last_extension_by")
  public String lastExtensionBy;

  @Column(name = "last_extension_reason")
  public String lastExtensionReason;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Version
  public long version;
}
