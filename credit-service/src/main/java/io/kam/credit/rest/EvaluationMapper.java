package io.kam.credit.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.kam.credit.domain.CreditEvaluation;
import io.kam.credit.domain.ScoreCard;
import io.kam.credit.rest.dto.EvaluationView;
import io.kam.credit.service.CreditPolicies;
import io.kam.credit.service.EvaluationService;

/** Maps an evaluation, with what is still missing under the policy in force. */
@ApplicationScoped
public class EvaluationMapper {

  @Inject
  EvaluationService evaluations;

  @Inject
  CreditPolicies policies;

  public EvaluationView view(CreditEvaluation e) {
    var documents = evaluations.documents(e);
    var basic = evaluations.basicInformation(e);
    var scores = evaluations.scores(e);
    List<String> missing = new ArrayList<>();
    if (e.status == CreditEvaluation.Status.DRAFT) {
      missing.addAll(documents.missing());
      missing.addAll(basic.missing());
      missing.addAll(ScoreCard.missing(policies.current().content().scoringSheet(), scores));
    }
    return new EvaluationView(e.id, e.accountId, e.status.name(), documents, basic, scores, missing, e.score,
        e.level == null ? null : e.level.name(), e.creditLimit, evaluations.breakdown(e), e.policyVersion,
        e.changeRequestId, e.createdBy, e.createdAt, e.completedBy, e.completedAt, e.version);
  }
}
