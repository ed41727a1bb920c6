package io.kam.screening.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A bulk import of customer records (用户信息汇总): who imported how many rows, when. */
@Entity
@Table(name = "customer_import")
public class CustomerImport extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(nullable = false)
  public String format;

  @Column(name = "row_count", nullable = false)
  public int rowCount;

  @Column(name = "imported_by", nullable = false)
  public String importedBy;

  @Column(name = "imported_at", nullable = false)
  public Instant importedAt;
}
