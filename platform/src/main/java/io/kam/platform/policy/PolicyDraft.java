package io.kam.platform.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposed change to a policy: new content and the header fields the preparer sets. */
@Schema(name = "PolicyDraft")
public record PolicyDraft(
    @NotNull @Schema(description = "the full new content of the policy") JsonNode content,
    @NotBlank @Size(max = 500) @Schema(example = "raise the green threshold") String changeSummary,
    @Size(max = 20) @Schema(example = "B") String revisionMark,
    @Size(max = 100) String implementingDepartment,
    @Size(max = 100) String supervisingDepartment,
    @Size(max = 100) String verifyingDepartment) {
}
