package io.kam.credit.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.credit.domain.BasicInformation;
import io.kam.credit.domain.DocumentChecklist;
import io.kam.credit.domain.ScoreCard;

/**
 * A credit evaluation, explainable: every input, the scoring sheet worked out per category and criterion
 * with its weights, the band that gave level and limit, and the policy version.
 */
@Schema(name = "CreditEvaluation")
public record EvaluationView(UUID id, String accountId, @Schema(enumeration = {"DRAFT", "COMPLETED"}) String status,
    DocumentChecklist documents, BasicInformation basicInformation, Map<String, BigDecimal> scores,
    @Schema(description = "what is still missing before the evaluation can be completed") List<String> missing,
    @Schema(example = "78.50") BigDecimal score, @Schema(example = "YELLOW") String level,
    @Schema(example = "2000000.00") BigDecimal creditLimit, ScoreCard breakdown, int policyVersion,
    @Schema(description = "the change request this evaluation triggered, if its level differs from the tier") UUID changeRequestId,
    String createdBy, Instant createdAt, String completedBy, Instant completedAt, long version) {
}
