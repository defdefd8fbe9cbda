package de.agency.integration.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * As {@link PostgresAndKafkaResource}, but against a Kafka broker that takes only SASL-authenticated clients
 * ({@code SASL_PLAINTEXT}, PLAIN): the service gets the security settings as {@code kafka.*} properties, as ops would
 * set them, and every Kafka client it has must use them. Argument {@code database} names the database.
 */
public class PostgresAndSecuredKafkaResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> configuration = new HashMap<>(SharedKafka.securedClientConfiguration());
        configuration.put("quarkus.datasource.jdbc.url", SharedPostgres.database(database));
        configuration.put("quarkus.datasource.username", "postgres");
        configuration.put("quarkus.datasource.password", "postgres");
        return configuration;
    }

    @Override
    public void stop() {
        // The servers are shared by every test class of this JVM and stop with it.
    }
}
