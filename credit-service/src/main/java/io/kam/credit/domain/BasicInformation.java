package io.kam.credit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 评定步骤 2: the customer basic information form (用户基础情况表). */
@Schema(name = "BasicInformation")
public record BasicInformation(
    @Schema(example = "Shanghai Example Steel Co., Ltd.") @Size(max = 300) String companyName,
    @Schema(example = "91310000MA1FL0000X") @Size(max = 64) String unifiedSocialCreditCode,
    @Schema(example = "Zhang San") @Size(max = 100) String legalRepresentative,
    @Schema(example = "50000000.00", description = "CNY") @DecimalMin("0") BigDecimal registeredCapital,
    @Schema(example = "2008-06-01") LocalDate establishedOn,
    @Schema(example = "850") @Min(0) Integer employees,
    @Schema(example = "steel products") @Size(max = 500) String mainBusiness,
    @Schema(example = "Bank of China, Shanghai branch") @Size(max = 200) String bankOfDeposit,
    @Schema(example = "1 Century Ave, Shanghai") @Size(max = 500) String address) {

  public static BasicInformation empty() {
    return new BasicInformation(null, null, null, null, null, null, null, null, null);
  }

  /** The fields a completed form must have. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (companyName == null || companyName.isBlank()) {
      missing.add("basicInformation.companyName");
    }
    if (legalRepresentative == null || legalRepresentative.isBlank()) {
      missing.add("basicInformation.legalRepresentative");
    }
    if (registeredCapital == null) {
      missing.add("basicInformation.registeredCapital");
    }
    if (establishedOn == null) {
      missing.add("basicInformation.establishedOn");
    }
    return missing;
  }
}
