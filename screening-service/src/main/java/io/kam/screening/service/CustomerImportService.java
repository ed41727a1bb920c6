package io.kam.screening.service;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.jboss.logging.Logger;

import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.Problem;
import io.kam.platform.error.ProblemException;
import io.kam.platform.policy.Policy;
import io.kam.platform.security.Actor;
import io.kam.platform.security.Roles;
import io.kam.screening.domain.CustomerImport;
import io.kam.screening.domain.policy.ClassificationTaxonomy;
import io.kam.screening.rest.dto.CustomerInput;

/**
 * Bulk import of customer records, all or nothing. The body is read as a stream, each row is validated as it
 * arrives and valid rows go to the database in JDBC batches inside one transaction; if any row is invalid the
 * transaction rolls back and the answer lists the errors per row. Memory stays flat in the number of rows: one
 * batch and the first errors are held; duplicate credit codes are found by the unique index.
 */
@ApplicationScoped
public class CustomerImportService {

  private static final Logger LOG = Logger.getLogger(CustomerImportService.class);

  static final int BATCH = 1000;
  static final int MAX_REPORTED_ERRORS = 1000;
  static final List<String> CSV_COLUMNS = List.of("name", "creditCode", "industry", "orgUnit", "contactName",
      "contactPhone", "contactEmail", "annualSales", "purchaseFrequency", "productCategory", "customerNature",
      "serviceContent");

  private static final CsvMapper CSV = new CsvMapper();

  @Inject
  DataSource dataSource;

  @Inject
  Validator validator;

  @Inject
  CustomerService customers;

  @Inject
  ObjectMapper mapper;

  @Inject
  AuditLog audit;

  @Inject
  Clock clock;

  /** A source of rows: the next row as input, or null at the end; a row that cannot be read throws RowError. */
  interface RowSource {
    ParsedRow next() throws IOException;
  }

  public static void requireImporter(Actor actor) {
    if (!actor.hasAnyRole(Roles.REP, Roles.SUPERVISOR, Roles.MANAGER, Roles.KA_STAFF, Roles.INTEGRATION,
        Roles.ADMIN)) {
      throw ProblemException.forbidden("importing customers requires one of the roles rep, supervisor, manager, "
          + "ka-staff, integration, admin");
    }
  }

  public CustomerImport get(UUID id, Actor actor) {
    requireImporter(actor);
    CustomerImport i = CustomerImport.findById(id);
    if (i == null) {
      throw ProblemException.notFound("import", id);
    }
    return i;
  }

