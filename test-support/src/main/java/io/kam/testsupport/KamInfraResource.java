package io.kam.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource: real PostgreSQL (one database per module) and a real Kafka broker.
 * Use {@code @QuarkusTestResource(value = KamInfraResource.class, initArgs = @ResourceArg(name = "database",
 * value = "screening"))} on one test class of the module.
 */
public class KamInfraResource implements QuarkusTestResourceLifecycleManager {

  private String database = "kam";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    String jdbcUrl = KamInfra.ensure(database);
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", jdbcUrl);
    config.put("quarkus.datasource.username", KamInfra.user());
    config.put("quarkus.datasource.password", KamInfra.password());
    config.put("quarkus.datasource.devservices.enabled", "false");
    config.put("kafka.bootstrap.servers", KamInfra.kafkaBootstrap());
    config.put("quarkus.kafka.devservices.enabled", "false");
    return config;
  }

  @Override
  public void stop() {
    // the servers live as long as the test JVM: later application restarts reuse them
  }
}
