package io.kam.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;


import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kam.platform.error.ProblemException;
import io.kam.platform.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;

/** Stores the first response per (caller, key) and replays it; see {@link Idempotent}. */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class IdempotencyInterceptor {

  public static final String HEADER = "Idempotency-Key";

  @Inject
  HttpServerRequest request;

  @Inject
  CurrentUser user;

  @Inject
  EntityManager em;

  @Inject
  ObjectMapper mapper;

  @AroundInvoke
  Object around(InvocationContext ctx) throws Exception {
    String key = request.getHeader(HEADER);
    if (key == null) {
      return ctx.proceed();
    }
    if (key.isBlank() || key.length() > 200) {
      throw ProblemException.invalid(HEADER, "must be 1 to 200 characters");
    }
    String principal = user.actor().id();
    String method = request.method().name();
    String path = request.path();
    String hash = hash(method, path, ctx.getParameters());
    Object[] existing = QuarkusTransaction.requiringNew().call(() -> {
      int inserted = em.createNativeQuery("insert into kam_idempotency (principal, idem_key, method, path, "
              + "request_hash) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
          .setParameter(1, principal).setParameter(2, key).setParameter(3, method).setParameter(4, path)
          .setParameter(5, hash).executeUpdate();
      if (inserted == 1) {
        return null;
      }
      return (Object[]) em.createNativeQuery("select request_hash, status, response_body, location "
              + "from kam_idempotency where principal = ?1 and idem_key = ?2")
          .setParameter(1, principal).setParameter(2, key).getSingleResult();
    });
    if (existing != null) {
      if (!hash.equals(existing[0])) {
        throw ProblemException.unprocessable("Idempotency-Key " + key + " was used with a different request");
      }
      if (existing[1] == null) {
        throw ProblemException.conflict("a request with Idempotency-Key " + key + " is still being processed");
      }
      Response.ResponseBuilder replay = Response.status(((Number) existing[1]).intValue())
          .header("Idempotent-Replayed", "true");
      if (existing[2] != null) {
        replay.entity(mapper.readTree((String) existing[2])).type("application/json");
      }
      if (existing[3] != null) {
        replay.header("Location", existing[3]);
      }
      return replay.build();
    }
    Object result;
    try {
      result = ctx.proceed();
    } catch (Exception | Error e) {
      forget(principal, key);
      throw e;
    }
    if (result instanceof Response response && response.getStatus() < 400) {
      String body = response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity());
      String location = response.getLocation() == null ? null : response.getLocation().toString();
      QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update kam_idempotency set status = ?3, "
              + "response_body = ?4, location = ?5, completed_at = now() where principal = ?1 and idem_key = ?2")
          .setParameter(1, principal).setParameter(2, key).setParameter(3, response.getStatus())
          .setParameter(4, body).setParameter(5, location).executeUpdate());
    } else {
      forget(principal, key);
    }
    return result;
  }

  private void forget(String principal, String key) {
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
            "delete from kam_idempotency where principal = ?1 and idem_key = ?2 and status is null")
        .setParameter(1, principal).setParameter(2, key).executeUpdate());
  }

  private String hash(String method, String path, Object[] parameters) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
    boolean streamed = false;
    for (Object p : parameters) {
      if (p == null || p instanceof UriInfo || p instanceof jakarta.ws.rs.core.HttpHeaders) {
        continue;
      }
      if (p instanceof HttpServerRequest || p instanceof java.io.InputStream) {
        // a streamed body cannot be read twice: it is recognised by its type, length and digest headers
        streamed = true;
        continue;
      }
      try {
        JsonNode tree = mapper.valueToTree(p);
        digest.update(mapper.writeValueAsBytes(tree));
      } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
        digest.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
      }
    }
    if (streamed) {
      for (String header : STREAM_HEADERS) {
        String value = request.getHeader(header);
        digest.update((header + ": " + (value == null ? "" : value) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static final String[] STREAM_HEADERS = {"Content-Type", "Content-Length", "Content-Digest"};

}
