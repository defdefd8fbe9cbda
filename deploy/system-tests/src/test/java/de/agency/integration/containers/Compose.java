package de.agency.integration.containers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The compose project of the container tests: the repository's scripts and the docker CLI, run with the project's
 * name and env file, from the repository's root.
 */
final class Compose {

    private static final Path ROOT = Path.of(System.getProperty("project.root"));
    private static final List<String> FILES = List.of("-f", "docker-compose.yml",
            "-f", "deploy/compose/infrastructure-images.yml");

    private final String project;
    private final Path envFile;

    Compose(String project, Path envFile) {
        this.project = project;
        this.envFile = envFile;
    }

    /** One of the repository's scripts, e.g. {@code deploy/compose-up.sh}; fails with its output if it fails. */
    void script(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve(script).toString()));
        command.addAll(List.of(arguments));
        execute(command, Duration.LONG);
    }

    /** {@code docker <arguments>}; its standard output. */
    String docker(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(arguments));
        return execute(command, Duration.SHORT);
    }

    void run(String... command) throws IOException, InterruptedException {
        execute(List.of(command), Duration.SHORT);
    }

    /** The container of a compose service (compose's naming: project, service, number). */
    String container(String service) {
        return project + "-" + service + "-1";
    }

    boolean allHealthy(List<String> services) throws IOException, InterruptedException {
        for (String service : services) {
            String status = docker("inspect", "-f", "{{if .State.Health}}{{.State.Health.Status}}{{end}}",
                    container(service)).trim();
            if (!status.equals("healthy")) {
                return false;
            }
        }
        return true;
    }

    /** The images the stack runs. */
    List<String> images() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker", "compose", "--env-file", envFile.toString()));
        command.addAll(FILES);
        command.addAll(List.of("config", "--images"));
        return execute(command, Duration.SHORT).lines().filter(line -> !line.isBlank()).distinct().toList();
    }

    /** The values of the env file (the stack's secrets), by name. */
    Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        try {
            Files.readAllLines(envFile).stream().filter(line -> line.matches("[A-Z_]+=.+")).forEach(line ->
                    secrets.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }

    /** Whether no file of the image's layers (as {@code docker save} writes them) holds one of the values. */
    boolean layersHoldNone(String image, Collection<String> values) throws IOException, InterruptedException {
        Path saved = Files.createTempFile("image", ".tar");
        try {
            docker("save", "-o", saved.toString(), image);
            try (TarArchiveInputStream archive = new TarArchiveInputStream(
                    new BufferedInputStream(Files.newInputStream(saved)))) {
                for (TarArchiveEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                    if (entry.getName().endsWith(".tar") || entry.getName().endsWith(".tar.gz")
                            || entry.getName().endsWith("layer.tar")) {
                        if (!layerHoldsNone(archive, values)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } finally {
            Files.deleteIfExists(saved);
        }
    }

    private static boolean layerHoldsNone(InputStream layer, Collection<String> values) throws IOException {
        BufferedInputStream content = new BufferedInputStream(layer);
        content.mark(2);
        boolean gzip = content.read() == 0x1f && content.read() == 0x8b;
        content.reset();
        TarArchiveInputStream files = new TarArchiveInputStream(gzip ? new GZIPInputStream(content) : content);
        List<String> longEnough = values.stream().filter(value -> value.length() >= 8).toList();
        for (TarArchiveEntry file = files.getNextEntry(); file != null; file = files.getNextEntry()) {
            if (file.isFile() && file.getSize() < 64 * 1024 * 1024) {
                String text = new String(files.readAllBytes(), StandardCharsets.ISO_8859_1);
                if (longEnough.stream().anyMatch(text::contains)) {
                    return false;
                }
            }
        }
        return true;
    }

    private enum Duration {
        SHORT(5), LONG(20);

        final long minutes;

        Duration(long minutes) {
            this.minutes = minutes;
        }
    }

    private String execute(List<String> command, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("COMPOSE_PROJECT_NAME", project);
        builder.environment().put("ENV_FILE", envFile.toString());
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (var lines = process.inputReader().lines()) {
                lines.forEach(line -> output.append(line).append('\n'));
            }
        });
        reader.start();
        if (!process.waitFor(timeout.minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout.minutes
                    + " minutes:\n" + output);
        }
        reader.join();
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                    + output);
        }
        return output.toString();
    }
}
