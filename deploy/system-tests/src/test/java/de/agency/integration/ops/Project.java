package de.agency.integration.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The checked-out project as the build left it: its files, the versions the build used, YAML read as JSON trees. */
final class Project {

    static final List<String> SERVICES = List.of("case-service", "inga-service", "access-service", "reporting-service");

    static final ObjectMapper JSON = new ObjectMapper();

    private Project() {
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (surefire configuration)");
        }
        return value;
    }

    static Path file(String relativePath) {
        return Path.of(property("project.root")).resolve(relativePath);
    }

    static String version() {
        return property("project.version");
    }

    /** Every document of a YAML file, anchors and merge keys resolved, as Jackson trees. */
    static List<JsonNode> yamlDocuments(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<JsonNode> documents = new ArrayList<>();
            for (Object document : new Yaml(new LoaderOptions()).loadAll(reader)) {
                if (document != null) {
                    documents.add(JSON.valueToTree(document));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(Path file) {
        List<JsonNode> documents = yamlDocuments(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " holds " + documents.size() + " YAML documents, expected one");
        }
        return documents.get(0);
    }
}
