package de.agency.integration.web.input;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a JSON request body on the event loop, whole, before the request goes on to authentication and the resource
 * method. Without it, Quarkus REST hands a blocking method's body to its worker thread through a stream on which
 * the worker waits for the event loop's chunks, both synchronising on the HTTP connection: under load on JDK 25 that
 * hand-over held a fifth of case-service's CPU samples for {@code POST /cases}, and the build with this class spent
 * 74 % of the CPU per request of the build before it (README, Performance, levers). With the body read here, Quarkus
 * REST reads it from memory. Bounded like the body itself: {@code web.limits.max-json-body-size},
 * else {@code quarkus.http.limits.max-body-size} (an oversized declared length never gets here, see
 * {@link OversizedBodyFilter}). Other bodies (uploads) still stream, and HTTP/2 requests take Quarkus' own path.
 */
@ApplicationScoped
public class JsonBodyOnEventLoop {

    private final BodyHandler bodyHandler;

    JsonBodyOnEventLoop(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                        MemorySize maxBodySize,
                        @ConfigProperty(name = "web.limits.max-json-body-size") Optional<MemorySize> maxJsonBodySize) {
        this.bodyHandler = BodyHandler.create(false)
                .setBodyLimit(maxJsonBodySize.orElse(maxBodySize).asLongValue());
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::readJsonBody).failureHandler(this::closedByClient);
    }

    private void readJsonBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.contains("json") && request.version() != HttpVersion.HTTP_2
                && !EmptyBodyContentType.hasNoContent(request)) {
            // only a body there is: Quarkus REST waits in vain for one the body handler passed over as absent; and
            // not over HTTP/2, whose request Quarkus REST pauses once more, which a request read to its end refuses
            bodyHandler.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * The body handler fails the request when its client closes the connection, also after the body was read (a
     * client giving up on its answer): no one is left to answer, so that is not an error of the service.
     */
    private void closedByClient(RoutingContext context) {
        if (context.failure() instanceof HttpClosedException) {
            // no path: some name a customer number (/privacy/customers/{customerNumber})
            Log.debugf("%s: the client closed the connection before its answer", context.request().method());
        } else {
            context.next();
        }
    }
}
