package io.kam.platform.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A business refusal that maps to a problem+json response. */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final List<Problem.FieldError> errors;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public ProblemException(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = errors;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist or is not visible to you");
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(400, "validation", "Request is not valid", "1 field is not valid",
        List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException invalid(List<Problem.FieldError> errors) {
    return new ProblemException(400, "validation", "Request is not valid", errors.size() + " field(s) not valid", errors);
  }

  public static ProblemException unprocessable(String detail) {
    return new ProblemException(422, "unprocessable", "Request cannot be processed", detail);
  }

  public ProblemException with(String key, Object value) {
    extensions.put(key, value);
    return this;
  }

  public int status() {
    return status;
  }

  public Problem toProblem(String instance) {
    return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), instance, errors, extensions);
  }
}
