package de.agency.integration.outbox;

import de.agency.integration.devstack.KafkaBroker;
import de.agency.integration.testing.SharedPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outbox tests' PostgreSQL (the shared one of the test JVM) and a Kafka broker of their own, run as a process that
 * a test may kill and start again on the same port and data ({@link #broker()}).
 */
public class RelayInfrastructure implements QuarkusTestResourceLifecycleManager {

    static final String TOPIC = "outbox-test-events";
    private static KafkaBroker broker;

    static KafkaBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.onFreePorts(Path.of("target", "kafka-broker").toAbsolutePath());
        broker.format();
        broker.start();
        broker.createTopics(List.of(TOPIC, "outbox-order-test"), 3);
        return Map.of(
                "quarkus.datasource.jdbc.url", SharedPostgres.database("outbox"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
    }
}
