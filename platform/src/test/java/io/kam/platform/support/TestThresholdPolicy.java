package io.kam.platform.support;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.kam.platform.error.Problem;
import io.kam.platform.policy.PolicyDefinition;

/** A test policy: one threshold that must stay below a ceiling. */
@ApplicationScoped
public class TestThresholdPolicy implements PolicyDefinition<TestThresholdPolicy.Content> {

  public record Content(@NotNull @Min(0) Integer threshold, @NotNull Integer ceiling) {
  }

  @Override
  public String key() {
    return "test-thresholds";
  }

  @Override
  public String title() {
    return "Test thresholds";
  }

  @Override
  public String documentNumber() {
    return "KAM-TEST-001";
  }

  @Override
  public Class<Content> contentType() {
    return Content.class;
  }

  @Override
  public Content defaults() {
    return new Content(75, 100);
  }

  @Override
  public List<Problem.FieldError> validate(Content content) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (content.threshold() != null && content.ceiling() != null && content.threshold() > content.ceiling()) {
      errors.add(new Problem.FieldError("content.threshold", "must not exceed the ceiling"));
    }
    return errors;
  }
}
