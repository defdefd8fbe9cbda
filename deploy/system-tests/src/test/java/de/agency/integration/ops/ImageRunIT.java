package de.agency.integration.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.agency.integration.testing.PostgresAndKafkaResource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs case-service from its image, as a container runtime would: the image's layers unpacked into one file system,
 * its entrypoint started there (chroot, own PID namespace and /proc) as the image's user with the image's
 * environment, configured only through environment variables, against a real PostgreSQL and Kafka. Needs root for
 * chroot, as CI has; elsewhere it is skipped.
 */
@EnabledIfSystemProperty(named = "user.name", matches = "root")
@Order(1)
class ImageRunIT {

    private static final String SERVICE = "case-service";

    @Test
    void theServiceImageStartsAndBecomesReadyLoggingJson() throws Exception {
        BuiltImage image = BuiltImage.of(SERVICE);
        Path work = Path.of("target", "image-run");
        Path rootfs = unpack(image, work.resolve(SERVICE));
        int port = freePort();
        Path log = work.resolve(SERVICE + ".log");

        List<String> command = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--pid", "--fork", "--kill-child",
                "--mount-proc=" + rootfs.resolve("proc"), "/usr/sbin/chroot", "--userspec=" + image.config().path("User").asText() + ":0",
                rootfs.toString()));
        image.config().path("Entrypoint").forEach(part -> command.add(part.asText()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(image, port));
        Process service = builder.start();
        try {
            assertEquals(200, readiness(port, service, Duration.ofSeconds(120)), "not ready; see " + log);
            JsonNode firstLine = Project.JSON.readTree(Files.readAllLines(log).stream()
                    .filter(line -> line.startsWith("{")).findFirst().orElseThrow());
            assertTrue(firstLine.has("level") && firstLine.has("message"), firstLine::toString);
        } finally {
            // unshare passes no SIGTERM on: the service (the JVM, PID 1 of its namespace) gets it itself
            service.descendants().forEach(ProcessHandle::destroy);
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }

    private static Map<String, String> environment(BuiltImage image, int port) {
        Map<String, String> environment = new HashMap<>();
        image.config().path("Env").forEach(variable -> {
            String[] pair = variable.asText().split("=", 2);
            environment.put(pair[0], pair[1]);
        });
        PostgresAndKafkaResource infrastructure = new PostgresAndKafkaResource();
        infrastructure.init(Map.of("database", "case_service_image"));
        infrastructure.start().forEach((property, value) ->
                environment.put(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // no Keycloak here: the service starts without it and refuses requests until it answers
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:1/realms/agency");
        return environment;
    }

    private static Path unpack(BuiltImage image, Path directory) throws IOException, InterruptedException {
        Path layout = directory.resolve("layout");
        Path rootfs = directory.resolve("rootfs");
        run(List.of("rm", "-rf", directory.toString()));
        Files.createDirectories(layout);
        Files.createDirectories(rootfs);
        run(List.of("tar", "-xf", BuiltImage.tarOf(SERVICE).toString(), "-C", layout.toString()));
        for (String layer : image.layers()) {
            run(List.of("tar", "--warning=no-unknown-keyword", "-xzf",
                    layout.resolve("blobs/sha256/" + layer.substring("sha256:".length())).toString(), "-C", rootfs.toString()));
        }
        Files.createDirectories(rootfs.resolve("proc"));
        return rootfs.toAbsolutePath();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    private static int readiness(int port, Process service, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .version(HttpClient.Version.HTTP_1_1).timeout(Duration.ofSeconds(5)).build();
        int status = -1;
        Instant deadline = Instant.now().plus(timeout);
        while (status != 200 && service.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notListeningYet) {
                status = -1;
            }
            Thread.sleep(1000);
        }
        return status;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
