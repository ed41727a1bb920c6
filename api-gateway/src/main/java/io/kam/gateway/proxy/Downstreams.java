package io.kam.gateway.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import io.kam.gateway.config.GatewayConfig;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The configured downstream services and the one pooled, non-blocking HTTP client used to reach them (keep-alive
 * connections per host, bounded pool and wait queue, connect and idle timeouts).
 */
@ApplicationScoped
public class Downstreams {

  /** A downstream service: its area and where it listens. */
  public record Service(String area, String host, int port, boolean ssl) {

    public String baseUrl() {
      return (ssl ? "https://" : "http://") + host + ":" + port;
    }
  }

  /** Why a downstream call failed, as the caller should see it. */
  public enum Failure {
    UNREACHABLE(502, "bad-gateway", "Bad gateway", "is not reachable"),
    BROKEN(502, "bad-gateway", "Bad gateway", "broke the connection"),
    TIMEOUT(504, "gateway-timeout", "Gateway timeout", "did not answer in time"),
    BUSY(503, "service-unavailable", "Service unavailable", "has too many requests waiting; try again shortly");

    public final int status;
    public final String slug;
    public final String title;
    public final String phrase;

    Failure(int status, String slug, String title, String phrase) {
      this.status = status;
      this.slug = slug;
      this.title = title;
      this.phrase = phrase;
    }

    public static Failure of(Throwable t) {
      if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
        return TIMEOUT;
      }
      if (t instanceof ConnectionPoolTooBusyException) {
        return BUSY;
      }
      if (t instanceof ConnectException || t instanceof UnknownHostException) {
        return UNREACHABLE;
      }
      return BROKEN;
    }
  }

  private final Map<String, Service> services;
  private final HttpClient client;
  private final GatewayConfig.Client settings;

  Downstreams(GatewayConfig config, Vertx vertx) {
    Map<String, Service> byArea = new LinkedHashMap<>();
    config.services().forEach((area, service) -> byArea.put(area, parse(area, service.url())));
    this.services = Collections.unmodifiableMap(byArea);
    this.settings = config.client();
    HttpClientOptions options = new HttpClientOptions()
        .setConnectTimeout((int) settings.connectTimeout().toMillis())
        .setKeepAlive(true)
        .setKeepAliveTimeout(30)
        .setDecompressionSupported(false)
        .setTryUseCompression(false);
    PoolOptions pool = new PoolOptions()
        .setHttp1MaxSize(settings.maxPoolSize())
        .setMaxWaitQueueSize(settings.maxWaitQueue());
    this.client = vertx.createHttpClient(options, pool);
  }

  static Service parse(String area, String url) {
    URI uri = URI.create(url.trim());
    boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
    if (uri.getHost() == null || !(ssl || "http".equalsIgnoreCase(uri.getScheme()))) {
      throw new IllegalArgumentException("kam.gateway.services." + area + ".url must be an http(s) URL: " + url);
    }
    int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
    return new Service(area, uri.getHost(), port, ssl);
  }

  public Map<String, Service> services() {
    return services;
  }

  public Optional<Service> service(String area) {
    return Optional.ofNullable(services.get(area));
  }

  public HttpClient client() {
    return client;
  }

  /** Request options for {@code uri} (path and query) on {@code service}, with the configured timeouts. */
  public RequestOptions options(Service service, HttpMethod method, String uri) {
    return new RequestOptions()
        .setMethod(method)
        .setHost(service.host())
        .setPort(service.port())
        .setSsl(service.ssl())
        .setURI(uri)
        .setConnectTimeout(settings.connectTimeout().toMillis())
        .setIdleTimeout(settings.idleTimeout().toMillis());
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
