package io.kam.platform.error;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with one {@code errors} entry per invalid field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
    @Schema(example = "https://kam.io/problems/validation") String type,
    @Schema(example = "Request is not valid") String title,
    @Schema(example = "400") int status,
    String detail,
    String instance,
    List<FieldError> errors,
    @Schema(hidden = true) Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://kam.io/problems/";

  /** One invalid field: its JSON path (or row/column for imports) and what is wrong with it. */
  @Schema(name = "FieldError")
  public record FieldError(@Schema(example = "name") String field, @Schema(example = "must not be blank") String message) {
  }

  @JsonAnyGetter
  public Map<String, Object> extensions() {
    return extensions;
  }
}
