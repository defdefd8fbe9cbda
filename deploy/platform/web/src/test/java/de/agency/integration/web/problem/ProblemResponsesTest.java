package de.agency.integration.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/** Failures that are nobody's fault in the request: answered for a retry, never as an unexpected 500. */
class ProblemResponsesTest {

    private final ProblemResponses responses = new ProblemResponses(new ProblemDetailsConfig() {
        @Override
        public Map<String, String> uniqueConstraints() {
            return Map.of();
        }

        @Override
        public Duration databaseRetryAfter() {
            return Duration.ofSeconds(5);
        }
    });

    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, arguments) -> "/cases/123A456789");

    @Test
    void anUnreachableIdentityProviderIsA503WithRetryAfter() {
        RestResponse<Problem> answer = responses.identityProviderUnavailable(
                new OIDCException("OIDC Server is not available"), uri);
        assertEquals(503, answer.getStatus());
        assertEquals("5", answer.getHeaderString("Retry-After"));
        assertEquals("/cases/_customer_", answer.getEntity().instance().toString(), "no customer number repeated");
    }

    @Test
    void anotherIdentityProviderFailureIsUnexpected() {
        assertEquals(500, responses.identityProviderUnavailable(new OIDCException("Invalid configuration"), uri)
                .getStatus());
    }

    @Test
    void aClientThatLeftIsNoServerError() {
        assertEquals(400, responses.unexpected(new IOException(new HttpClosedException("Connection was closed")), uri)
                .getStatus());
    }

    @Test
    void aClientThatHungUpBeforeTheBodyWasReadIsNoServerError() {
        assertEquals(400, responses.unexpected(new IOException(new ClosedChannelException()), uri).getStatus());
    }
}
