package de.agency.integration.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local stack until Ctrl-C (started by {@code deploy/run-local-stack.sh}). Work files and logs go to
 * {@code .devstack/} in the checkout (or the directory given as the first argument); every start is a fresh stack.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path workDirectory = args.length > 0 ? Path.of(args[0]) : Installation.locate().repositoryRoot().resolve(".devstack");
        System.out.println("Starting PostgreSQL, Kafka, Keycloak and the four services; logs in "
                + workDirectory.toAbsolutePath().resolve("logs"));
        LocalStack stack = LocalStack.standard(workDirectory);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the local stack ...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "devstack-stop"));
        stack.start();
        System.out.println(stack.summary());
        stopped.await();
    }
}
