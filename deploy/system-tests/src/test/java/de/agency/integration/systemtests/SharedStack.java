package de.agency.integration.systemtests;

import de.agency.integration.devstack.LocalStack;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one whole local stack the system tests share: PostgreSQL, Kafka, Keycloak and two replicas of every service,
 * started on first use and stopped when the test JVM ends. The suites run in the order their {@code @Order} gives:
 * those that only read or add data first, those that kill processes and dependencies last.
 */
public final class SharedStack {

    /** Where the stack's servers keep their data and logs ({@code logs/<instance>.log}). */
    public static final Path WORK = Path.of("target", "stack");

    private static LocalStack stack;

    private SharedStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            stack = LocalStack.onFreePorts(WORK)
                    .withReplicas(2)
                    // closed cases are past their retention at once, and the erasure job runs every 2 seconds;
                    // the due dates' timers are looked for every 2 seconds
                    .configure("case-service", Map.of("cases.privacy.retention-after-close", "P0D",
                            "cases.privacy.erasure-cron", "*/2 * * * * ?", "timers.every", "2s"))
                    // the maximum-duration job and the timers run every 2 seconds on both inga-service replicas
                    .configure("inga-service", Map.of("inga.max-duration-job.every", "2s", "timers.every", "2s"))
                    // the consumers' "Applied <event>" lines (debug), which the trace test reads
                    .configure("reporting-service", Map.of("quarkus.log.category.\"de.agency.integration.inbox\".level",
                            "DEBUG"))
                    .start();
            System.out.println("Shared stack (two replicas of every service) started in "
                    + stack.startupTime().toSeconds() + " s");
            stack.residentMemoryKb().forEach((name, kb) -> System.out.println("RSS " + name + ": " + kb + " kB"));
            Runtime.getRuntime().addShutdownHook(new Thread(SharedStack::stop, "shared-stack-stop"));
        }
        return stack;
    }

    /** Stops the stack if it runs (a suite after the last one that needs it frees the machine for itself). */
    public static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
