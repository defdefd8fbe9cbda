package de.agency.integration.web.openapi;

import de.agency.integration.web.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents in every service's OpenAPI the problem responses every operation can give: 400 for bad input where the
 * operation takes a body or parameters, 401 without a valid token, 403 without the role or the access, 409 for a
 * write that conflicts with the state or loses a race, 500 with an error id, 503 while a dependency is down.
 * Operation-specific problems (404, 409, 422) are declared on the operations themselves; a change under a resource
 * whose GET answers an ETag takes If-Match and may answer 412.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesDocumentation implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchema(openAPI.getComponents());
        documentConditionalWrites(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            documentProblems(operation);
            if (method != PathItem.HttpMethod.GET) {
                addIfAbsent(operation.getResponses(), "409", "Conflict: the resource's state does not allow it, or "
                        + "another request changed or created it at the same time (read it again and retry)");
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4") && !"401".equals(status) || status.startsWith("5")) {
                    withProblemBody(response);
                }
            });
        }));
    }

    private void documentProblems(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (operation.getRequestBody() != null || operation.getParameters() != null) {
            addIfAbsent(responses, "400", "Malformed or invalid input; the problem names each field and rule");
        }
        if (responses.getAPIResponse("401") == null) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("No valid bearer token"));
        }
        addIfAbsent(responses, "403", "The caller lacks the role or the access to this object");
        addIfAbsent(responses, "500", "Unexpected error; the problem gives the id under which it was logged");
        addIfAbsent(responses, "503", "A dependency is unavailable for now (e.g. the access log a read must be "
                + "recorded in); retry after the Retry-After header's seconds");
    }

    /**
     * Under a resource whose GET answers an {@code ETag}, every change takes {@code If-Match} with that tag and answers
     * 412 when it is stale.
     */
    private static void documentConditionalWrites(OpenAPI openAPI) {
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        paths.forEach((taggedPath, tagged) -> {
            Operation read = tagged.getGET();
            APIResponse ok = read == null || read.getResponses() == null ? null : read.getResponses().getAPIResponse("200");
            if (ok == null || ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
                return;
            }
            paths.forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                if (method != PathItem.HttpMethod.GET && (path.equals(taggedPath) || path.startsWith(taggedPath + "/"))) {
                    operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                            .description("The ETag of " + taggedPath + " as last read: the change goes ahead only "
                                    + "while the resource is still at that version (412 otherwise)")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                    addIfAbsent(operation.getResponses(), "412", "Precondition Failed: the resource changed since "
                            + "the version named in If-Match; the ETag header gives its current version");
                }
            }));
        });
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** One body for every problem response, whatever its declaration says: the {@value #PROBLEM_SCHEMA} schema. */
    private static void withProblemBody(APIResponse response) {
        response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }

    private static void addProblemSchema(Components components) {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", string, "message", string)).required(List.of("field", "message"));
        components.addSchema(PROBLEM_SCHEMA, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (" + Problem.MEDIA_TYPE + ")")
                .properties(Map.of(
                        "type", string,
                        "title", string,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", string,
                        "instance", string,
                        "violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation),
                        "rule", string,
                        "allowed", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(string)))
                // what every problem carries; the others only where they apply (the type is about:blank, left out)
                .required(List.of("title", "status", "detail", "instance"))
                .examples(List.of(Map.of("title", "Bad Request", "status", 400,
                        "detail", "The request is invalid: customerNumber", "instance", "/cases",
                        "violations", List.of(Map.of("field", "customerNumber",
                                "message",
                                "must be three digits, a capital letter and six digits, e.g. 123A456789"))))));
    }
}
