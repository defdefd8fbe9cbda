package de.agency.integration.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Random;

/**
 * The ports of the stack: the local ports of DESIGN.md where they are free (another free port where one is taken;
 * the stack prints what it uses), or free ones throughout for a stack beside another.
 */
record StackPorts(int postgres, int kafka, int kafkaController, int keycloak, int caseService, int ingaService,
                  int accessService, int reportingService) {

    private static final int LOWEST = 20000;
    private static final int HIGHEST = 32000;
    private static final Random RANDOM = new Random();

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

    /**
     * A free port below the range the kernel hands out to outgoing connections (from 32768 on Linux): a port from
     * that range, free when chosen, can be taken by any client's connection before the server binds it (a replica of
     * the shared stack failed to start so, "Port 42815 seems to be in use").
     */
    static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = LOWEST + RANDOM.nextInt(HIGHEST - LOWEST);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + HIGHEST);
    }
}
