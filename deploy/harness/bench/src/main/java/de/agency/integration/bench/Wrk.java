package de.agency.integration.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load with wrk (2 threads, a fixed number of connections, as fast as the service answers). The request comes
 * from a Lua script; the script's {@code done} hook prints the figures in one line that is parsed here.
 */
final class Wrk {

    /** What a run did: requests answered, those not 2xx or lost, and the latency percentiles in milliseconds. */
    record Result(long requests, long failed, double seconds, double p50, double p90, double p99) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private static final String DONE = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("WRK requests=%d duration_us=%d failed=%d p50_us=%d p90_us=%d p99_us=%d\\n",
                summary.requests, summary.duration, e.status + e.connect + e.read + e.write + e.timeout,
                latency:percentile(50), latency:percentile(90), latency:percentile(99)))
            end
            """;
    private static final Pattern FIGURES = Pattern.compile(
            "WRK requests=(\\d+) duration_us=(\\d+) failed=(\\d+) p50_us=(\\d+) p90_us=(\\d+) p99_us=(\\d+)");

    private final String executable = Tools.require("wrk", "wrk");
    private final Path workDirectory;

    Wrk(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** The same request again and again. */
    Result repeat(String method, String url, String token, String jsonBody, int connections, Duration duration) {
        String script = "wrk.method = \"" + method + "\"\n"
                + "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n"
                + (jsonBody == null ? "" : "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.body = [[" + jsonBody + "]]\n");
        return run(url, script, connections, duration);
    }

    /** One request per path in turn (each connection starting somewhere else), e.g. a GET of each of many cases. */
    Result cycle(String method, String baseUrl, String token, List<String> paths, String jsonBody, int connections,
                 Duration duration) {
        String script = "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n"
                + (jsonBody == null ? "" : "wrk.headers[\"Content-Type\"] = \"application/json\"\n")
                + "local paths = {" + String.join(",", paths.stream().map(p -> "\"" + p + "\"").toList()) + "}\n"
                + "local i = math.random(#paths)\n"
                + "request = function()\n  i = i % #paths + 1\n"
                + "  return wrk.format(\"" + method + "\", paths[i], nil, " + (jsonBody == null ? "nil" : "[[" + jsonBody + "]]")
                + ")\nend\n";
        return run(baseUrl, script, connections, duration);
    }

    private Result run(String url, String script, int connections, Duration duration) {
        Path file = workDirectory.resolve("wrk.lua");
        try {
            Files.writeString(file, script + DONE);
            String output = Tools.output(List.of(executable, "-t2", "-c" + connections,
                    "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "10s", "-s", file.toString(), url), Map.of());
            Matcher figures = FIGURES.matcher(output);
            if (!figures.find()) {
                throw new IllegalStateException("wrk printed no figures:\n" + output);
            }
            return new Result(Long.parseLong(figures.group(1)), Long.parseLong(figures.group(3)),
                    Long.parseLong(figures.group(2)) / 1e6, millis(figures.group(4)), millis(figures.group(5)),
                    millis(figures.group(6)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the wrk script", e);
        }
    }

    private static double millis(String micros) {
        return Long.parseLong(micros) / 1000.0;
    }
}
