package io.kam.platform.policy;

/** The policy in force: its content and the version every decision records. */
public record Policy<T>(String key, int version, String documentNumber, T content) {
}
