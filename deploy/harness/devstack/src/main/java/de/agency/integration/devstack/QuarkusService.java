package de.agency.integration.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One of the four services, run from its packaged fast-jar with the stack's addresses as configuration. */
final class QuarkusService {

    /**
     * A small service's JVM on a machine that runs the whole stack: the serial collector (no concurrent GC threads or
     * remembered sets, as in the images) and a sized heap; and the C1 compiler only, because seven JVMs warming up
     * with C2 on two cores spent more CPU compiling than serving (measured by the benchmark: 145 vs 78 POST /cases per
     * second). The images keep tiered compilation: a pod has cores of its own and runs long.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx160m",
            "-XX:TieredStopAtLevel=1");

    /** The class data sharing archive the build makes ({@code quarkus.package.jar.appcds.enabled}), if there is one. */
    private static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";

    private final String name;
    private final int replica;
    private final Path jar;
    private final int port;
    private Map<String, String> configuration;
    private Path logDirectory;
    private ChildProcess process;
    private Duration readyAfter;

    /** @param replica 1 for the first (or only) instance of the service, 2 for a second one beside it */
    QuarkusService(String name, int replica, Path repositoryRoot, int port) {
        this.name = name;
        this.replica = replica;
        this.jar = repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.port = port;
    }

    void start(Map<String, String> configuration, Path logDirectory) {
        this.configuration = Map.copyOf(configuration);
        this.logDirectory = logDirectory;
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged " + name + " at " + jar
                    + "; build it with ./mvnw package -DskipTests");
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        command.addAll(JVM_OPTIONS);
        if (Files.exists(jar.resolveSibling(CLASS_DATA_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", jar.toString()));
        process = ChildProcess.start(instanceName(), command, environment(configuration), jar.getParent(), logDirectory);
    }

    /** Starts the instance again with the configuration of its first start, its log continued, and waits for it. */
    void restart() {
        start(configuration, logDirectory);
        awaitReady();
    }

    /** The service's name, with the replica's number from the second replica on (e.g. {@code case-service-2}). */
    String instanceName() {
        return replica == 1 ? name : name + "-" + replica;
    }

    int replica() {
        return replica;
    }

    /**
     * Configuration as environment variables (Quarkus' mapping: {@code inga.protected-note.keys} ->
     * {@code INGA_PROTECTED_NOTE_KEYS}), as in a container, and so that no secret shows in the process list.
     */
    private static Map<String, String> environment(Map<String, String> configuration) {
        Map<String, String> environment = new HashMap<>();
        configuration.forEach((key, value) -> environment.put(key.toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]", "_"), value));
        return environment;
    }

    void awaitReady() {
        process.awaitHttpOk(url() + "/q/health/ready", Duration.ofMinutes(4));
        readyAfter = Duration.between(process.handle().info().startInstant().orElseThrow(), Instant.now());
    }

    /** From the start of the process to its first ready answer, at its last start. */
    Duration readyAfter() {
        return readyAfter;
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    /** Kills the instance at once (SIGKILL), as a crash or an evicted pod would end it. */
    void kill() {
        process.kill();
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    ChildProcess process() {
        return process;
    }

    /** The service's own database: its name with underscores, e.g. {@code case_service}. */
    String database() {
        return name.replace('-', '_');
    }
}
