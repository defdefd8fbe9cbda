package de.agency.integration.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.devstack.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The shared stack's logs: one file per instance under {@code logs/}, replicas named {@code <service>-<n>}. */
public final class Logs {

    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("\\b\\d{3}[A-Z]\\d{6}\\b");

    private Logs() {
    }

    /** The lines every replica of the service has logged so far. */
    public static List<String> lines(LocalStack stack, String service) {
        List<String> lines = new ArrayList<>();
        stack.instanceNames().stream()
                .filter(instance -> instance.equals(service) || instance.startsWith(service + "-"))
                .forEach(instance -> lines.addAll(read(instance)));
        return lines;
    }

    /** No customer number has reached a log line of any instance of any service. */
    public static void assertNoCustomerNumber(LocalStack stack) {
        for (String instance : stack.instanceNames()) {
            assertEquals(List.of(), read(instance).stream().filter(line -> CUSTOMER_NUMBER.matcher(line).find())
                    .limit(5).toList(), instance + " logged a customer number");
        }
    }

    private static List<String> read(String instance) {
        Path log = SharedStack.WORK.resolve("logs").resolve(instance + ".log");
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
