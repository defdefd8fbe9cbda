package de.agency.integration.web.input;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * A POST, PUT or PATCH without a body has no content for a Content-Type to describe (RFC 9110, 8.3), whether it names
 * none or one its client adds by habit ({@code curl -d ''} and REST Assured send form-urlencoded): such a request is
 * taken as JSON without content, so that an operation whose body is optional ({@code POST /referrals/{id}/accept})
 * answers instead of 415, and one whose body is required names the missing body in a 400 problem.
 */
@ApplicationScoped
public class EmptyBodyContentType {

    private static final Set<HttpMethod> WITH_CONTENT = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::defaultToJson);
    }

    private void defaultToJson(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (WITH_CONTENT.contains(request.method()) && hasNoContent(request)) {
            request.headers().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
        context.next();
    }

    /**
     * A declared length of 0; or, in HTTP/1.x, neither a length nor a chunked transfer (RFC 9112, 6.3). HTTP/2 frames
     * a body without either, so there only a declared 0 tells.
     */
    static boolean hasNoContent(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return "0".equals(length) || length == null && request.version() != HttpVersion.HTTP_2
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }
}
