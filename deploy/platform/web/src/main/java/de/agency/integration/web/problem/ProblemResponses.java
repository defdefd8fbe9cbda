package de.agency.integration.web.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.agency.integration.errors.AccessDeniedException;
import de.agency.integration.errors.CustomerNumbers;
import de.agency.integration.errors.DatabaseUnavailable;
import de.agency.integration.errors.DependencyUnavailableException;
import de.agency.integration.errors.GoneException;
import de.agency.integration.errors.InvalidInputException;
import de.agency.integration.errors.PreconditionFailedException;
import de.agency.integration.errors.ResourceNotFoundException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.errors.Violation;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into an RFC 9457 problem. Bad input names the field and the rule;
 * an unexpected failure says only that it happened and under which id it was logged, never how.
 */
public class ProblemResponses {

    private final ProblemDetailsConfig config;

    ProblemResponses(ProblemDetailsConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidValue(InvalidFormatException e, UriInfo uri) {
        String detail = "has an invalid value '" + e.getValue() + "'";
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            detail += "; allowed: " + Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList();
        } else if (target != null) {
            detail += "; expected " + target.getSimpleName();
        }
        return badJson(e, detail, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return badJson(e, "is not a field of this request", uri);
    }

    /** Overrides Quarkus' built-in mapping of this type, which answers without a body. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonMappingException e, UriInfo uri) {
        return badJson(e, "cannot be read: " + e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedJson(JsonParseException e, UriInfo uri) {
        return respond(Problem.invalid("Malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), instance(uri), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException malformed) {
            return malformedJson(malformed, uri);
        }
        if (e.getCause() instanceof JsonMappingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        if (e.getCause() instanceof InvalidInputException invalid) {
            return invalidInput(invalid, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), instance(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(ResourceNotFoundException e, UriInfo uri) {
        return respond(Problem.of(404, "Not Found", e.getMessage(), instance(uri)));
    }

    /** A policy's refusal of this caller for this resource (the endpoint's role the caller has). */
    @ServerExceptionMapper
    public RestResponse<Problem> accessDenied(AccessDeniedException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", e.getMessage(), instance(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> ruleViolated(RuleViolationException e, UriInfo uri) {
        return respond(Problem.ruleViolated(e, instance(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(Problem.invalid(e.getMessage(), instance(uri), e.violations()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> conflict(StateConflictException e, UriInfo uri) {
        return respond(Problem.conflict(e, instance(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> gone(GoneException e, UriInfo uri) {
        return respond(new Problem(null, "Gone", 410, e.getMessage(), instance(uri), List.of(), e.rule(), List.of()));
    }

    /** A stale If-Match: 412 with the resource's current ETag. */
    @ServerExceptionMapper
    public RestResponse<Problem> preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(412)
                .type(Problem.MEDIA_TYPE)
                .header("ETag", e.currentTag())
                .entity(Problem.of(412, "Precondition Failed", e.getMessage(), instance(uri)))
                .build();
    }

    /**
     * The identity provider cannot be reached for now (Keycloak restarting, or still starting when this service did):
     * the token cannot be checked, so the request waits for a retry - a 503, not an unexpected error.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> identityProviderUnavailable(OIDCException e, UriInfo uri) {
        if (!String.valueOf(e.getMessage()).contains("not available")) {
            return unexpected(e, uri);
        }
        return unavailable(new DependencyUnavailableException("The identity provider cannot be reached at the "
                + "moment to check the token; retry later", config.databaseRetryAfter(), e), uri);
    }

    /** A valid token without the role the endpoint needs. (A missing token keeps Quarkus' 401 challenge.) */
    @ServerExceptionMapper
    public RestResponse<Problem> missingRole(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "The caller lacks the role this operation needs", instance(uri)));
    }

    /** A dependency is down for now: 503 with the time after which to retry. */
    @ServerExceptionMapper
    public RestResponse<Problem> unavailable(DependencyUnavailableException e, UriInfo uri) {
        Log.warnf("503 on %s: %s (%s)", maskedPath(uri), e.getMessage(),
                e.getCause() == null ? "no cause" : e.getCause().getClass().getSimpleName());
        return RestResponse.ResponseBuilder.<Problem>create(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                .entity(Problem.of(503, "Service Unavailable", e.getMessage(), instance(uri)))
                .build();
    }

    /**
     * The database unreachable for now ({@link DatabaseUnavailable}, e.g. while it restarts): 503; a request that lost
     * a race on the same data ({@link ConcurrentConflict}): 409; a client that closed its connection before its body
     * was read: nobody to answer, logged at debug; else an unexpected error.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        if (clientLeft(e)) {
            Log.debugf("The client closed its connection before its request to %s was read", maskedPath(uri));
            return respond(Problem.of(400, "Bad Request", "The request's body ended early: the connection was closed",
                    instance(uri)));
        }
        if (DatabaseUnavailable.causedBy(e)) {
            return unavailable(new DependencyUnavailableException("The database cannot be reached at the moment. "
                    + "Retry later; if the request changes data, read the resource first (or retry with the same "
                    + "Idempotency-Key where the operation takes one): a connection lost while committing leaves the "
                    + "outcome open", config.databaseRetryAfter(), e), uri);
        }
        var conflict = ConcurrentConflict.describe(e, config);
        if (conflict.isPresent()) {
            return respond(Problem.of(409, "Conflict", conflict.get(), instance(uri)));
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", errorId, maskedPath(uri));
        return respond(Problem.of(500, "Internal Server Error",
                "The request could not be completed; the error was logged with id " + errorId, instance(uri)));
    }

    /**
     * The client closed the connection while the request was read (Vert.x' {@link HttpClosedException}) or before
     * its body could be read to the end (a {@link ClosedChannelException}, e.g. a client that timed out under load).
     */
    private static boolean clientLeft(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private RestResponse<Problem> violations(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemResponses::isReturnValue)) {
            return unexpected(e, uri);
        }
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return respond(Problem.invalid("The request has " + violations.size() + " invalid field(s)", instance(uri),
                violations));
    }

    private RestResponse<Problem> badJson(JsonMappingException e, String rule, UriInfo uri) {
        String field = jsonPath(e);
        return respond(Problem.invalid("Field '" + field + "' " + rule, instance(uri),
                List.of(new Violation(field, rule))));
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** The request's path, with any customer number in it masked: a problem never repeats one. */
    private static URI instance(UriInfo uri) {
        return URI.create(maskedPath(uri));
    }

    private static String maskedPath(UriInfo uri) {
        return CustomerNumbers.masked(uri.getPath());
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The field as the client wrote it: the bean path below the method parameter, or the parameter's name. */
    private static String field(Path path) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null && property.length() > 0) {
                        property.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        property.append(property.length() > 0 ? "." : "").append(node.getName());
                    }
                }
                default -> {
                }
            }
        }
        if (property.length() > 0) {
            return property.toString();
        }
        return parameter != null ? parameter : "body";
    }

    private static String jsonPath(JsonMappingException e) {
        StringJoiner path = new StringJoiner(".");
        StringBuilder current = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (current.length() > 0) {
                    path.add(current);
                }
                current = new StringBuilder(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                current.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (current.length() > 0) {
            path.add(current);
        }
        return path.length() > 0 ? path.toString() : "body";
    }
}
