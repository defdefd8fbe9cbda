package de.agency.integration.e2e;

import de.agency.integration.devstack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Where a text still stands in the local stack: every column of every table of the four databases, every record. */
final class PersonalDataSearch {

    static final List<String> DATABASES = List.of("case_service", "inga_service", "access_service",
            "reporting_service");

    private final LocalStack stack;

    PersonalDataSearch(LocalStack stack) {
        this.stack = stack;
    }

    /** {@code database.table.column} of each text or binary column holding the text. */
    List<String> inDatabases(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String database : DATABASES) {
            try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), database, database)) {
                List<String[]> columns = new ArrayList<>();
                try (ResultSet rows = connection.createStatement().executeQuery("""
                        select c.table_name, c.column_name, c.data_type from information_schema.columns c
                        join information_schema.tables t on t.table_name = c.table_name
                          and t.table_schema = c.table_schema
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'""")) {
                    while (rows.next()) {
                        columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                    }
                }
                for (String[] column : columns) {
                    String test = "bytea".equals(column[2])
                            ? "position(convert_to(?, 'UTF8') in \"" + column[1] + "\") > 0"
                            : "cast(\"" + column[1] + "\" as text) like '%' || ? || '%'";
                    try (PreparedStatement query = connection.prepareStatement("select count(*) from \"" + column[0]
                            + "\" where " + test)) {
                        query.setString(1, text);
                        try (ResultSet count = query.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                found.add(database + "." + column[0] + "." + column[1]);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Lets the broker compact the topic within seconds, as it would within its max.compaction.lag.ms: small
     * segments, and one more record in each partition after the tombstones so that their segments roll and the
     * cleaner may remove what the tombstones erased.
     */
    void compactNow(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(set("segment.ms", "500"),
                    set("min.cleanable.dirty.ratio", "0.01"), set("max.compaction.lag.ms", "1000")))).all().get();
            Thread.sleep(1000);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                for (var partition : admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()) {
                    producer.send(new ProducerRecord<>(topic, partition.partition(), UUID.randomUUID().toString(), null))
                            .get();
                }
            }
        }
    }

    private static AlterConfigOp set(String name, String value) {
        return new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET);
    }

    /** {@code topic-partition@offset} of each record of any topic whose value or headers hold the text. */
    List<String> inKafka(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "personal-data-search-" + UUID.randomUUID(),
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                     ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                     new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : admin.listTopics().names().get()) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    boolean inHeaders = false;
                    for (Header header : record.headers()) {
                        inHeaders |= header.value() != null
                                && new String(header.value(), StandardCharsets.UTF_8).contains(text);
                    }
                    if (inHeaders || (record.value() != null && record.value().contains(text))) {
                        found.add(record.topic() + "-" + record.partition() + "@" + record.offset());
                    }
                }
            }
        }
        return found;
    }
}
