package de.agency.integration.idempotency.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.errors.GoneException;
import de.agency.integration.errors.InvalidInputException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.Violation;
import de.agency.integration.idempotency.AnswerSubject;
import de.agency.integration.idempotency.Idempotent;
import de.agency.integration.idempotency.IdempotentRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Runs an {@link Idempotent} resource method once per caller and {@value Idempotent#HEADER}: the key is claimed, the method's
 * effect (with its outbox event) happens and its response is stored, all in one transaction; a retry with the same
 * key and request is answered from the stored response (header {@value #REPLAYED}), a retry with another request is
 * a 422 ({@value #RULE}); once the resource the first answer named was erased ({@link AnswerSubject}), a 410
 * ({@value #ERASED_RULE}). Runs after the security and validation checks: a refused request claims no key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
class IdempotencyInterceptor {

    private static final String HEADER = Idempotent.HEADER;
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String RULE = "IDEMPOTENCY_KEY_REUSED";
    private static final String ERASED_RULE = "IDEMPOTENT_ANSWER_ERASED";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotentRequests requests;
    private final ObjectMapper objectMapper;
    private final CurrentCaller identity;
    private final HttpServerRequest httpRequest;

    IdempotencyInterceptor(IdempotentRequests requests, ObjectMapper objectMapper, CurrentCaller identity,
                           HttpServerRequest httpRequest) {
        this.requests = requests;
        this.objectMapper = objectMapper;
        this.identity = identity;
        this.httpRequest = httpRequest;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = httpRequest.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("Invalid " + HEADER + " header", List.of(new Violation(HEADER,
                    "must be 1 to 255 visible ASCII characters, e.g. a UUID")));
        }
        String caller = identity.id();
        String requestHash = fingerprint(invocation);
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (requests.claim(caller, key, requestHash)) {
                Object result = invocation.proceed();
                record(caller, key, invocation, result);
                return result;
            }
            return replay(requests.firstResponse(caller, key).orElseThrow(), requestHash, invocation);
        });
    }

    private void record(String caller, String key, InvocationContext invocation, Object result) {
        if (result instanceof RestResponse<?> response) {
            URI location = response.getLocation();
            requests.complete(caller, key, response.getStatus(), location == null ? null : location.toString(),
                    json(response.getEntity()), subjectOf(response.getEntity()));
        } else {
            requests.complete(caller, key, declaredStatus(invocation), null, json(result), subjectOf(result));
        }
    }

    private static String subjectOf(Object entity) {
        return entity instanceof AnswerSubject subject ? subject.subjectId() : null;
    }

    private Object replay(IdempotentRequests.FirstResponse first, String requestHash, InvocationContext invocation)
            throws JsonProcessingException {
        if (first.withdrawn()) {
            throw new GoneException(ERASED_RULE, "The first answer to this " + HEADER + " named data that has been "
                    + "erased since; it is not repeated, and the request is not done again");
        }
        if (!first.requestHash().equals(requestHash)) {
            throw new RuleViolationException(RULE, HEADER, "The " + HEADER + " was used for another request "
                    + "within its window; send a new key for a new request");
        }
        httpRequest.response().putHeader(REPLAYED, "true");
        Type returnType = invocation.getMethod().getGenericReturnType();
        if (invocation.getMethod().getReturnType() == RestResponse.class) {
            Type entityType = ((ParameterizedType) returnType).getActualTypeArguments()[0];
            RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder.create(first.status())
                    .entity(first.body() == null ? null : objectMapper.readValue(first.body(), type(entityType)));
            return (first.location() == null ? response : response.location(URI.create(first.location()))).build();
        }
        return first.body() == null ? null : objectMapper.readValue(first.body(), type(returnType));
    }

    /** The operation and its arguments (path, query and body; not the JAX-RS context objects) as a SHA-256. */
    private String fingerprint(InvocationContext invocation) throws JsonProcessingException {
        Object[] arguments = Arrays.stream(invocation.getParameters())
                .filter(argument -> !(argument instanceof UriInfo || argument instanceof HttpHeaders
                        || argument instanceof SecurityContext || argument instanceof Request))
                .toArray();
        String request = invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName()
                + objectMapper.writeValueAsString(arguments);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static int declaredStatus(InvocationContext invocation) {
        ResponseStatus status = invocation.getMethod().getAnnotation(ResponseStatus.class);
        return status == null ? 200 : status.value();
    }

    private String json(Object entity) {
        try {
            return entity == null ? null : objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JavaType type(Type type) {
        return objectMapper.getTypeFactory().constructType(type);
    }
}
