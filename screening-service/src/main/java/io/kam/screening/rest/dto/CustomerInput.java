package io.kam.screening.rest.dto;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer record as a rep enters it (create, full update, and each row of an import). */
@Schema(name = "CustomerInput", description = "A customer record (用户信息) with its classification")
public record CustomerInput(
    @NotBlank @Size(max = 200) @Schema(example = "Shanghai Jiahe Trading Co., Ltd.") String name,
    @NotBlank @Pattern(regexp = "[0-9A-Z-]{6,40}", message = "must be 6 to 40 characters 0-9, A-Z or -")
    @Schema(description = "unified social credit code or another unique id", example = "91310000MA1FL4XQ2K")
    String creditCode,
    @Size(max = 100) @Schema(example = "food-retail") String industry,
    @NotBlank @Pattern(regexp = "HQ(/[A-Z0-9_-]{1,32}){0,3}", message = "must be an org unit path like HQ/EAST/SH")
    @Schema(example = "HQ/EAST/SH") String orgUnit,
    @Size(max = 100) @Schema(example = "Li Wei") String contactName,
    @Size(max = 40) @Schema(example = "+86 21 5555 0101") String contactPhone,
    @Email @Size(max = 200) @Schema(example = "li.wei@jiahe.example") String contactEmail,
    @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2)
    @Schema(description = "annual sales with us, CNY", example = "6200000") BigDecimal annualSales,
    @NotNull @PositiveOrZero @Max(100000) @Schema(description = "purchases per year", example = "30")
    Integer purchaseFrequency,
    @NotNull @Valid ClassificationInput classification) {

  /** The customer's place in the taxonomy: codes from the customer-classification policy. */
  @Schema(name = "Classification")
  public record ClassificationInput(
      @NotBlank @Schema(example = "STANDARD") String productCategory,
      @NotBlank @Schema(example = "ENTERPRISE") String customerNature,
      @NotBlank @Schema(example = "SUPPLY") String serviceContent) {
  }
}
