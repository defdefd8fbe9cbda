package de.agency.integration.tokens;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watches the issuer's signing keys (the JWKS its discovery document names): when they change - a key rotated in or
 * withdrawn - every cached token goes, so that a token is verified against the keys the issuer has now. Until the
 * first reading there is nothing to compare; an unreachable issuer changes nothing.
 */
@ApplicationScoped
public class IssuerKeys {

    private final VerifiedTokenCache cache;
    private final String discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String lastKeys;

    IssuerKeys(VerifiedTokenCache cache, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.cache = cache;
        this.discovery = authServerUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    @Scheduled(identity = "token-cache-keys", every = "${token-cache.keys-check-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        check();
    }

    /**
     * Reads the keys; when they differ from the last reading, empties the cache.
     *
     * @return whether the keys changed since the last reading
     */
    public boolean check() {
        try {
            String jwksUri = new JsonObject(get(discovery)).getString("jwks_uri");
            String keys = new JsonObject(get(jwksUri)).getJsonArray("keys").encode();
            String before = lastKeys;
            lastKeys = keys;
            if (before != null && !before.equals(keys)) {
                Log.info("The issuer's signing keys changed: cached tokens are verified again");
                cache.invalidateAll();
                return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            Log.debugf("The issuer's keys cannot be read now: %s", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String get(String uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }
}
