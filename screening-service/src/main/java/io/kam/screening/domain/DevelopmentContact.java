package io.kam.screening.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the development record table (大用户开发统计表): a contact with the customer. */
@Entity
@Table(name = "development_contact")
public class DevelopmentContact extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "record_id", nullable = false)
  public UUID recordId;

  @Column(name = "contacted_at", nullable = false)
  public Instant contactedAt;

  @Column(name = "person_visited", nullable = false)
  public String personVisited;

  @Column(name = "duration_minutes", nullable = false)
  public int durationMinutes;

  @Column(nullable = false)
  public String method;

  @Column(nullable = false)
  public String stage;

  @Column(nullable = false)
  public String attitude;

  public String note;

  @Column(name = "recorded_by", nullable = false)
  public String recordedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
