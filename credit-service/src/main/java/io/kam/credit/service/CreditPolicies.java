package io.kam.credit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.kam.credit.config.CreditPolicy;
import io.kam.credit.config.CreditPolicyDefinition;
import io.kam.platform.policy.Policy;
import io.kam.platform.policy.PolicyService;

/** The credit plan in force; every decision records its version. */
@ApplicationScoped
public class CreditPolicies {

  @Inject
  PolicyService policies;

  public Policy<CreditPolicy> current() {
    return policies.current(CreditPolicyDefinition.KEY, CreditPolicy.class);
  }
}
