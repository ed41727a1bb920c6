package io.kam.testsupport;

/** JMX view of the test broker: reachable from every class loader of the JVM by object name. */
public interface KafkaControlMBean {

  void stop();

  void restart();
}