  @Transactional
  public CustomerImport importCsv(InputStream body, Actor actor) {
    requireImporter(actor);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
    try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(body)) {
      it.hasNextValue();
      Set<String> header = new HashSet<>();
      CsvSchema read = (CsvSchema) it.getParserSchema();
      read.forEach(c -> header.add(c.getName()));
      List<Problem.FieldError> headerErrors = new ArrayList<>();
      for (String required : List.of("name", "creditCode", "orgUnit", "annualSales", "purchaseFrequency",
          "productCategory", "customerNature", "serviceContent")) {
        if (!header.contains(required)) {
          headerErrors.add(new Problem.FieldError("header", "column " + required + " is missing"));
        }
      }
      for (String h : header) {
        if (!CSV_COLUMNS.contains(h)) {
          headerErrors.add(new Problem.FieldError("header", "column " + h + " is unknown"));
        }
      }
      if (!headerErrors.isEmpty()) {
        throw ProblemException.invalid(headerErrors);
      }
      return run("CSV", actor, () -> {
        try {
          if (!it.hasNextValue()) {
            return null;
          }
          return fromCsv(it.nextValue());
        } catch (JsonProcessingException e) {
          throw new UncheckedRowError("row", "cannot be read as CSV: " + e.getOriginalMessage());
        }
      });
    } catch (IOException e) {
      throw ProblemException.invalid("body", "the CSV could not be read");
    }
  }

  @Transactional
  public CustomerImport importJson(InputStream body, Actor actor) {
    requireImporter(actor);
    try (JsonParser parser = mapper.getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw ProblemException.invalid("body", "must be a JSON array of customers");
      }
      return run("JSON", actor, () -> {
        JsonToken t;
        try {
          t = parser.nextToken();
        } catch (JsonProcessingException e) {
          throw new UncheckedRowError("row", "malformed JSON: " + e.getOriginalMessage());
        }
        if (t == JsonToken.END_ARRAY || t == null) {
          return null;
        }
        if (t != JsonToken.START_OBJECT) {
          throw new UncheckedRowError("row", "must be a JSON object");
        }
        JsonNode node = mapper.readTree(parser);
        try {
          return new ParsedRow(mapper.readerFor(CustomerInput.class)
              .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(node), List.of());
        } catch (JsonMappingException e) {
          String field = e.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("row");
          return new ParsedRow(null, List.of(new Problem.FieldError(field, "has the wrong type or is unknown")));
        }
      });
    } catch (IOException e) {
      throw ProblemException.invalid("body", "the JSON could not be read");
    }
  }

  /** A row that could not be read at all: the stream cannot go on. */
  static final class UncheckedRowError extends RuntimeException {
    final String field;

    UncheckedRowError(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  /** Maps a CSV row; numbers that do not parse are reported and left null (their NotNull is not repeated). */
  private static ParsedRow fromCsv(Map<String, String> row) {
    List<Problem.FieldError> errors = new ArrayList<>();
    BigDecimal sales = null;
    Integer frequency = null;
    try {
      sales = blank(row.get("annualSales")) == null ? null : new BigDecimal(row.get("annualSales").strip());
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError("annualSales", "must be a number"));
    }
    try {
      frequency = blank(row.get("purchaseFrequency")) == null ? null
          : Integer.valueOf(row.get("purchaseFrequency").strip());
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError("purchaseFrequency", "must be a whole number"));
    }
    return new ParsedRow(new CustomerInput(blank(row.get("name")), blank(row.get("creditCode")),
        blank(row.get("industry")), blank(row.get("orgUnit")), blank(row.get("contactName")),
        blank(row.get("contactPhone")), blank(row.get("contactEmail")), sales, frequency,
        new CustomerInput.ClassificationInput(blank(row.get("productCategory")), blank(row.get("customerNature")),
            blank(row.get("serviceContent")))), errors);
  }

  /** A row as read: the input (null when it could not be mapped at all) and the errors found while reading. */
  record ParsedRow(CustomerInput input, List<Problem.FieldError> errors) {
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private CustomerImport run(String format, Actor actor, RowSource rows) throws IOException {
    Policy<ClassificationTaxonomy> taxonomy = customers.taxonomy();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<Problem.FieldError> errors = new ArrayList<>();
    int errorCount = 0;
    List<Object[]> batch = new ArrayList<>(BATCH);
    int rowNo = 0;
    int stored = 0;
    try (Connection conn = dataSource.getConnection();
        PreparedStatement insert = conn.prepareStatement(INSERT)) {
      while (true) {
        String prefix = "rows[" + (rowNo + 1) + "].";
        ParsedRow parsed;
        try {
          parsed = rows.next();
          if (parsed == null) {
            break;
          }
        } catch (UncheckedRowError e) {
          rowNo++;
          errorCount++;
          add(errors, new Problem.FieldError("rows[" + rowNo + "]", e.getMessage()));
          break;
        }
        rowNo++;
        CustomerInput in = parsed.input();
        if (in == null) {
          errorCount += parsed.errors().size();
          parsed.errors().forEach(e -> add(errors, new Problem.FieldError(prefix + e.field(), e.message())));
          continue;
        }
        List<Problem.FieldError> rowErrors = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        for (Problem.FieldError e : parsed.errors()) {
          unreadable.add(e.field());
          rowErrors.add(new Problem.FieldError(prefix + e.field(), e.message()));
        }
        for (ConstraintViolation<CustomerInput> v : validator.validate(in)) {
          if (!unreadable.contains(v.getPropertyPath().toString())) {
            rowErrors.add(new Problem.FieldError(prefix + v.getPropertyPath(), v.getMessage()));
          }
        }
        rowErrors.addAll(CustomerService.classificationErrors(in, taxonomy.content(), prefix));
        if (in.orgUnit() != null && !CustomerAccess.seesAll(actor) && !actor.covers(in.orgUnit())) {
          rowErrors.add(new Problem.FieldError(prefix + "orgUnit", "is outside your org unit " + actor.org()));
        }
        if (!rowErrors.isEmpty()) {
          errorCount += rowErrors.size();
          rowErrors.forEach(e -> add(errors, e));
          continue;
        }
        // valid rows are inserted even after an error: duplicates are found by the database, and all is rolled back
        batch.add(new Object[] {rowNo, in});
        if (batch.size() == BATCH) {
          int duplicates = flush(insert, batch, taxonomy.version(), actor, now, errors);
          errorCount += duplicates;
          stored += batch.size() - duplicates;
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        int duplicates = flush(insert, batch, taxonomy.version(), actor, now, errors);
        errorCount += duplicates;
        stored += batch.size() - duplicates;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("import failed in the database", e);
    }
    if (rowNo == 0 && errorCount == 0) {
      throw ProblemException.invalid("body", "contains no rows");
    }
    if (errorCount > 0) {
      LOG.infof("%s import by %s refused: %d error(s) in %d row(s) read", format, actor.id(), errorCount, rowNo);
      throw ProblemException.invalid(errors).with("rowsRead", rowNo).with("errorCount", errorCount)
          .with("errorsReported", errors.size());
    }
    CustomerImport record = new CustomerImport();
    record.id = UUID.randomUUID();
    record.format = format;
    record.rowCount = stored;
    record.importedBy = actor.id();
    record.importedAt = now;
    record.persist();
    audit.record(actor, "customers.imported", "customer-import", record.id,
        Map.of("format", format, "rows", stored, "classificationPolicyVersion", taxonomy.version()));
    LOG.infof("%s import %s by %s: %d customers stored", format, record.id, actor.id(), stored);
    return record;
  }

  private static void add(List<Problem.FieldError> errors, Problem.FieldError e) {
    if (errors.size() < MAX_REPORTED_ERRORS) {
      errors.add(e);
    }
  }

  private static final String INSERT = "insert into customer (id, name, credit_code, industry, org_unit, "
      + "contact_name, contact_phone, contact_email, annual_sales, purchase_frequency, product_category, "
      + "customer_nature, service_content, classification_policy_version, status, created_by, created_at, "
      + "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ORDINARY', ?, ?, ?, 0) "
      + "on conflict (credit_code) do nothing";

  /**
   * Inserts the batch; a row whose credit code is already stored (before the import, or earlier in this file: same
   * transaction) is skipped by the database and reported. Returns the number of such rows.
   */
  private static int flush(PreparedStatement insert, List<Object[]> batch, int taxonomyVersion, Actor actor,
      Instant now, List<Problem.FieldError> errors) throws SQLException {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    for (Object[] r : batch) {
      CustomerInput in = (CustomerInput) r[1];
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, in.name().strip());
      insert.setString(3, in.creditCode());
      insert.setString(4, in.industry());
      insert.setString(5, in.orgUnit());
      insert.setString(6, in.contactName());
      insert.setString(7, in.contactPhone());
      insert.setString(8, in.contactEmail());
      insert.setBigDecimal(9, in.annualSales());
      insert.setInt(10, in.purchaseFrequency());
      insert.setString(11, in.classification().productCategory());
      insert.setString(12, in.classification().customerNature());
      insert.setString(13, in.classification().serviceContent());
      insert.setInt(14, taxonomyVersion);
      insert.setString(15, actor.id());
      insert.setObject(16, at);
      insert.setObject(17, at);
      insert.addBatch();
    }
    int[] counts = insert.executeBatch();
    int duplicates = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        duplicates++;
        add(errors, new Problem.FieldError("rows[" + batch.get(i)[0] + "].creditCode",
            "is already registered, or appears earlier in the file"));
      }
    }
    return duplicates;
  }
}
