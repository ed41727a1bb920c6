package io.kam.platform.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Carries {@code X-Request-Id} and W3C {@code traceparent} from the HTTP request into the log MDC and
 * from there into outbox events (and back out of consumers), generating them when absent.
 */
public class RequestContextFilter {

  private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @ServerRequestFilter(preMatching = true)
  public void in(ContainerRequestContext request) {
    String requestId = request.getHeaderString("X-Request-Id");
    if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
      requestId = UUID.randomUUID().toString();
    }
    String traceparent = request.getHeaderString("traceparent");
    if (traceparent == null || !TRACEPARENT.matcher(traceparent).matches()) {
      traceparent = newTraceparent();
    }
    request.setProperty("kam.requestId", requestId);
    MDC.put("requestId", requestId);
    MDC.put("traceparent", traceparent);
  }

  /** A fresh W3C trace context (version 00, sampled). */
  public static String newTraceparent() {
    byte[] trace = new byte[16];
    byte[] span = new byte[8];
    RANDOM.nextBytes(trace);
    RANDOM.nextBytes(span);
    return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
  }

  @ServerResponseFilter
  public void out(ContainerRequestContext request, ContainerResponseContext response) {
    Object requestId = request.getProperty("kam.requestId");
    if (requestId != null) {
      response.getHeaders().putSingle("X-Request-Id", requestId);
    }
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    response.getHeaders().putSingle("Cache-Control", "no-store");
  }
}
