package io.kam.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void matchesOnlyTheRightPasswordAndSaltsEveryHash() {
    String first = PasswordHasher.hash("s3cret".toCharArray(), 1000);
    String second = PasswordHasher.hash("s3cret".toCharArray(), 1000);
    assertTrue(first.startsWith("pbkdf2-sha256$1000$"));
    assertNotEquals(first, second);
    assertTrue(PasswordHasher.matches("s3cret".toCharArray(), first));
    assertFalse(PasswordHasher.matches("s3cret ".toCharArray(), first));
    assertFalse(PasswordHasher.matches("".toCharArray(), first));
  }

  @Test
  void malformedStoredHashesNeverMatch() {
    assertFalse(PasswordHasher.matches("x".toCharArray(), null));
    assertFalse(PasswordHasher.matches("x".toCharArray(), "x"));
    assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$abc$def"));
    assertFalse(PasswordHasher.matches("x".toCharArray(), "pbkdf2-sha256$zz$abc$def"));
  }
}
