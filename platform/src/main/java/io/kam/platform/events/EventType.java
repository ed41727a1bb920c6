package io.kam.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the CloudEvents {@code type} and payload version of an event record. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

  /** The CloudEvents type, e.g. {@code kam.account.confirmed}. */
  String value();

  /** Payload version, carried in {@code dataschema} as {@code urn:kam:event:<type>:v<N>}. */
  int version() default 1;
}
