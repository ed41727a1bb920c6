package io.kam.screening.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rep's proposal to confirm a potential key account (正式确定为大用户), or its resubmission after a return. */
@Schema(name = "ConfirmationProposal")
public record ProposalInput(
    @Size(max = 100) @Schema(description = "the dedicated rep to assign; the proposer when absent", example = "rep.sh")
    String repId,
    @NotBlank @Size(max = 4000) @Schema(example = "risk LOW, worth developing, first contact positive") String justification) {
}
