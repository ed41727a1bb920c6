package io.kam.screening.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The development plan (大用户开发方案 §3-5): advantages offered, method chosen at the development meeting, first contact. */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb", nullable = false)
  public String advantages;

  public String method;

  @Column(name = "meeting_date")
  public LocalDate meetingDate;

  @Column(name = "meeting_participants")
  public String meetingParticipants;

  @Column(name = "meeting_notes")
  public String meetingNotes;

  @Column(name = "first_contact_method")
  public String firstContactMethod;

  @Column(name = "first_contact_date")
  public LocalDate firstContactDate;

  @Column(name = "first_contact_note")
  public String firstContactNote;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public long version;
}
