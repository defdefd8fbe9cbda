package de.agency.integration.tokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache ahead of quarkus-oidc, against real RS256 tokens and the WireMock issuer's keys: what it
 * spares (the second verification of the same token) and what it must never spare.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class VerifiedTokenCacheTest {

    private static final String ISSUER = "https://server.example.com";
    private static final String CERTS = "/auth/realms/quarkus/protocol/openid-connect/certs";

    @Inject
    VerifiedTokenCache cache;

    @Inject
    IssuerKeys issuerKeys;

    @OidcWireMock
    WireMockServer issuer;

    @Test
    void aTokenVerifiedOnceIsAnsweredFromTheCacheUntilItExpires() {
        String token = token("alice", Set.of("reader"), Duration.ofMinutes(5));
        long verifications = cache.verifications();
        long hits = cache.hits();

        whoAmI(token).statusCode(200).body("name", equalTo("alice")).body("thisRequest", equalTo(true));
        whoAmI(token).statusCode(200).body("name", equalTo("alice")).body("thisRequest", equalTo(true));
        whoAmI(token).statusCode(200).body("roles", contains("reader")).body("thisRequest", equalTo(true));

        assertEquals(verifications + 1, cache.verifications());
        assertEquals(hits + 2, cache.hits());
    }

    @Test
    void aTamperedTwinOfACachedTokenIsRefused() {
        String token = token("alice", Set.of("reader"), Duration.ofMinutes(5));
        whoAmI(token).statusCode(200);

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String twin = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"alice\"", "\"mallory\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertNotEquals(token, twin);

        whoAmI(twin).statusCode(401);
        whoAmI(token).statusCode(200).body("name", equalTo("alice"));
        assertFalse(cache.contains(twin));
    }

    @Test
    void anExpiredTokenIsRefusedThoughItWasCached() throws InterruptedException {
        String token = token("alice", Set.of("reader"), Duration.ofSeconds(3));
        whoAmI(token).statusCode(200);
        assertTrue(cache.contains(token));

        Thread.sleep(3_500);

        whoAmI(token).statusCode(401);
        assertFalse(cache.contains(token));
    }

    @Test
    void rolesComeFromTheTokenNeverFromAnotherUsersEntry() {
        String reader = token("alice", Set.of("reader"), Duration.ofMinutes(5));
        String other = token("bob", Set.of(), Duration.ofMinutes(5));

        readers(reader).statusCode(200).body(equalTo("alice"));
        readers(other).statusCode(403);
        readers(reader).statusCode(200).body(equalTo("alice"));
        readers(other).statusCode(403);
        whoAmI(other).statusCode(200).body("name", equalTo("bob")).body("roles", empty());
    }

    @Test
    void aTokenOfAnotherAudienceIsRefusedAndNotCached() {
        String token = Jwt.preferredUserName("alice").groups(Set.of("reader")).issuer(ISSUER)
                .audience("https://elsewhere.example.com").expiresIn(Duration.ofMinutes(5))
                .jws().keyId("1").sign("privateKey.jwk");

        whoAmI(token).statusCode(401);
        whoAmI(token).statusCode(401);
        assertFalse(cache.contains(token));
    }

    @Test
    void afterTheIssuersKeysChangeEveryCachedTokenIsVerifiedAgain() throws NoSuchAlgorithmException {
        String token = token("alice", Set.of("reader"), Duration.ofMinutes(5));
        whoAmI(token).statusCode(200);
        issuerKeys.check();
        long verifications = cache.verifications();
        whoAmI(token).statusCode(200);
        assertEquals(verifications, cache.verifications(), "still cached while the keys stay");

        StubMapping rotated = issuer.stubFor(get(urlEqualTo(CERTS)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"keys\":[" + currentKey() + "," + newKey("2") + "]}")));
        try {
            assertTrue(issuerKeys.check(), "the rotation is seen");
            assertFalse(cache.contains(token));

            whoAmI(token).statusCode(200).body("name", equalTo("alice"));
            assertEquals(verifications + 1, cache.verifications(), "checked afresh");
        } finally {
            issuer.removeStub(rotated);
            issuerKeys.check();
        }
    }

    private static io.restassured.response.ValidatableResponse whoAmI(String token) {
        return given().auth().oauth2(token).get("/whoami").then();
    }

    private static io.restassured.response.ValidatableResponse readers(String token) {
        return given().auth().oauth2(token).get("/whoami/readers").then();
    }

    private static String token(String user, Set<String> roles, Duration lifetime) {
        return Jwt.preferredUserName(user).groups(roles).issuer(ISSUER).audience(ISSUER).expiresIn(lifetime)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** The key the issuer signs with today (quarkus-test-oidc-server's key "1"). */
    private static String currentKey() {
        try (var in = OidcWiremockTestResource.class.getResourceAsStream("/publicKey.jwk")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A fresh RSA public key as a JWK, as an issuer publishes it ahead of signing with it. */
    private static String newKey(String keyId) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        return "{\"kid\":\"" + keyId + "\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
                + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}";
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] unsigned = bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }
}
