package io.kam.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

  @Test
  void clusterIdsNeverLookLikeAnOption() {
    // about one random id in 64 starts with '-', which the storage tool once read as a flag
    for (int i = 0; i < 20_000; i++) {
      String id = KafkaBroker.newClusterId();
      assertEquals(22, id.length());
      assertFalse(id.startsWith("-"), id);
    }
  }
}
