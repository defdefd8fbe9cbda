package de.agency.integration.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A second real Kafka broker (KRaft, combined node) whose clients must authenticate, as an agency's Kafka does: its
 * only client listener is SASL_PLAINTEXT with the PLAIN mechanism and ACLs on (the test kit's admin is the super
 * user); topics are not created on first use. Started on first use, stopped when the JVM exits.
 */
final class SecuredKafka {

    private static KafkaClusterTestKit cluster;

    private SecuredKafka() {
    }

    /** The {@code kafka.*} configuration of a client of this broker. */
    static synchronized Map<String, String> clientConfiguration() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(SecuredKafka::stop, "secured-kafka-stop"));
        }
        return Map.of(
                "kafka.bootstrap.servers", cluster.bootstrapServers(),
                "kafka.security.protocol", SecurityProtocol.SASL_PLAINTEXT.name,
                "kafka.sasl.mechanism", "PLAIN",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"" + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\""
                        + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD + "\";");
    }

    private static KafkaClusterTestKit start() {
        try {
            Path baseDirectory = Files.createDirectories(Path.of("target", "kafka")).toAbsolutePath();
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .setBaseDirectory(Files.createTempDirectory(baseDirectory, "secured"))
                    .build())
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the secured Kafka broker", e);
        }
    }

    private static void stop() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
