package de.agency.integration.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The images Jib built, read from their OCI layouts: what runs, as whom, with which JVM settings. */
@Order(1)
class ContainerImagesIT {

    static final List<String> SERVICES = Project.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void isNamedAfterTheServiceAndTheProjectVersion(String service) {
        assertEquals("agency/" + service + ":" + Project.version(), BuiltImage.of(service).reference());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void runsTheFastJarAsANonRootUser(String service) {
        BuiltImage image = BuiltImage.of(service);
        String user = image.config().path("User").asText();
        assertFalse(user.isEmpty() || user.equals("0") || user.startsWith("root"), "runs as " + user);
        assertEquals(List.of("java", "-jar", "/deployments/quarkus-run.jar"), strings(image.config().path("Entrypoint")));
        assertTrue(image.files().contains("/deployments/quarkus-run.jar"), "no quarkus-run.jar");
        assertTrue(image.files().stream().anyMatch(f -> f.startsWith("/deployments/lib/main/")), "no libraries");
        assertTrue(image.files().stream().noneMatch(f -> f.startsWith("/app/")), "Jib's plain-jar layout left in the image");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void runsTheSerialCollectorSizesTheHeapByTheContainersMemoryAndStopsOnOutOfMemory(String service) {
        String options = jvmOptions(BuiltImage.of(service));
        assertTrue(options.contains("-XX:+UseSerialGC"), options);
        assertTrue(options.contains("-XX:MaxRAMPercentage=75"), options);
        assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), options);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void startsFromTheAotCacheTrainedInItsOwnJre(String service) {
        assumeTrue("root".equals(System.getProperty("user.name")), "only a build as root trains the cache");
        BuiltImage image = BuiltImage.of(service);
        String options = jvmOptions(image);
        assertTrue(options.contains("-XX:AOTCache=/deployments/app.aot"), options);
        assertTrue(image.files().contains("/deployments/app.aot"), "no AOT cache in the image");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void exposesThePortItsManifestsProbe(String service) {
        JsonNode deployment = Project.yamlDocuments(Project.file("deploy/kubernetes/" + service + "/kubernetes.yml")).stream()
                .filter(r -> r.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        int port = deployment.path("spec").path("template").path("spec").path("containers").get(0)
                .path("readinessProbe").path("httpGet").path("port").asInt();
        assertTrue(BuiltImage.of(service).config().path("ExposedPorts").has(port + "/tcp"),
                "exposes " + BuiltImage.of(service).config().path("ExposedPorts") + ", probed on " + port);
    }

    private static String jvmOptions(BuiltImage image) {
        return strings(image.config().path("Env")).stream()
                .filter(variable -> variable.startsWith("JDK_JAVA_OPTIONS=")).findFirst().orElse("");
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
