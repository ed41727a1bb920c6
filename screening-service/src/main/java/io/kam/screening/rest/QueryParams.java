package io.kam.screening.rest;

import java.util.Arrays;

import io.kam.platform.error.ProblemException;

/** Query parameters read as text so that a bad value is a 400 naming the parameter, not JAX-RS's bare 404. */
final class QueryParams {

  private QueryParams() {
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
