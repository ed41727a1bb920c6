package io.kam.screening.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.Problem;
import io.kam.platform.error.ProblemException;
import io.kam.platform.policy.Policy;
import io.kam.platform.policy.PolicyService;
import io.kam.platform.security.Actor;
import io.kam.platform.security.Roles;
import io.kam.platform.web.Cursor;
import io.kam.platform.web.Keyset;
import io.kam.platform.web.Page;
import io.kam.screening.config.ClassificationPolicyDefinition;
import io.kam.screening.domain.Customer;
import io.kam.screening.domain.CustomerStatus;
import io.kam.screening.domain.policy.ClassificationTaxonomy;
import io.kam.screening.messaging.AccountRepAssignedV1;
import io.kam.screening.messaging.ScreeningEvents;
import io.kam.screening.rest.dto.CustomerInput;

/** Customer intake (用户信息汇总整理): create, read, update, list, and the key account's dedicated rep. */
@ApplicationScoped
public class CustomerService {

  private static final Logger LOG = Logger.getLogger(CustomerService.class);

  @Inject
  CustomerAccess access;

  @Inject
  PolicyService policies;

  @Inject
  AuditLog audit;

  @Inject
  ScreeningEvents events;

  @Inject
  Clock clock;

  /** Filters of the customer list; null means any. */
  public record Filter(String productCategory, String customerNature, String serviceContent, String orgUnit,
      CustomerStatus status, String repId) {
  }

  public Policy<ClassificationTaxonomy> taxonomy() {
    return policies.current(ClassificationPolicyDefinition.KEY, ClassificationTaxonomy.class);
  }

