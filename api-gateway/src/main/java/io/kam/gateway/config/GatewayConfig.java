package io.kam.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Everything the gateway can be told: downstream addresses, timeouts, limits, local users. */
@ConfigMapping(prefix = "kam.gateway")
public interface GatewayConfig {

  /** Downstream services by area ({@code screening}, {@code visits}, ...), each owning {@code /api/v1/<area>}. */
  Map<String, Service> services();

  Client client();

  /** Largest request body forwarded; a bigger one is refused with 413. */
  @WithDefault("10M")
  MemorySize maxBodySize();

  /** Per-user limit on every authenticated API call. */
  RateLimit rateLimit();

  /** Per username and client address limit on the token endpoint (brute force). */
  RateLimit tokenRateLimit();

  Token token();

  Overview overview();

  OpenApi openapi();

  /** Local users (the local profile only; production authenticates against an OIDC provider). */
  Map<String, User> users();

  interface Service {
    /** Base URL, e.g. {@code http://screening-service:8080} or {@code http://localhost:8081}. */
    String url();
  }

  interface Client {
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a downstream may stay silent (no headers, no body bytes) before the caller gets 504. */
    @WithDefault("15s")
    Duration idleTimeout();

    @WithDefault("100")
    int maxPoolSize();

    /** Requests waiting for a pooled connection beyond this are refused with 503. */
    @WithDefault("1000")
    int maxWaitQueue();
  }

  interface RateLimit {
    /** Burst size: how many requests a full bucket allows at once. */
    int capacity();

    /** Tokens added per second. */
    double refillPerSecond();
  }

  interface Token {
    @WithDefault("https://kam.local/issuer")
    String issuer();

    @WithDefault("kam")
    String audience();

    @WithDefault("1h")
    Duration lifespan();
  }

  interface Overview {
    /** Per-part timeout of the account overview. */
    @WithDefault("2s")
    Duration timeout();

    /** Largest downstream body a part may return. */
    @WithDefault("1M")
    MemorySize maxPartSize();
  }

  interface OpenApi {
    /** How long a merged document is served before the services are asked again. */
    @WithDefault("30s")
    Duration cacheTtl();

    @WithDefault("3s")
    Duration fetchTimeout();

    /** Public URL of the gateway for the {@code servers} entry; the request's own origin when absent. */
    Optional<String> publicUrl();

    /** Where this gateway's own document is served by Quarkus (merged into {@code /q/openapi}). */
    @WithName("own-path")
    @WithDefault("/q/openapi-gateway")
    String ownPath();
  }

  interface User {
    /** {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}, see {@code PasswordHasher}. */
    String passwordHash();

    List<String> roles();

    String org();

    Optional<String> department();
  }
}
