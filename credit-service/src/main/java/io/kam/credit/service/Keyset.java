package io.kam.credit.service;

import java.util.ArrayList;
import java.util.List;

import io.kam.platform.web.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Keyset pages over {@code (createdAt, id)} for Panache queries. */
final class Keyset {

  private Keyset() {
  }

  /** Adds the "after the cursor" condition to a query and its parameters. */
  static String where(String base, List<Object> params, Cursor after) {
    if (after == null) {
      return base + " order by createdAt, id";
    }
    params.add(after.at());
    int at = params.size();
    params.add(after.id());
    int id = params.size();
    return base + " and (createdAt > ?" + at + " or (createdAt = ?" + at + " and id > ?" + id + "))"
        + " order by createdAt, id";
  }

  static <T> List<T> fetch(PanacheQuery<T> query, int limit) {
    return new ArrayList<>(query.range(0, limit).list());
  }
}
