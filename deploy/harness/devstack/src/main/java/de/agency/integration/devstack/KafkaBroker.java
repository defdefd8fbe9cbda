package de.agency.integration.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Apache Kafka broker in KRaft mode (one node as broker and controller), run from Apache Kafka's own server
 * jars as a child process so that it can be stopped, killed and started again on the same ports and data. The local
 * stack runs one; a library's test that needs Kafka to die under it runs one of its own.
 */
public final class KafkaBroker {

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private ChildProcess process;

    /** A broker on two free ports, its data and log under the directory; {@link #format()} it, then start it. */
    public static KafkaBroker onFreePorts(Path directory) {
        return new KafkaBroker(directory, StackPorts.freePort(), StackPorts.freePort());
    }

    KafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats fresh storage; the broker's data of an earlier run is deleted. */
    public void format() {
        Path config = writeConfig();
        ChildProcess.run("kafka-format", List.of(ChildProcess.java(), "-cp", classPath(), "kafka.tools.StorageTool",
                        "format", "--cluster-id", randomClusterId(), "--config", config.toString(), "--ignore-formatted"),
                Map.of(), directory, directory, Duration.ofMinutes(2));
    }

    public void start() {
        process = ChildProcess.start("kafka", List.of(ChildProcess.java(), "-Xms256m", "-Xmx512m",
                        "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"),
                        "-cp", classPath(), "kafka.Kafka", directory.resolve("server.properties").toString()),
                Map.of(), directory, directory);
        awaitReady(Duration.ofSeconds(60));
    }

    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        if (process != null) {
            process.stop();
        }
    }

    /** Kills the broker at once, as a crash would; {@link #start()} brings it back with its data. */
    public void kill() {
        process.kill();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    ChildProcess process() {
        return process;
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited; see " + process.log());
            }
            try (Admin admin = admin()) {
                if (!admin.describeCluster().nodes().get().isEmpty()) {
                    return;
                }
            } catch (ExecutionException e) {
                ChildProcess.sleep(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Kafka not ready within " + timeout + "; see " + process.log());
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
    }

    private Path writeConfig() {
        try {
            deleteRecursively(directory);
            Files.createDirectories(directory);
            Properties server = new Properties();
            server.putAll(Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", "1"),
                    Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                    Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                    Map.entry("controller.listener.names", "CONTROLLER"),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                    Map.entry("log.dirs", directory.resolve("data").toString()),
                    Map.entry("num.partitions", "3"),
                    Map.entry("auto.create.topics.enable", "true"),
                    Map.entry("offsets.topic.replication.factor", "1"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                    Map.entry("share.coordinator.state.topic.min.isr", "1"),
                    Map.entry("group.initial.rebalance.delay.ms", "0"),
                    // compacted topics (case-customers) are cleaned within seconds of a segment rolling
                    Map.entry("log.cleaner.backoff.ms", "1000")));
            Path config = directory.resolve("server.properties");
            try (var out = Files.newBufferedWriter(config)) {
                server.store(out, "Kafka broker of the local stack");
            }
            Files.writeString(directory.resolve("log4j2.properties"), """
                    rootLogger.level = INFO
                    rootLogger.appenderRef.stdout.ref = STDOUT
                    appender.stdout.type = Console
                    appender.stdout.name = STDOUT
                    appender.stdout.layout.type = PatternLayout
                    appender.stdout.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n
                    """);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Kafka configuration", e);
        }
    }

    /** Apache Kafka's server jars are on this launcher's own class path. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String randomClusterId() {
        return Uuid.randomUuid().toString();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
