package io.kam.credit.support;

import io.kam.testsupport.KamInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database {@code credit}) and Kafka for every test of this module. */
@QuarkusTestResource(value = KamInfraResource.class, initArgs = @ResourceArg(name = "database", value = "credit"))
public class InfraTestResource {
}
