package io.kam.platform.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list: pass {@code nextCursor} as {@code after} for the next page. */
public record Page<T>(List<T> items, @Schema(description = "null on the last page") String nextCursor) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor);
  }

  /**
   * Builds a page from {@code limit + 1} fetched rows: the extra row only says that a next page exists.
   */
  public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
    if (fetched.size() <= limit) {
      return new Page<>(fetched, null);
    }
    List<T> items = fetched.subList(0, limit);
    return new Page<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)));
  }
}
