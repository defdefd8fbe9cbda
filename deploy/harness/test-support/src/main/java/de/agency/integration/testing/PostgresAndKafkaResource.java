package de.agency.integration.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Provides a service under test with a real PostgreSQL database of its own and a real Kafka broker.
 * Both servers are shared by all tests of the JVM and started once. Argument {@code database} names the database.
 *
 * <pre>{@code @QuarkusTestResource(value = PostgresAndKafkaResource.class,
 *         initArgs = @ResourceArg(name = "database", value = "case_service"))}</pre>
 */
public class PostgresAndKafkaResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service");
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", SharedPostgres.database(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", SharedKafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // The servers are shared by every test class of this JVM and stop with it.
    }
}
