package de.agency.integration.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every answer a service's tests receive to its OpenAPI document: a JSON body (problems included) must match
 * the schema documented for its operation, status and media type, so a property documented as always present that
 * comes back {@code null} or missing fails the test that received it. Answers of paths, statuses or media types the
 * document does not describe, bodies that are not JSON, and the {@code /q/} endpoints pass unchecked (whether every
 * operation is documented is {@link OpenApiCompleteness}'s check).
 *
 * <p>Registered for every {@code @QuarkusTest} by {@link ResponseConformanceCallback}.
 */
public final class ResponseConformance implements Filter {

    static final ResponseConformance INSTANCE = new ResponseConformance();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Each path template of the documents as the pattern of the request paths it stands for, compiled once. */
    private static final Map<String, Pattern> PATH_PATTERNS = new ConcurrentHashMap<>();

    /** The document of each server the tests talked to, by its origin; a missing node where there is none. */
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final Map<String, Optional<Schema>> validators = new ConcurrentHashMap<>();

    private ResponseConformance() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        String contentType = answer.getContentType() == null ? "" : answer.getContentType();
        if (uri.getPath().startsWith("/q/") || !contentType.contains("json") || answer.asByteArray().length == 0) {
            return answer;
        }
        JsonNode document = documents.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(),
                ResponseConformance::fetchDocument);
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";")[0].trim();
        template(document, uri.getPath(), method).ifPresent(path -> {
            String status = String.valueOf(answer.getStatusCode());
            String operation = request.getMethod() + " " + path + " " + status + " " + mediaType;
            validators.computeIfAbsent(uri.getAuthority() + " " + operation, key -> validator(document,
                    document.path("paths").path(path).path(method).path("responses"), status, mediaType))
                    .ifPresent(validator -> {
                        List<String> errors = validator.validate(answer.asString(), InputFormat.JSON).stream()
                                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
                        if (!errors.isEmpty()) {
                            throw new AssertionError(operation + ": the answer does not match its documented schema:\n  "
                                    + String.join("\n  ", errors));
                        }
                    });
        });
        return answer;
    }

    /** The document's path template the request's path matches, literal segments preferred over parameters. */
    static Optional<String> template(JsonNode document, String requestPath, String method) {
        List<String> matching = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getValue().has(method) && pattern(path.getKey()).matcher(requestPath).matches()) {
                matching.add(path.getKey());
            }
        });
        return matching.stream().min(Comparator.comparingLong(path -> path.chars().filter(c -> c == '{').count()));
    }

    private static Pattern pattern(String pathTemplate) {
        return PATH_PATTERNS.computeIfAbsent(pathTemplate,
                template -> Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")));
    }

    private static Optional<Schema> validator(JsonNode document, JsonNode responses, String status, String mediaType) {
        JsonNode response = responses.has(status) ? responses.get(status) : responses.path("default");
        JsonNode schema = response.path("content").path(mediaType).path("schema");
        if (!schema.isObject()) {
            return Optional.empty();
        }
        return Optional.of(OpenApiSchemas.validator(schema, document.path("components")));
    }

    private static JsonNode fetchDocument(String origin) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : MissingNode.getInstance();
        } catch (IOException e) {
            return MissingNode.getInstance();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MissingNode.getInstance();
        }
    }
}
