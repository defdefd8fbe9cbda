package de.agency.integration.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Searches a service's log for personal data: no customer number may appear, in any line. */
public final class PersonalDataInLogs {

    /** Where the services' test profile writes the whole log. */
    public static final Path TEST_LOG = Path.of("target", "quarkus.log");

    private PersonalDataInLogs() {
    }

    public static void assertNoCustomerNumbers(Path log) {
        assertTrue(Files.exists(log), log + " exists");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> found = lines.filter(line -> CustomerNumbers.ANY.matcher(line).find())
                    .limit(10).toList();
            assertEquals(List.of(), found, "lines of " + log + " with a customer number");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
