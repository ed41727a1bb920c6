package io.kam.screening.support;

import io.kam.testsupport.KamInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database {@code screening}) and Kafka for every test of this module. */
@QuarkusTestResource(value = KamInfraResource.class, initArgs = @ResourceArg(name = "database", value = "screening"))
public class InfraTestResource {
}
