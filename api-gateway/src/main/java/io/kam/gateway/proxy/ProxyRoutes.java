package io.kam.gateway.proxy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.kam.gateway.web.BodyLimit;
import io.kam.gateway.web.Problem;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Forwards {@code /api/v1/<area>/...} to the service owning the area, unchanged: method, path, query, headers (minus
 * hop-by-hop), body and status, streaming both ways with back-pressure. Failures become 502/503/504 problems.
 */
@ApplicationScoped
public class ProxyRoutes {

  private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

  private final Downstreams downstreams;
  private final BodyLimit bodyLimit;

  ProxyRoutes(Downstreams downstreams, BodyLimit bodyLimit) {
    this.downstreams = downstreams;
    this.bodyLimit = bodyLimit;
  }

  void install(@Observes Router router) {
    downstreams.services().values().forEach(service -> router
        .routeWithRegex("/api/v1/" + Pattern.quote(service.area()) + "(/.*)?")
        .handler(ctx -> forward(ctx, service)));
  }

  void forward(RoutingContext ctx, Downstreams.Service service) {
    HttpServerRequest in = ctx.request();
    in.pause();
    HttpMethod method = in.method();
    boolean hasBody = in.headers().contains("Transfer-Encoding") || contentLength(in) > 0;
    downstreams.client().request(downstreams.options(service, method, in.uri())).onComplete(connected -> {
      if (connected.failed()) {
        fail(ctx, service, connected.cause());
        return;
      }
      HttpClientRequest out = connected.result();
      // the caller's Host is kept, so that links a service builds (Location, ...) point at the gateway
      if (in.authority() != null) {
        out.authority(in.authority());
      }
      HopByHop.copy(in.headers(), out.headers());
      forwardedHeaders(in, out);
      AtomicBoolean refused = new AtomicBoolean();
      if (hasBody) {
        if (!out.headers().contains("Content-Length")) {
          out.setChunked(true);
        }
        ReadStream<Buffer> body = new LimitedBody(in, bodyLimit.maxBytes(), () -> {
          refused.set(true);
          out.reset();
          BodyLimit.tooLarge(ctx, bodyLimit.maxBytes());
        });
        out.send(body).onComplete(ar -> {
          if (ar.succeeded()) {
            relay(ctx, service, ar.result());
          } else if (!refused.get()) {
            fail(ctx, service, ar.cause());
          }
        });
      } else {
        in.resume();
        out.send().onComplete(ar -> {
          if (ar.succeeded()) {
            relay(ctx, service, ar.result());
          } else {
            fail(ctx, service, ar.cause());
          }
        });
      }
    });
  }

  private void relay(RoutingContext ctx, Downstreams.Service service, HttpClientResponse from) {
    HttpServerResponse to = ctx.response();
    if (to.ended() || to.closed()) {
      from.request().reset();
      return;
    }
    to.setStatusCode(from.statusCode());
    if (from.statusMessage() != null) {
      to.setStatusMessage(from.statusMessage());
    }
    HopByHop.copy(from.headers(), to.headers());
    int status = from.statusCode();
    boolean bodiless = ctx.request().method() == HttpMethod.HEAD || status == 204 || status == 304 || status < 200;
    if (!bodiless && !to.headers().contains("Content-Length")) {
      to.setChunked(true);
    }
    from.pipeTo(to).onFailure(t -> {
      // either side went away mid-stream: drop both so that neither connection is reused half-read
      LOG.debugf("response from %s broke off: %s", service.area(), t.toString());
      from.request().reset();
      to.reset();
    });
  }

  private void fail(RoutingContext ctx, Downstreams.Service service, Throwable cause) {
    Downstreams.Failure failure = Downstreams.Failure.of(cause);
    LOG.warnf("%s %s -> %s failed: %s (%s)", ctx.request().method(), ctx.request().path(), service.area(),
        failure, cause.toString());
    if (ctx.response().ended()) {
      return;
    }
    Problem.send(ctx, failure.status, failure.slug, failure.title,
        "The " + service.area() + " service " + failure.phrase + ".");
  }

  private static void forwardedHeaders(HttpServerRequest in, HttpClientRequest out) {
    String client = in.remoteAddress() == null ? null : in.remoteAddress().hostAddress();
    if (client != null) {
      String prior = in.getHeader("X-Forwarded-For");
      out.putHeader("X-Forwarded-For", prior == null ? client : prior + ", " + client);
    }
    if (in.getHeader("X-Forwarded-Host") == null && in.authority() != null) {
      out.putHeader("X-Forwarded-Host", in.authority().toString());
    }
    if (in.getHeader("X-Forwarded-Proto") == null) {
      out.putHeader("X-Forwarded-Proto", in.scheme());
    }
  }

  private static long contentLength(HttpServerRequest in) {
    String value = in.getHeader("Content-Length");
    try {
      return value == null ? -1 : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The incoming body, counted as it streams: past the limit the upload stops and {@code onExceeded} runs once. */
  static final class LimitedBody implements ReadStream<Buffer> {
    private final HttpServerRequest in;
    private final long max;
    private final Runnable onExceeded;
    private long seen;
    private boolean exceeded;

    LimitedBody(HttpServerRequest in, long max, Runnable onExceeded) {
      this.in = in;
      this.max = max;
      this.onExceeded = onExceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
      if (handler == null) {
        in.handler(null);
      } else {
        in.handler(chunk -> {
          if (exceeded) {
            return;
          }
          seen += chunk.length();
          if (seen > max) {
            exceeded = true;
            onExceeded.run();
          } else {
            handler.handle(chunk);
          }
        });
      }
      return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
      in.exceptionHandler(handler);
      return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
      in.pause();
      return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
      in.resume();
      return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
      in.fetch(amount);
      return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
      in.endHandler(endHandler == null ? null : v -> {
        if (!exceeded) {
          endHandler.handle(v);
        }
      });
      return this;
    }
  }
}
