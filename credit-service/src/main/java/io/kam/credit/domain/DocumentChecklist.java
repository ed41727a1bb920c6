package io.kam.credit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 评定步骤 1: the documents collected for a credit evaluation — business licence (营业执照), legal
 * representative ID copy (法定代表人身份证复印件), financial statements at last year end and last quarter
 * end (财务报表（上年末及上季度末）). A null item is not yet collected.
 */
@Schema(name = "DocumentChecklist")
public record DocumentChecklist(
    @Valid CollectedDocument businessLicence,
    @Valid CollectedDocument legalRepresentativeId,
    @Valid CollectedDocument financialStatementsYearEnd,
    @Valid CollectedDocument financialStatementsQuarterEnd) {

  @Schema(name = "CollectedDocument")
  public record CollectedDocument(
      @Schema(example = "ARCH-2025-0042", description = "archive or file reference") @NotBlank @Size(max = 200) String reference,
      @Schema(example = "2025-03-31", description = "the period the document covers (statements) or its issue date") LocalDate date,
      @Schema(example = "2025-04-10") LocalDate receivedOn) {
  }

  public static DocumentChecklist empty() {
    return new DocumentChecklist(null, null, null, null);
  }

  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (businessLicence == null) {
      missing.add("documents.businessLicence");
    }
    if (legalRepresentativeId == null) {
      missing.add("documents.legalRepresentativeId");
    }
    if (financialStatementsYearEnd == null) {
      missing.add("documents.financialStatementsYearEnd");
    }
    if (financialStatementsQuarterEnd == null) {
      missing.add("documents.financialStatementsQuarterEnd");
    }
    return missing;
  }
}
