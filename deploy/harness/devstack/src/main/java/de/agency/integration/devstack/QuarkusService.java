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

    /** The class data sharing archive the build makes ({@code quarkus.package.jar.appcds.enabled}), if there is one. */
    private static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";

    private final String name;
    private final int replica;
    private final Path jar;
    private final int port;
    private ServiceJvm jvm;
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

    /** The first start: these JVM settings and this configuration are the instance's own from now on. */
    void start(ServiceJvm jvm, Map<String, String> configuration, Path logDirectory) {
        this.jvm = jvm;
        this.configuration = Map.copyOf(configuration);
        this.logDirectory = logDirectory;
        launch(jvm, this.configuration);
    }

    /** Starts the instance again with its own settings and configuration, its log continued, and waits for it. */
    void restart() {
        launch(jvm, configuration);
        awaitReady();
    }

    /**
     * Stops the instance and starts it again with these JVM settings and configuration beyond its own (none: as it
     * was first started), on its port, its log continued; waits until it is ready.
     */
    void restart(ServiceJvm otherJvm, Map<String, String> further) {
        restart(otherJvm, further, jar);
    }

    /** As {@link #restart(ServiceJvm, Map)}, but running the fast-jar of another build (another commit's). */
    void restart(ServiceJvm otherJvm, Map<String, String> further, Path otherJar) {
        Map<String, String> merged = new HashMap<>(configuration);
        merged.putAll(further);
        stop();
        launch(otherJvm, merged, otherJar);
        awaitReady();
    }

    private void launch(ServiceJvm settings, Map<String, String> launchConfiguration) {
        launch(settings, launchConfiguration, jar);
    }

    private void launch(ServiceJvm settings, Map<String, String> launchConfiguration, Path jar) {
        process = ChildProcess.start(instanceName(), command(settings, jar, List.of()),
                environment(launchConfiguration), jar.getParent(), logDirectory);
    }

    /**
     * Writes a JDK 25 AOT cache trained by the start alone, as the images' is: the service in its first settings, up to
     * Quarkus' AppCDS control point, the beans ready ({@code -Dquarkus.appcds.generate=true}: nothing connected), then
     * exited.
     */
    void trainAotCacheByStart(Path cache) {
        ChildProcess.run(instanceName() + "-aot-training", command(jvm, jar, List.of("-XX:AOTCacheOutput=" + cache,
                "-Dquarkus.appcds.generate=true")), Map.of(), jar.getParent(), logDirectory, Duration.ofMinutes(3));
    }

    private List<String> command(ServiceJvm settings, Path jar, List<String> further) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged " + name + " at " + jar
                    + "; build it with ./mvnw package -DskipTests");
        }
        List<String> command = new ArrayList<>(List.of(settings.home().resolve("bin/java").toString()));
        command.addAll(settings.options());
        if (settings.classDataSharing() && Files.exists(jar.resolveSibling(CLASS_DATA_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.addAll(further);
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
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
