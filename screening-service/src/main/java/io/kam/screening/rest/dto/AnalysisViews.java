package io.kam.screening.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.platform.approval.ApprovalView;
import io.kam.screening.domain.ArchiveDocument;
import io.kam.screening.domain.CompetitorAnalysis;
import io.kam.screening.domain.Customer;
import io.kam.screening.domain.DevelopmentAnalysis;
import io.kam.screening.domain.DevelopmentContact;
import io.kam.screening.domain.DevelopmentPlan;
import io.kam.screening.domain.DevelopmentRecord;
import io.kam.screening.domain.NeedsAnalysis;
import io.kam.screening.domain.ResourceFit;
import io.kam.screening.domain.RiskAnalysis;

/** The read models of the screening analyses, the development plan and record, confirmation and archive. */
public final class AnalysisViews {

  private AnalysisViews() {
  }

  static JsonNode tree(ObjectMapper mapper, String json) {
    try {
      return json == null ? null : mapper.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("stored JSON cannot be read", e);
    }
  }

  @Schema(name = "NeedsAnalysis")
  public record NeedsAnalysisView(UUID id, UUID customerId,
      @Schema(implementation = NeedsAnalysisInput.Need[].class) JsonNode needs,
      @Schema(implementation = NeedsAnalysisInput.Opportunity[].class) JsonNode salesOpportunities,
      String summary, String analysedBy, Instant createdAt) {

    public static NeedsAnalysisView of(NeedsAnalysis n, ObjectMapper m) {
      return new NeedsAnalysisView(n.id, n.customerId, tree(m, n.needs), tree(m, n.salesOpportunities), n.summary,
          n.analysedBy, n.createdAt);
    }
  }

  @Schema(name = "ResourceFit")
  public record ResourceFitView(UUID id, UUID customerId, UUID needsAnalysisId, List<Component> components,
      @Schema(description = "weighted score 0..100") BigDecimal fitScore,
      @Schema(enumeration = {"HIGH", "MEDIUM", "LOW"}, description = "likelihood of becoming a key account")
      String likelihood, int policyVersion, String assessedBy, Instant createdAt) {

    @Schema(name = "ResourceFitComponent")
    public record Component(@Schema(enumeration = {"TECHNICAL", "PRODUCTION", "AFTER_SALES"}) String resource,
        int score, BigDecimal weight, String note) {
    }

    public static ResourceFitView of(ResourceFit f) {
      return new ResourceFitView(f.id, f.customerId, f.needsAnalysisId, List.of(
          new Component("TECHNICAL", f.technicalScore, f.technicalWeight, f.technicalNote),
          new Component("PRODUCTION", f.productionScore, f.productionWeight, f.productionNote),
          new Component("AFTER_SALES", f.afterSalesScore, f.afterSalesWeight, f.afterSalesNote)),
          f.fitScore, f.likelihood, f.policyVersion, f.assessedBy, f.createdAt);
    }
  }

  @Schema(name = "CompetitorAnalysis")
  public record CompetitorAnalysisView(UUID id, UUID customerId,
      @Schema(implementation = CompetitorView[].class) JsonNode competitors, String ourStrengths,
      String ourWeaknesses, String analysedBy, Instant createdAt) {

    public static CompetitorAnalysisView of(CompetitorAnalysis c, ObjectMapper m) {
      return new CompetitorAnalysisView(c.id, c.customerId, tree(m, c.competitors), c.ourStrengths, c.ourWeaknesses,
          c.analysedBy, c.createdAt);
    }
  }

  /** A competitor with its overall capability (the mean of the three). */
  @Schema(name = "CompetitorView")
  public record CompetitorView(String name, int technicalCapability, int productCapability, int serviceCapability,
      BigDecimal overallCapability, String notes) {
  }

  @Schema(name = "RiskAnalysis", description = "用户风险分析表: every indicator with its weight and score, the total and level")
  public record RiskAnalysisView(UUID id, UUID customerId,
      @Schema(implementation = RiskLine[].class) JsonNode lines, BigDecimal weightedTotal,
      @Schema(enumeration = {"LOW", "MEDIUM", "HIGH"}) String level,
      @Schema(description = "the level bands of the policy version applied") JsonNode bands,
      String policyKey, int policyVersion, String note, String analysedBy, Instant createdAt) {

    public static RiskAnalysisView of(RiskAnalysis r, ObjectMapper m) {
      JsonNode table = tree(m, r.lines);
      return new RiskAnalysisView(r.id, r.customerId, table.path("lines"), r.weightedTotal, r.level,
          table.path("bands"), "development-plan", r.policyVersion, r.note, r.analysedBy, r.createdAt);
    }
  }

