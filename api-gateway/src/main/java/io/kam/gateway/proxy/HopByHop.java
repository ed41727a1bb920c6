package io.kam.gateway.proxy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.vertx.core.MultiMap;

/** Copies HTTP headers across the gateway without the hop-by-hop ones (RFC 9110 §7.6.1). */
final class HopByHop {

  // Host is carried as the request's authority instead; Expect: 100-continue is answered by the gateway itself
  // (quarkus.http.handle-100-continue-automatically), which then streams the body on at once
  private static final Set<String> ALWAYS = Set.of("connection", "keep-alive", "proxy-authenticate",
      "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
      "http2-settings", "expect");

  private HopByHop() {
  }

  /** Copies {@code from} into {@code to}, replacing what {@code to} had under the same names. */
  static void copy(MultiMap from, MultiMap to) {
    Set<String> dropped = new HashSet<>(ALWAYS);
    // headers named by Connection are hop-by-hop for this hop too
    for (String connection : from.getAll("Connection")) {
      for (String name : connection.split(",")) {
        dropped.add(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    Set<String> replaced = new HashSet<>();
    for (var header : from) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (dropped.contains(name)) {
        continue;
      }
      if (replaced.add(name)) {
        to.remove(name);
      }
      to.add(header.getKey(), header.getValue());
    }
  }
}
