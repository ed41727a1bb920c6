package io.kam.platform.policy;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy version with its control header, as REST returns it. */
@Schema(name = "PolicyDocument")
public record PolicyView(String key, int version, String status, String title, String documentNumber,
    String controlledStatus, String implementingDepartment, String supervisingDepartment, String verifyingDepartment,
    String preparedBy, Instant preparedAt, String reviewedBy, Instant reviewedAt, String reviewComment,
    String approvedBy, Instant approvedAt, String revisionMark, int revisionCount, LocalDate revisionDate,
    String changeSummary, JsonNode content) {
}
