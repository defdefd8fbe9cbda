package de.agency.integration.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** A service's container image as Jib wrote it: a Docker image archive in {@code <service>/target/jib-image.tar}. */
record BuiltImage(String reference, JsonNode config, List<String> layers, Set<String> files) {

    private static final Map<String, BuiltImage> READ = new ConcurrentHashMap<>();

    static BuiltImage of(String service) {
        return READ.computeIfAbsent(service, BuiltImage::read);
    }

    /** One pass over the tar: JSON documents kept, layers only listed (streamed, never held in memory). */
    private static BuiltImage read(String service) {
        Path tar = tarOf(service);
        if (!Files.isRegularFile(tar)) {
            throw new IllegalStateException(tar + " is missing: the build makes it (jib:buildTar in the package phase)");
        }
        Map<String, JsonNode> documents = new HashMap<>();
        Map<String, Set<String>> layerFiles = new HashMap<>();
        try (TarArchiveInputStream entries = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
            for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName();
                BufferedInputStream content = new BufferedInputStream(entries);
                content.mark(2);
                boolean gzip = content.read() == 0x1f && content.read() == 0x8b;
                content.reset();
                if (gzip) {
                    layerFiles.put(name, filesOf(new GZIPInputStream(content)));
                } else if (name.endsWith(".json")) {
                    documents.put(name, Project.JSON.readTree(content.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the Docker image archive `docker load` reads: manifest.json names the config and the layers' files
        JsonNode manifest = documents.get("manifest.json").get(0);
        List<String> layers = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        manifest.path("Layers").forEach(layer -> {
            layers.add(layer.asText());
            files.addAll(layerFiles.get(layer.asText()));
        });
        return new BuiltImage(manifest.path("RepoTags").get(0).asText(),
                documents.get(manifest.path("Config").asText()).path("config"), List.copyOf(layers), files);
    }

    static Path tarOf(String service) {
        return Project.file(service + "/target/jib-image.tar");
    }

    private static Set<String> filesOf(InputStream layer) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        TarArchiveInputStream entries = new TarArchiveInputStream(layer);
        for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
            files.add("/" + entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", ""));
        }
        return files;
    }
}
