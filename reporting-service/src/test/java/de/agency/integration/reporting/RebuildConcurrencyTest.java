package de.agency.integration.reporting;

import static de.agency.integration.testing.ConcurrentRequests.assertOneWinner;
import static de.agency.integration.testing.ConcurrentRequests.fire;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import de.agency.integration.reporting.service.RebuildService;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one write of reporting-service's API: six rebuilds requested at once start one; the others get a 409. A rebuild
 * running on another replica (it holds the rebuild lock in the shared database) refuses one here as well.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class RebuildConcurrencyTest {

    @Inject
    AgroalDataSource dataSource;

    static final Caller ADMIN = Caller.of("reporting-admin", "REPORTING_ADMIN");

    @Test
    void sixRebuildsRequestedAtOnceRunOnce() {
        Events events = new Events();
        String agency = "C" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 20; i++) {
            events.caseOpened(UUID.randomUUID().toString(), agency, "X90-" + agency, "SGB_III", "2026-01-05");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Caller.of("viewer", "REPORTING_VIEWER").request()
                .get("/reports/cases").then().body("byAgency.find { it.agency == '" + agency + "' }.cases", equalTo(20)));

        assertOneWinner("rebuild", fire(6, () -> ADMIN.request().post("/rebuild")), 202, Set.of(409), List.of());

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> ADMIN.request().get("/rebuild")
                .then().body("state", equalTo("DONE")));
    }

    @Test
    void aRebuildRunningOnAnotherReplicaRefusesOneHere() throws Exception {
        try (Connection otherReplica = dataSource.getConnection();
             PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, RebuildService.REBUILD_LOCK);
            lock.execute();
            ADMIN.request().post("/rebuild").then().statusCode(409);
            try (PreparedStatement unlock = otherReplica.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, RebuildService.REBUILD_LOCK);
                unlock.execute();
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ADMIN.request().post("/rebuild")
                .then().statusCode(202));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> ADMIN.request().get("/rebuild")
                .then().body("state", equalTo("DONE")));
    }
}
