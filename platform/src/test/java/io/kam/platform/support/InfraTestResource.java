package io.kam.platform.support;

import io.kam.testsupport.KamInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database {@code platform}) and Kafka for every test of this module. */
@QuarkusTestResource(value = KamInfraResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
public class InfraTestResource {
}
