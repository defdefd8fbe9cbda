package de.agency.integration.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.systemtests.SharedStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The benchmark command as a 5-second smoke run against the shared stack: every step runs and every committed case
 * is counted exactly once, live and after the rebuild (the benchmark fails otherwise). No figure is asserted: timings
 * belong to the benchmark's report, not to a test on a noisy machine.
 */
@Order(3)
class BenchmarkSmokeIT {

    @Test
    void everyMeasurementRunsAndEveryCommittedCaseIsCountedOnce() throws IOException {
        Path output = Path.of("target", "smoke");
        Benchmark.run(SharedStack.get(), Benchmark.Settings.smoke(output));

        String table = Files.readString(output.resolve("benchmark.md"));
        for (String row : List.of("`POST /cases`", "CPU per `POST /cases`", "`GET /cases/{id}`",
                "`POST /enrollments/{id}/contacts`", "commit → `case_fact` in reporting, sequential",
                "reporting rebuild", "start of case-service alone", "resident memory", "after the rebuild: ")) {
            assertTrue(table.contains(row), "no row " + row + " in\n" + table);
        }
        assertTrue(Files.readString(output.resolve("latency.html")).contains("<polyline"));
    }
}
