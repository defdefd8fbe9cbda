package de.agency.integration.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The configuration of every Kafka client a service builds itself (an admin client, a rebuild's consumer): the one
 * the service's channels use, Quarkus' {@code default-kafka-broker} map of all {@code kafka.*} properties, so that the
 * security protocol, SASL and TLS settings of a secured Kafka reach these clients too; the client's own settings on
 * top.
 */
@ApplicationScoped
public class KafkaClientConfig {

    private final Map<String, Object> broker;

    KafkaClientConfig(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.broker = Map.copyOf(broker);
    }

    /** The channels' settings with the client's own on top. */
    public Map<String, Object> with(Map<String, Object> clientSettings) {
        Map<String, Object> config = new HashMap<>(broker);
        config.putAll(clientSettings);
        return config;
    }

    /** An admin client that gives up after 10 s, for jobs that try again later. */
    public Admin admin() {
        return Admin.create(with(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000)));
    }
}
