package de.agency.integration.cases.rest;

import static de.agency.integration.testing.Tokens.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A JSON body reaches the resource method whichever way it travels: the web platform reads an HTTP/1.1 body on the
 * event loop ahead of Quarkus REST (REST Assured's requests, every other test), an HTTP/2 one (Java's HTTP client
 * upgrades to it without TLS, as the typed clients and the demo data do) takes Quarkus' own path.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class JsonBodyTransportTest {

    @TestHTTPResource("/cases")
    URI cases;

    @Test
    void aCaseIsOpenedOverHttp2() throws Exception {
        Memberships.counsellor("counsellor", "X90-311-INGA1");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String token = bearer("counsellor", "COUNSELLOR");
        // the first request upgrades the connection (h2c); the JSON body then goes as HTTP/2 frames
        client.send(HttpRequest.newBuilder(cases).header("Authorization", token).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> opened = client.send(HttpRequest.newBuilder(cases)
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CaseResourceTest.VALID)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(HttpClient.Version.HTTP_2, opened.version());
        assertEquals(201, opened.statusCode(), opened.body());
    }
}