  @Schema(name = "RiskLine")
  public record RiskLine(String code, String name, BigDecimal weight, int score, BigDecimal weighted) {
  }

  @Schema(name = "DevelopmentAnalysis")
  public record DevelopmentAnalysisView(UUID id, UUID customerId,
      @Schema(implementation = DevelopmentAnalysisInput.class) JsonNode input,
      @Schema(description = "the verdict with every figure and check") JsonNode verdict,
      boolean worthDeveloping, int policyVersion, String analysedBy, Instant createdAt) {

    public static DevelopmentAnalysisView of(DevelopmentAnalysis d, ObjectMapper m) {
      return new DevelopmentAnalysisView(d.id, d.customerId, tree(m, d.input), tree(m, d.verdict), d.worth,
          d.policyVersion, d.analysedBy, d.createdAt);
    }
  }

  @Schema(name = "DevelopmentPlan")
  public record DevelopmentPlanView(UUID id, UUID customerId,
      @Schema(implementation = DevelopmentPlanInput.Advantage[].class) JsonNode advantages,
      DevelopmentPlanInput.Meeting meeting, DevelopmentPlanInput.FirstContact firstContact, String createdBy,
      Instant createdAt, Instant updatedAt, long version) {

    public static DevelopmentPlanView of(DevelopmentPlan p, ObjectMapper m) {
      return new DevelopmentPlanView(p.id, p.customerId, tree(m, p.advantages),
          p.method == null ? null : new DevelopmentPlanInput.Meeting(
              io.kam.screening.domain.DevelopmentVocabulary.DevelopmentMethod.valueOf(p.method), p.meetingDate,
              p.meetingParticipants, p.meetingNotes),
          p.firstContactMethod == null ? null : new DevelopmentPlanInput.FirstContact(
              io.kam.screening.domain.DevelopmentVocabulary.FirstContactMethod.valueOf(p.firstContactMethod),
              p.firstContactDate, p.firstContactNote),
          p.createdBy, p.createdAt, p.updatedAt, p.version);
    }
  }

  @Schema(name = "DevelopmentContact")
  public record ContactView(UUID id, Instant contactedAt, String personVisited, int durationMinutes, String method,
      String stage, String attitude, String note, String recordedBy) {

    public static ContactView of(DevelopmentContact c) {
      return new ContactView(c.id, c.contactedAt, c.personVisited, c.durationMinutes, c.method, c.stage, c.attitude,
          c.note, c.recordedBy);
    }
  }

  @Schema(name = "DevelopmentRecord", description = "大用户开发统计表: contacts, totals and the outcome")
  public record DevelopmentRecordView(UUID customerId, String customerName, List<ContactView> contacts,
      @Schema(description = "累计接触次数") int contactCount,
      @Schema(description = "开发总时间, minutes") int totalMinutes,
      @Schema(enumeration = {"SUCCESS", "FAILURE"}, description = "null while development goes on") String outcome,
      String reasonAnalysis, String outcomeNote, String outcomeBy, Instant outcomeAt) {

    public static DevelopmentRecordView of(Customer c, DevelopmentRecord r, List<DevelopmentContact> contacts) {
      int total = contacts.stream().mapToInt(x -> x.durationMinutes).sum();
      return new DevelopmentRecordView(c.id, c.name, contacts.stream().map(ContactView::of).toList(),
          contacts.size(), total, r == null || r.outcome == null ? null : r.outcome.name(),
          r == null ? null : r.outcomeReason, r == null ? null : r.outcomeNote, r == null ? null : r.outcomeBy,
          r == null ? null : r.outcomeAt);
    }
  }

  @Schema(name = "Confirmation", description = "The confirmation of a key account: proposal, review, approval")
  public record ConfirmationView(UUID customerId, String customerStatus, String proposedRepId, String justification,
      ApprovalView approval) {

    public static ConfirmationView of(Customer c, ApprovalView approval) {
      return new ConfirmationView(c.id, c.status.name(), c.proposedRepId, c.proposalJustification, approval);
    }
  }

  @Schema(name = "ArchiveDocument")
  public record ArchiveDocumentView(UUID id, UUID customerId, String documentType, String title, UUID referenceId,
      @Schema(enumeration = {"PENDING", "FILED"}) String status, String archiveNumber, LocalDate sentAt,
      String filedBy, Instant filedAt, String registeredBy, Instant createdAt, long version) {

    public static ArchiveDocumentView of(ArchiveDocument d) {
      return new ArchiveDocumentView(d.id, d.customerId, d.documentType.name(), d.title, d.referenceId,
          d.status.name(), d.archiveNumber, d.sentAt, d.filedBy, d.filedAt, d.registeredBy, d.createdAt, d.version);
    }
  }
}
