package de.agency.integration.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Real Apache Kafka brokers in KRaft mode (combined broker and controller, Apache Kafka's own server code), each
 * started on first use and stopped when the test JVM exits: the plain one every service test shares, and one whose
 * clients must authenticate, as an agency's Kafka does (SASL_PLAINTEXT with PLAIN, ACLs on, topics not created on first
 * use; the test kit's admin is the super user).
 */
final class SharedKafka {

    private static KafkaClusterTestKit plain;
    private static KafkaClusterTestKit secured;

    private SharedKafka() {
    }

    static synchronized String bootstrapServers() {
        if (plain == null) {
            plain = start(SecurityProtocol.PLAINTEXT, "cluster", "true");
        }
        return plain.bootstrapServers();
    }

    /** The {@code kafka.*} configuration of a client of the secured broker. */
    static synchronized Map<String, String> securedClientConfiguration() {
        if (secured == null) {
            secured = start(SecurityProtocol.SASL_PLAINTEXT, "secured", "false");
        }
        return Map.of(
                "kafka.bootstrap.servers", secured.bootstrapServers(),
                "kafka.security.protocol", SecurityProtocol.SASL_PLAINTEXT.name,
                "kafka.sasl.mechanism", "PLAIN",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"" + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\""
                        + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD + "\";");
    }

    private static KafkaClusterTestKit start(SecurityProtocol protocol, String name, String autoCreateTopics) {
        try {
            Path baseDirectory = Files.createDirectories(Path.of("target", "kafka")).toAbsolutePath();
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBrokerSecurityProtocol(protocol)
                    .setControllerSecurityProtocol(protocol)
                    .setBaseDirectory(Files.createTempDirectory(baseDirectory, name))
                    .build())
                    .setConfigProp("auto.create.topics.enable", autoCreateTopics)
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(kit), "kafka-" + name + "-stop"));
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the " + name + " Kafka broker", e);
        }
    }

    private static void stop(KafkaClusterTestKit kit) {
        try {
            kit.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
