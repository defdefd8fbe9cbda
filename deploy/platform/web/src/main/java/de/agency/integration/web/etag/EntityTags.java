package de.agency.integration.web.etag;

import de.agency.integration.errors.PreconditionFailedException;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Optimistic concurrency on the API (RFC 9110 ETag / If-Match): a response showing a {@link Versioned} resource
 * carries its version as a strong entity tag; a change that names versions in {@code If-Match} goes ahead only while
 * the resource still has one of them ({@code *}: any), otherwise 412. A change without {@code If-Match} goes ahead
 * as before; concurrent changes still lose cleanly with 409.
 */
@ApplicationScoped
public class EntityTags {

    private final CurrentVertxRequest request;

    EntityTags(CurrentVertxRequest request) {
        this.request = request;
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Fails with 412 if the current HTTP request has an {@code If-Match} that names none of: the version, {@code *}.
     *
     * @param resource what the version is of, for the problem's detail, e.g. {@code case 6f1c...} (no personal data)
     */
    public void requireMatch(long version, String resource) {
        String ifMatch = ifMatch();
        if (ifMatch == null) {
            return;
        }
        String current = of(version);
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> "*".equals(tag) || current.equals(tag));
        if (!matches) {
            throw new PreconditionFailedException("The " + resource + " has changed since the version named in "
                    + "If-Match (" + ifMatch + "); it is at " + current + " now: read it again, then decide", current);
        }
    }

    private String ifMatch() {
        if (!Arc.container().requestContext().isActive() || request.getCurrent() == null) {
            return null;
        }
        return request.getCurrent().request().getHeader(HttpHeaders.IF_MATCH);
    }

    /** The ETag of a successful response showing one version of a resource. */
    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getEntity() instanceof Versioned versioned && response.getStatus() < 300
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, of(versioned.version()));
        }
    }
}
