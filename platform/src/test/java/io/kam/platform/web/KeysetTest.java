package io.kam.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class KeysetTest {

  private static final Cursor AFTER = new Cursor(Instant.parse("2026-12-01T10:00:00Z"), UUID.randomUUID());

  @Test
  void positionalParametersContinueAfterTheCallersOwn() {
    List<Object> params = new ArrayList<>(List.of("acc-1"));
    assertEquals("accountId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
        Keyset.where("accountId = ?1", params, AFTER));
    assertEquals(List.of("acc-1", AFTER.at(), AFTER.id()), params);
  }

  @Test
  void namedParametersAndTheFirstPage() {
    Map<String, Object> params = new HashMap<>();
    assertEquals("status = :s and (createdAt > :keysetAt or (createdAt = :keysetAt and id > :keysetId)) "
        + "order by createdAt, id", Keyset.where("status = :s", params, AFTER));
    assertEquals(Map.of("keysetAt", AFTER.at(), "keysetId", AFTER.id()), params);
    List<Object> none = new ArrayList<>();
    assertEquals("1 = 1 order by createdAt, id", Keyset.where("1 = 1", none, null));
    assertEquals(0, none.size());
  }
}
