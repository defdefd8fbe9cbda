package de.agency.integration.ops;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import com.fasterxml.jackson.databind.JsonNode;

/** A service's container image as Jib wrote it: an OCI image layout in {@code <service>/target/jib-image.tar}. */
record BuiltImage(String reference, JsonNode config, Set<String> files) {

    private static final Map<String, BuiltImage> READ = new ConcurrentHashMap<>();

    static BuiltImage of(String service) {
        return READ.computeIfAbsent(service, BuiltImage::read);
    }

    private static BuiltImage read(String service) {
        Path tar = Project.file(service + "/target/jib-image.tar");
        if (!Files.isRegularFile(tar)) {
            throw new IllegalStateException(tar + " is missing: the build makes it (jib:buildTar in the package phase)");
        }
        Map<String, byte[]> blobs = new HashMap<>();
        JsonNode index;
        try (TarArchiveInputStream entries = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
            byte[] indexBytes = null;
            for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals("index.json")) {
                    indexBytes = entries.readAllBytes();
                } else if (entry.getName().startsWith("blobs/sha256/")) {
                    blobs.put("sha256:" + entry.getName().substring("blobs/sha256/".length()), entries.readAllBytes());
                }
            }
            index = Project.JSON.readTree(indexBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode descriptor = index.path("manifests").get(0);
        JsonNode manifest = json(blobs.get(descriptor.path("digest").asText()));
        JsonNode config = json(blobs.get(manifest.path("config").path("digest").asText()));
        Set<String> files = new LinkedHashSet<>();
        for (JsonNode layer : manifest.path("layers")) {
            files.addAll(filesOf(blobs.get(layer.path("digest").asText())));
        }
        return new BuiltImage(descriptor.path("annotations").path("org.opencontainers.image.ref.name").asText(),
                config.path("config"), files);
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return Project.JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> filesOf(byte[] gzippedLayer) {
        Set<String> files = new LinkedHashSet<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzippedLayer));
                TarArchiveInputStream entries = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.add("/" + entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
