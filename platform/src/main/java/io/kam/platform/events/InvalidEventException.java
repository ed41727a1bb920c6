package io.kam.platform.events;

/** A record that is not a valid KAM CloudEvent: never retried, sent to the DLQ at once. */
public class InvalidEventException extends RuntimeException {

  public InvalidEventException(String message) {
    super(message);
  }

  public InvalidEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
