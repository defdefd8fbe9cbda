package de.agency.integration.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** The ports of the stack: the fixed local ports of DESIGN.md, or free ones for a stack beside another. */
record StackPorts(int postgres, int kafka, int kafkaController, int keycloak, int caseService, int ingaService,
                  int accessService, int reportingService) {

    static StackPorts standard() {
        return new StackPorts(5432, 9092, 9093, 8180, 8081, 8082, 8083, 8084);
    }

    static StackPorts free() {
        return new StackPorts(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