  /** Taxonomy errors of one input, fields prefixed with {@code prefix}. */
  public static List<Problem.FieldError> classificationErrors(CustomerInput in, ClassificationTaxonomy t,
      String prefix) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (in.classification() == null) {
      return errors;
    }
    if (in.classification().productCategory() != null && !t.hasProductCategory(in.classification().productCategory())) {
      errors.add(new Problem.FieldError(prefix + "classification.productCategory", "is not a product category of the "
          + "customer-classification policy"));
    }
    if (in.classification().customerNature() != null && !t.hasCustomerNature(in.classification().customerNature())) {
      errors.add(new Problem.FieldError(prefix + "classification.customerNature", "is not a customer nature of the "
          + "customer-classification policy"));
    }
    if (in.classification().serviceContent() != null && !t.hasServiceContent(in.classification().serviceContent())) {
      errors.add(new Problem.FieldError(prefix + "classification.serviceContent", "is not a service content of the "
          + "customer-classification policy"));
    }
    return errors;
  }

  @Transactional
  public Customer create(CustomerInput in, Actor actor) {
    requireEditor(actor);
    Policy<ClassificationTaxonomy> taxonomy = taxonomy();
    List<Problem.FieldError> errors = classificationErrors(in, taxonomy.content(), "");
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    CustomerAccess.requireCovers(actor, in.orgUnit(), "orgUnit");
    requireUniqueCode(in.creditCode(), null);
    Instant now = now();
    Customer c = new Customer();
    c.id = UUID.randomUUID();
    apply(c, in, taxonomy.version());
    c.status = CustomerStatus.ORDINARY;
    c.createdBy = actor.id();
    c.createdAt = now;
    c.updatedAt = now;
    c.persist();
    audit.record(actor, "customer.created", "customer", c.id, snapshot(c));
    LOG.infof("customer %s created in %s by %s (classification policy v%d)", c.id, c.orgUnit, actor.id(),
        taxonomy.version());
    return c;
  }

  public Customer get(UUID id, Actor actor) {
    return access.visible(actor, id);
  }

  @Transactional
  public Customer update(UUID id, long expectedVersion, CustomerInput in, Actor actor) {
    Customer c = access.editable(actor, id);
    Versions.check(expectedVersion, c.version, "customer " + id);
    Policy<ClassificationTaxonomy> taxonomy = taxonomy();
    List<Problem.FieldError> errors = classificationErrors(in, taxonomy.content(), "");
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    if (!in.orgUnit().equals(c.orgUnit)) {
      CustomerAccess.requireCovers(actor, in.orgUnit(), "orgUnit");
    }
    requireUniqueCode(in.creditCode(), c.id);
    Map<String, Object> before = snapshot(c);
    apply(c, in, taxonomy.version());
    c.updatedAt = now();
    Map<String, Object> after = snapshot(c);
    Map<String, Object> changes = new LinkedHashMap<>();
    for (var e : after.entrySet()) {
      if (!Objects.equals(e.getValue(), before.get(e.getKey()))) {
        changes.put(e.getKey(), Map.of("before", String.valueOf(before.get(e.getKey())), "after",
            String.valueOf(e.getValue())));
      }
    }
    audit.record(actor, "customer.updated", "customer", c.id, changes);
    c.flush();
    return c;
  }

  public Page<Customer> list(Filter f, Integer limit, String after, Actor actor) {
    CustomerAccess.requireReader(actor);
    int size = Cursor.limit(limit);
    Cursor cursor = Cursor.decode(after);
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    if (!CustomerAccess.seesAll(actor)) {
      q.append(" and (orgUnit = :org or orgUnit like :orgBelow escape '!'");
      if (actor.hasRole(Roles.REP)) {
        q.append(" or repId = :me");
        p.put("me", actor.id());
      }
      q.append(")");
      p.put("org", actor.org());
      p.put("orgBelow", likePrefix(actor.org()));
    }
    if (f.productCategory() != null) {
      q.append(" and productCategory = :pc");
      p.put("pc", f.productCategory());
    }
    if (f.customerNature() != null) {
      q.append(" and customerNature = :cn");
      p.put("cn", f.customerNature());
    }
    if (f.serviceContent() != null) {
      q.append(" and serviceContent = :sc");
      p.put("sc", f.serviceContent());
    }
    if (f.orgUnit() != null) {
      q.append(" and (orgUnit = :fo or orgUnit like :foBelow escape '!')");
      p.put("fo", f.orgUnit());
      p.put("foBelow", likePrefix(f.orgUnit()));
    }
    if (f.status() != null) {
      q.append(" and status = :status");
      p.put("status", f.status());
    }
    if (f.repId() != null) {
      q.append(" and repId = :rep");
      p.put("rep", f.repId());
    }
    List<Customer> rows = Keyset.fetch(Customer.find(Keyset.where(q.toString(), p, cursor), p), size);
    return Page.of(rows, size, c -> new Cursor(c.createdAt, c.id).encode());
  }

  /** Re-assigns a key account's dedicated rep → {@code kam.account.rep-assigned}. */
  @Transactional
  public Customer assignRep(UUID id, long expectedVersion, String repId, String reason, Actor actor) {
    if (!actor.hasAnyRole(Roles.SUPERVISOR, Roles.MANAGER, Roles.DIRECTOR, Roles.ADMIN)) {
      throw ProblemException.forbidden("assigning a dedicated rep requires supervisor, manager, director or admin");
    }
    Customer c = access.editable(actor, id);
    Versions.check(expectedVersion, c.version, "customer " + id);
    if (repId.equals(c.repId) && c.keyAccount()) {
      return c;
    }
    String previous = c.assignRep(repId, now());
    events.repAssigned(new AccountRepAssignedV1(c.id.toString(), repId, previous, actor.id()));
    audit.record(actor, "customer.rep-assigned", "customer", c.id,
        Map.of("previousRepId", String.valueOf(previous), "repId", repId, "reason", String.valueOf(reason)));
    LOG.infof("key account %s: dedicated rep %s -> %s by %s", c.id, previous, repId, actor.id());
    c.flush();
    return c;
  }

  static String likePrefix(String org) {
    return org.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "/%";
  }

  private void requireEditor(Actor actor) {
    if (!actor.hasAnyRole(CustomerAccess.EDITORS) && !actor.hasRole(Roles.INTEGRATION)) {
      throw ProblemException.forbidden("entering customers requires one of the roles rep, supervisor, manager, "
          + "ka-staff, integration, admin");
    }
  }

  private void requireUniqueCode(String code, UUID self) {
    Customer other = Customer.find("creditCode", code).firstResult();
    if (other != null && !other.id.equals(self)) {
      throw ProblemException.conflict("a customer with creditCode " + code + " is already registered")
          .with("field", "creditCode");
    }
  }

  private static void apply(Customer c, CustomerInput in, int taxonomyVersion) {
    c.name = in.name().strip();
    c.creditCode = in.creditCode();
    c.industry = in.industry();
    c.orgUnit = in.orgUnit();
    c.contactName = in.contactName();
    c.contactPhone = in.contactPhone();
    c.contactEmail = in.contactEmail();
    c.annualSales = in.annualSales();
    c.purchaseFrequency = in.purchaseFrequency();
    c.productCategory = in.classification().productCategory();
    c.customerNature = in.classification().customerNature();
    c.serviceContent = in.classification().serviceContent();
    c.classificationPolicyVersion = taxonomyVersion;
  }

  static Map<String, Object> snapshot(Customer c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name);
    m.put("creditCode", c.creditCode);
    m.put("industry", c.industry);
    m.put("orgUnit", c.orgUnit);
    m.put("contactName", c.contactName);
    m.put("contactPhone", c.contactPhone);
    m.put("contactEmail", c.contactEmail);
    m.put("annualSales", c.annualSales == null ? null : c.annualSales.stripTrailingZeros().toPlainString());
    m.put("purchaseFrequency", c.purchaseFrequency);
    m.put("productCategory", c.productCategory);
    m.put("customerNature", c.customerNature);
    m.put("serviceContent", c.serviceContent);
    m.put("status", c.status == null ? null : c.status.name());
    return m;
  }

  private Instant now() {
    // PostgreSQL keeps microseconds: the keyset cursor must compare equal to what was stored
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
