package io.kam.platform.approval;

/** The result of one decision: whether the step finished and where the chain now stands. */
public record ApprovalOutcome(ApprovalChain chain, ApprovalDecision decision, boolean stepCompleted) {

  public boolean approved() {
    return chain.status == ApprovalChain.Status.APPROVED;
  }

  public boolean rejected() {
    return chain.status == ApprovalChain.Status.REJECTED;
  }

  public boolean returned() {
    return chain.status == ApprovalChain.Status.RETURNED;
  }
}
