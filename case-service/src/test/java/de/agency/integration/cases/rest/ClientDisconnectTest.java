package de.agency.integration.cases.rest;

import static de.agency.integration.testing.Tokens.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.PersonalDataInLogs;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection while the service still reads the request's body (a load generator stopping,
 * a mobile network dropping) has left; that is no server error: nothing is logged as an error and no stack trace
 * pages ops.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class ClientDisconnectTest {

    @TestHTTPResource("/cases")
    URL cases;

    @Test
    void aClientThatLeavesWhileItsBodyIsReadIsNoServerError() throws Exception {
        Memberships.counsellor("leaving-counsellor", "X90-311-A");
        long logBefore = Files.size(PersonalDataInLogs.TEST_LOG);
        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket(cases.getHost(), cases.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /cases HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: " + bearer("leaving-counsellor", "COUNSELLOR") + "\r\n"
                        + "Content-Length: 4000\r\n\r\n{\"customerNumber\":\"").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200);
            }
        }
        Thread.sleep(1000);

        byte[] log = Files.readAllBytes(PersonalDataInLogs.TEST_LOG);
        List<String> errors = new String(log, (int) logBefore, log.length - (int) logBefore, StandardCharsets.UTF_8)
                .lines().filter(line -> line.contains(" ERROR ") || line.contains("\"level\":\"ERROR\"")
                        || line.startsWith("\tat ")).map(line -> line.substring(0, Math.min(300, line.length())))
                .toList();
        assertEquals(List.of(), errors, "error lines after clients left mid-body");
    }
}
