package io.kam.platform.policy;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's or approver's decision on a draft policy version. */
@Schema(name = "PolicyDecision")
public record PolicyDecision(boolean accept, @Size(max = 2000) String comment) {
}
