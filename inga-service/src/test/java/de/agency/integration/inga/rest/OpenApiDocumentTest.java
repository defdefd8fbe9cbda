package de.agency.integration.inga.rest;

import de.agency.integration.testing.OpenApiCompleteness;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** An agency system can generate a typed client from inga-service's OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class OpenApiDocumentTest {

    @Test
    void everyOperationIsCompleteForClientGenerators() {
        OpenApiCompleteness.assertEveryOperationIsComplete();
    }
}
