package de.agency.integration.web.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.web.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body exceeds its limit with a 413 problem before the body is read: a JSON body (or
 * one without a type) {@code web.limits.max-json-body-size}, any other (an upload) the server's
 * {@code quarkus.http.limits.max-body-size}, which is also the JSON limit unless that is set. (A chunked body without a
 * length still meets the server's own limit, with a plain 413.)
 */
@ApplicationScoped
public class OversizedBodyFilter {

    private final long maxBodyBytes;
    private final long maxJsonBodyBytes;
    private final ObjectMapper objectMapper;

    OversizedBodyFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                        MemorySize maxBodySize,
                        @ConfigProperty(name = "web.limits.max-json-body-size") Optional<MemorySize> maxJsonBodySize,
                        ObjectMapper objectMapper) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxJsonBodyBytes = maxJsonBodySize.map(MemorySize::asLongValue).orElse(maxBodyBytes);
        this.objectMapper = objectMapper;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectOversized);
    }

    private void rejectOversized(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        long limit = type == null || type.contains("json") ? maxJsonBodyBytes : maxBodyBytes;
        if (length == null || !length.chars().allMatch(Character::isDigit) || length.length() > 18
                || Long.parseLong(length) <= limit) {
            context.next();
            return;
        }
        Problem problem = Problem.of(413, "Content Too Large",
                "The request body has " + length + " bytes; at most " + limit + " are accepted",
                URI.create(context.request().path()));
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
