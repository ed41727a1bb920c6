package io.kam.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.kam.platform.error.ProblemException;

/** An opaque keyset cursor over {@code (created_at, id)}: stable under inserts, no offsets. */
public record Cursor(Instant at, UUID id) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public String encode() {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((at.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** Null for a null or empty cursor; 400 for one that was not made here. */
  public static Cursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = text.indexOf('|');
      return new Cursor(Instant.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw ProblemException.invalid("after", "not a cursor returned by this API");
    }
  }

  /** The requested page size, defaulted and bounded. */
  public static int limit(Integer requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    if (requested < 1 || requested > MAX_LIMIT) {
      throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return requested;
  }
}
