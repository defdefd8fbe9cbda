package de.agency.integration.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The ports of the stack: the local ports of DESIGN.md where they are free (another free port where one is taken;
 * the stack prints what it uses), or free ones throughout for a stack beside another.
 */
record StackPorts(int postgres, int kafka, int kafkaController, int keycloak, int caseService, int ingaService,
                  int accessService, int reportingService) {

    static StackPorts standard() {
        return new StackPorts(preferred(5432), preferred(9092), preferred(9093), preferred(8180), preferred(8081),
                preferred(8082), preferred(8083), preferred(8084));
    }

    static StackPorts free() {
        return new StackPorts(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort());
    }

    private static int preferred(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort();
        } catch (IOException taken) {
            int other = freePort();
            System.out.println("Port " + port + " is taken; using " + other + " instead");
            return other;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
