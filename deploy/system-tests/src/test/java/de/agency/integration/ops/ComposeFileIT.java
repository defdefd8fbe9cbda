package de.agency.integration.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** docker-compose.yml, checked without a Docker engine: the Compose specification, images, start order, documentation. */
@Order(1)
class ComposeFileIT {

    private static final JsonNode COMPOSE = Project.yaml(Project.file("docker-compose.yml"));

    private static final Schema COMPOSE_SPECIFICATION = composeSpecification();

    /** Official images allowed in the file, each pinned to the version the build and the tests use. */
    private static final Map<String, String> OFFICIAL_IMAGES = Map.of(
            "postgres", Project.property("postgres-binaries.version").split("\\.")[0] + ".",
            "apache/kafka", Project.property("kafka.version"),
            "quay.io/keycloak/keycloak", Project.property("keycloak.version"));

    @Test
    void conformsToTheComposeSpecification() throws IOException {
        assertEquals(List.of(), violationsOf(COMPOSE));
    }

    @Test
    void theSpecificationCheckRejectsWhatComposeWouldReject() throws IOException {
        ObjectNode broken = COMPOSE.deepCopy();
        ((ObjectNode) broken.path("services").path("case-service")).put("restart_policy", "always");
        ((ObjectNode) broken.path("services").path("case-service").path("depends_on").path("kafka"))
                .put("condition", "service_ready");

        List<String> violations = violationsOf(broken);

        assertTrue(violations.stream().anyMatch(v -> v.contains("restart_policy")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("depends_on/kafka/condition")), violations::toString);
    }

    @Test
    void everyImageIsBuiltHereOrAnOfficialImagePinnedToTheVersionTheTestsUse() {
        COMPOSE.path("services").properties().forEach(service -> {
            String image = service.getValue().path("image").asText();
            if (Project.SERVICES.contains(service.getKey())) {
                assertEquals(BuiltImage.of(service.getKey()).reference(), image,
                        service.getKey() + " must run the image the build produces");
            } else {
                Matcher reference = Pattern.compile("(.+):([^:]+)").matcher(image);
                assertTrue(reference.matches(), image + " has no tag");
                String pinned = OFFICIAL_IMAGES.get(reference.group(1));
                assertTrue(pinned != null, image + " is neither built here nor one of the official images " + OFFICIAL_IMAGES.keySet());
                assertTrue(reference.group(2).matches("\\d+(\\.\\d+)+") && reference.group(2).startsWith(pinned),
                        image + " must be pinned to " + pinned + "*");
            }
        });
    }

    /**
     * The override that selects the infrastructure images built here names, for each infrastructure service of the
     * file, the image deploy/images/build-images.sh tags, whose build context the build produced.
     */
    @Test
    void theInfrastructureImagesOverrideNamesTheImagesBuiltHere() throws IOException {
        JsonNode override = Project.yaml(Project.file("deploy/compose/infrastructure-images.yml"));
        assertEquals(List.of(), violationsOf(override));
        String script = Files.readString(Project.file("deploy/images/build-images.sh"));
        Map<String, String> contexts = Map.of("postgres", "postgres", "kafka", "kafka", "keycloak", "keycloak");
        override.path("services").properties().forEach(service -> {
            String image = service.getValue().path("image").asText();
            assertTrue(COMPOSE.path("services").has(service.getKey()), service.getKey() + " is no service of the file");
            String tag = image.replace(Project.property("kafka.version"), "$(property kafka.version)")
                    .replace(Project.property("keycloak.version"), "$(property keycloak.version)");
            assertTrue(script.contains("build " + tag + " ") || script.contains("build \"" + tag + "\" "),
                    image + " is not an image build-images.sh builds");
            assertTrue(Files.isRegularFile(Project.file("deploy/images/infrastructure/target/docker/"
                    + contexts.get(service.getKey()) + "/Dockerfile")), image + " has no build context");
        });
        assertEquals(Set.of("postgres", "kafka", "keycloak"), override.path("services").properties().stream()
                .map(Map.Entry::getKey).collect(Collectors.toSet()), "every infrastructure service, no other");
    }

    @Test
    void everyContainerHasAHealthcheckAndStartsOnlyAfterItsDependenciesAreHealthy() {
        JsonNode services = COMPOSE.path("services");
        services.properties().forEach(service -> {
            assertFalse(service.getValue().path("healthcheck").path("test").isMissingNode(),
                    service.getKey() + " has no healthcheck");
            service.getValue().path("depends_on").properties().forEach(dependency -> {
                assertEquals("service_healthy", dependency.getValue().path("condition").asText(),
                        service.getKey() + " must wait until " + dependency.getKey() + " is healthy");
                assertTrue(services.has(dependency.getKey()), dependency.getKey() + " is no service of the file");
            });
        });
        Project.SERVICES.forEach(service -> assertTrue(services.path(service).has("depends_on"), service + " waits for nothing"));
    }

    /** In the project README (the variables common to all services) or the service's own. */
    @Test
    void everyVariableTheServicesTakeIsDocumentedInAReadme() throws IOException {
        String common = Files.readString(Project.file("README.md"));
        List<String> undocumented = new ArrayList<>();
        for (String service : Project.SERVICES) {
            String own = Files.readString(Project.file(service + "/README.md"));
            COMPOSE.path("services").path(service).path("environment").fieldNames().forEachRemaining(variable -> {
                if (!common.contains("`" + variable + "`") && !own.contains("`" + variable + "`")) {
                    undocumented.add(service + ": " + variable);
                }
            });
        }
        assertEquals(List.of(), undocumented);
    }

    private static List<String> violationsOf(JsonNode compose) throws IOException {
        return COMPOSE_SPECIFICATION.validate(Project.JSON.writeValueAsString(compose), InputFormat.JSON).stream()
                .map(Error::toString).toList();
    }

    private static Schema composeSpecification() {
        Path file = Path.of(Project.property("compose-spec.schema"));
        try {
            // the schema names itself by a relative $id, resolved against where it was read from
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(SchemaLocation.of(file.toUri().toString()), Files.readString(file), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
