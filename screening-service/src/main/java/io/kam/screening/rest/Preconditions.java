package io.kam.screening.rest;

import jakarta.ws.rs.core.EntityTag;

import io.kam.platform.error.ProblemException;

/** ETag / If-Match for optimistic concurrency: the ETag is the record's version; updates must send it. */
final class Preconditions {

  private Preconditions() {
  }

  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version named by If-Match; 428 when absent (updates require it), 400 when it is not one of ours. */
  static long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      throw new ProblemException(428, "precondition-required", "Precondition required",
          "send If-Match with the ETag (version) you read");
    }
    String v = header.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("If-Match", "must be an ETag returned by this API");
    }
  }
}
