package io.kam.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The "after the cursor" condition and order of a keyset page over {@code (createdAt, id)}, for Panache
 * queries with positional or named parameters; pair with {@link Cursor} and {@link Page#of}.
 */
public final class Keyset {

  private static final String ORDER = " order by createdAt, id";

  private Keyset() {
  }

  /** {@code base} (positional parameters {@code ?1…}) restricted to rows after {@code after}, in keyset order. */
  public static String where(String base, List<Object> params, Cursor after) {
    if (after == null) {
      return base + ORDER;
    }
    params.add(after.at());
    int at = params.size();
    params.add(after.id());
    int id = params.size();
    return base + " and (createdAt > ?" + at + " or (createdAt = ?" + at + " and id > ?" + id + "))" + ORDER;
  }

  /** {@code base} (named parameters) restricted to rows after {@code after}, in keyset order. */
  public static String where(String base, Map<String, Object> params, Cursor after) {
    if (after == null) {
      return base + ORDER;
    }
    params.put("keysetAt", after.at());
    params.put("keysetId", after.id());
    return base + " and (createdAt > :keysetAt or (createdAt = :keysetAt and id > :keysetId))" + ORDER;
  }

  /** One more row than {@code limit}: {@link Page#of} uses it only to know that a next page exists. */
  public static <T> List<T> fetch(PanacheQuery<T> query, int limit) {
    return new ArrayList<>(query.range(0, limit).list());
  }
}
