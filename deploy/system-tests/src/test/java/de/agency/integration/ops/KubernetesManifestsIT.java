package de.agency.integration.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The manifests under deploy/kubernetes, checked offline against the Kubernetes API schemas (the official Java
 * client's models, generated from the API server's OpenAPI document, reject unknown and mistyped fields).
 */
@Order(1)
class KubernetesManifestsIT {

    private static final Path DIRECTORY = Project.file("deploy/kubernetes");

    /** The kinds the manifests may hold, by apiVersion/kind. */
    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1/ConfigMap", V1ConfigMap.class,
            "v1/Service", V1Service.class,
            "v1/ServiceAccount", V1ServiceAccount.class,
            "apps/v1/Deployment", V1Deployment.class,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class);

    private static final List<JsonNode> RESOURCES = resources();

    @Test
    void everyResourceConformsToTheKubernetesApiSchemas() {
        List<String> violations = new ArrayList<>();
        RESOURCES.forEach(resource -> {
            try {
                validate(resource);
            } catch (IllegalArgumentException e) {
                violations.add(name(resource) + ": " + e.getMessage());
            }
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void theSchemaCheckRejectsAMisspelledOrMistypedField() {
        JsonNode deployment = deployments().get(0);
        ObjectNode misspelled = deployment.deepCopy();
        ObjectNode container = (ObjectNode) misspelled.path("spec").path("template").path("spec").path("containers").get(0);
        container.set("livenesProbe", container.path("livenessProbe"));
        ObjectNode mistyped = deployment.deepCopy();
        ((ObjectNode) mistyped.path("spec").path("template").path("spec").path("containers").get(0)).putObject("image").put("name", "agency/case-service");

        String unknownField = assertThrows(IllegalArgumentException.class, () -> validate(misspelled)).getMessage();
        String wrongType = assertThrows(IllegalArgumentException.class, () -> validate(mistyped)).getMessage();

        assertTrue(unknownField.contains("`livenesProbe`"), unknownField);
        assertTrue(wrongType.contains("`image`"), wrongType);
    }

    @Test
    void theKustomizationDeploysEveryService() {
        Set<String> deployed = deployments().stream().map(d -> d.path("metadata").path("name").asText()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Project.SERVICES), deployed);
    }

    @Test
    void everyServiceRunsItsBuiltImageAsNonRootWithHealthProbesAndResourceBounds() {
        deployments().forEach(deployment -> {
            String service = deployment.path("metadata").path("name").asText();
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            assertEquals("docker.io/" + BuiltImage.of(service).reference(), container.path("image").asText(), service);
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), service + " may run as root");
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(), service);
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(), service);
            assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText(), service);
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(container.path("resources").path(bound).path(resource).asText().isEmpty(),
                            service + " has no " + bound + "." + resource);
                }
            }
        });
    }

    /**
     * What the manifests name exists in what the build produced: the port every probe, the container and the Service
     * use is the one the image exposes, and the Secret each Deployment reads is the one the README tells ops to
     * create, named like the service.
     */
    @Test
    void everyPortProbeAndSecretTheManifestsNameIsOneTheImagesAndTheReadmeProvide() throws Exception {
        String readme = Files.readString(Project.file("README.md"));
        deployments().forEach(deployment -> {
            String service = deployment.path("metadata").path("name").asText();
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            Set<String> exposed = Set.copyOf(iterate(BuiltImage.of(service).config().path("ExposedPorts")));
            int port = container.path("ports").get(0).path("containerPort").asInt();
            assertEquals(Set.of(port + "/tcp"), exposed, service + ": the container's port is the image's");
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertEquals(port, container.path(probe).path("httpGet").path("port").asInt(), service + " " + probe);
            }
            container.path("envFrom").forEach(source -> {
                if (source.has("secretRef")) {
                    assertEquals(service, source.path("secretRef").path("name").asText(), service);
                    assertTrue(readme.contains("kubectl create secret generic " + service)
                                    || readme.contains("a Secret named like the service"),
                            "the README tells ops to create the Secret " + service);
                }
            });
        });
    }

    private static List<String> iterate(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyServiceRunsTwoReplicasOfWhichADisruptionBudgetKeepsOne() {
        Map<String, Integer> keptAvailable = RESOURCES.stream()
                .filter(r -> r.path("kind").asText().equals("PodDisruptionBudget"))
                .collect(Collectors.toMap(
                        r -> r.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText(),
                        r -> r.path("spec").path("minAvailable").asInt()));
        deployments().forEach(deployment -> {
            String service = deployment.path("metadata").path("name").asText();
            assertEquals(2, deployment.path("spec").path("replicas").asInt(), service);
            assertEquals(service, deployment.path("spec").path("template").path("metadata").path("labels")
                    .path("app.kubernetes.io/name").asText(), service + "'s pods carry the label its budget selects");
            assertEquals(1, keptAvailable.getOrDefault(service, 0), service + " has no disruption budget keeping one pod");
        });
    }

    @Test
    void everyConfigMapADeploymentReadsIsPartOfTheManifests() {
        Set<String> configMaps = RESOURCES.stream().filter(r -> r.path("kind").asText().equals("ConfigMap"))
                .map(r -> r.path("metadata").path("name").asText()).collect(Collectors.toSet());
        deployments().forEach(deployment -> deployment.path("spec").path("template").path("spec").path("containers")
                .forEach(container -> container.path("envFrom").forEach(source -> {
                    if (source.has("configMapRef")) {
                        assertTrue(configMaps.contains(source.path("configMapRef").path("name").asText()),
                                name(deployment) + " reads a ConfigMap the manifests lack: " + source);
                    }
                })));
    }

    private static void validate(JsonNode resource) {
        String type = resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
        Class<?> model = MODELS.get(type);
        if (model == null) {
            throw new IllegalArgumentException("unexpected kind " + type + " (checked kinds: " + MODELS.keySet() + ")");
        }
        try {
            JsonElement json = JsonParser.parseString(Project.JSON.writeValueAsString(resource));
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> deployments() {
        return RESOURCES.stream().filter(r -> r.path("kind").asText().equals("Deployment")).toList();
    }

    private static String name(JsonNode resource) {
        return resource.path("kind").asText() + " " + resource.path("metadata").path("name").asText();
    }

    private static List<JsonNode> resources() {
        List<JsonNode> resources = new ArrayList<>();
        Project.yaml(DIRECTORY.resolve("kustomization.yaml")).path("resources")
                .forEach(file -> resources.addAll(Project.yamlDocuments(DIRECTORY.resolve(file.asText()))));
        return resources;
    }
}
