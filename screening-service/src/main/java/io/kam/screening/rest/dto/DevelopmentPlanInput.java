package io.kam.screening.rest.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.screening.domain.DevelopmentVocabulary.CompetitiveAdvantage;
import io.kam.screening.domain.DevelopmentVocabulary.DevelopmentMethod;
import io.kam.screening.domain.DevelopmentVocabulary.FirstContactMethod;

/** The development plan: advantages offered (§3), the method chosen at the development meeting (§4), first contact (§5). */
@Schema(name = "DevelopmentPlanInput")
public record DevelopmentPlanInput(
    @NotEmpty @Size(max = 6) @Valid List<Advantage> advantages,
    @Valid Meeting meeting,
    @Valid FirstContact firstContact) {

  @Schema(name = "CompetitiveAdvantageOffered")
  public record Advantage(@NotNull CompetitiveAdvantage type,
      @NotBlank @Size(max = 2000) @Schema(example = "bulk delivery cuts their storage cost by 10%") String description) {
  }

  /** The development meeting (目标大用户开发会议) and the method it chose. */
  @Schema(name = "DevelopmentMeeting")
  public record Meeting(@NotNull DevelopmentMethod method, @NotNull @Schema(example = "2025-03-04") LocalDate date,
      @Size(max = 1000) @Schema(example = "manager.sh, rep.sh, rep.hz") String participants,
      @Size(max = 4000) @Schema(example = "a visit suits their buyer, who prefers face to face") String notes) {
  }

  /** First contact (首次接触): letter, phone or email. */
  @Schema(name = "FirstContact")
  public record FirstContact(@NotNull FirstContactMethod method, @NotNull @Schema(example = "2025-03-06") LocalDate date,
      @Size(max = 2000) @Schema(example = "called the purchasing head; asked for a visit") String note) {
  }
}
