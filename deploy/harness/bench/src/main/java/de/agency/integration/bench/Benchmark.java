package de.agency.integration.bench;

import static de.agency.integration.bench.Report.format;
import static de.agency.integration.bench.Report.ms;
import static de.agency.integration.bench.Report.percentiles;

import com.fasterxml.jackson.databind.JsonNode;
import de.agency.integration.devstack.LocalStack;
import de.agency.integration.devstack.ServiceJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * One command, one run: starts the local stack (real PostgreSQL, Kafka, Keycloak, the four packaged services) and
 * measures each figure of the performance table side by side with its raw baseline - pgbench running the same SQL as
 * {@code POST /cases}, a plain Kafka consumer reading the same topics - then checks that every committed case was
 * counted exactly once, live and after a rebuild. Prints the table and writes it, with a latency chart, to the output.
 */
public final class Benchmark {

    /**
     * @param warmUp       one round of warm-up: the same load, not measured, repeated until the service's CPU per
     *                     request stops falling (the JIT compiled what the load runs)
     * @param warmUpRounds the most rounds of warm-up before a measurement of the table (a lever's measurements take
     *                     at most {@value #LEVER_WARM_UP_ROUNDS}, the same on both sides)
     * @param measure      how long each throughput measurement runs
     * @param connections  concurrent HTTP connections (wrk) and pgbench clients
     * @param sequential   cases opened one after the other for the event latency without load
     * @param pacedRate    cases opened per second for the event latency under load (for {@code measure})
     * @param levers       whether to measure each switchable lever off and on, one after the other, in this run
     * @param baseline     another build of case-service (the {@code quarkus-app} directory another commit's package
     *                     made) to measure this build against as one more lever: a change in code, alternated in
     *                     the same run like the levers of configuration
     */
    public record Settings(Duration warmUp, int warmUpRounds, Duration measure, int connections, int sequential,
                           int pacedRate, boolean levers, Optional<Path> baseline, Path output) {

        /** The full run: {@code seconds} per measurement, warm-up rounds of half as long. */
        public static Settings standard(long seconds, Optional<Path> baseline, Path output) {
            return new Settings(Duration.ofSeconds(Math.max(1, seconds / 2)), 30, Duration.ofSeconds(seconds), 16,
                    200, 200, true, baseline, output);
        }

        /** A smoke run for CI: the same steps, 5 s each after one warm-up round of 2 s, a few cases, no levers. */
        public static Settings smoke(Path output) {
            return new Settings(Duration.ofSeconds(2), 1, Duration.ofSeconds(5), 16, 20, 20, false, Optional.empty(),
                    output);
        }
    }

    /**
     * A lever that configuration switches: case-service restarted without it, then with it, {@code POST /cases}
     * measured after each warm-up.
     */
    private record Lever(String name, Variant without, Variant with) {
    }

    /** case-service's JVM settings, configuration beyond its own, and the build it runs (none: this checkout's). */
    private record Variant(ServiceJvm jvm, Map<String, String> configuration, Optional<Path> build) {

        Variant(ServiceJvm jvm, Map<String, String> configuration) {
            this(jvm, configuration, Optional.empty());
        }
    }

    /**
     * The warm-up ends after {@value #FLAT_ROUNDS} rounds in a row whose CPU per request is not this much below the
     * lowest round before (one round stopped it early when a noisy round met a compilation still under way; two, when
     * the tiered JVM on one CPU rested on a plateau for two or three rounds and then fell by half again).
     */
    private static final double STILL_FALLING = 0.95;
    /** How often each lever is measured without and with it, in turn. */
    private static final int LEVER_PAIRS = 2;
    /** The most warm-up rounds before each of a lever's measurements, which restart case-service cold each time. */
    private static final int LEVER_WARM_UP_ROUNDS = 10;
    private static final int FLAT_ROUNDS = 4;
    /** The first JDK release with an ahead-of-time cache that also keeps the training's method profiles. */
    private static final int AOT_CACHE_RELEASE = 25;

    private static final List<String> REPORTED_TOPICS = List.of("case-events", "inga-events", "access-events");

    private final LocalStack stack;
    private final Settings settings;
    private final Api api;
    private final String agency = "B" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
    private final Report report;
    private final Wrk wrk;
    private final PgBench pgBench;

    private Benchmark(LocalStack stack, Settings settings) {
        this.stack = stack;
        this.settings = settings;
        this.api = new Api(stack);
        this.wrk = new Wrk(settings.output());
        this.pgBench = new PgBench(settings.output());
        this.report = new Report(format("%s, %d cores, %s s per measurement, %d connections; services' JVM: %s",
                Instant.now(), Runtime.getRuntime().availableProcessors(), settings.measure().toSeconds(),
                settings.connections(), stack.jvm().description()));
    }

    /**
     * Arguments: seconds per measurement (20), the output directory, the services' JVM ({@code image}, {@code local}),
     * and optionally a baseline build of case-service (its {@code quarkus-app} directory).
     */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 1 ? args[1] : "deploy/harness/bench/target");
        Optional<Path> baseline = args.length > 3 ? Optional.of(Path.of(args[3]).toAbsolutePath()) : Optional.empty();
        Settings settings = Settings.standard(args.length > 0 ? Long.parseLong(args[0]) : 20, baseline, output);
        ServiceJvm jvm = ServiceJvm.valueOf((args.length > 2 ? args[2] : "image").toUpperCase(Locale.ROOT));
        Report report = run(settings, jvm);
        System.out.println(report.markdown());
        System.out.println("Written to " + output.toAbsolutePath().resolve("benchmark.md") + " and latency.html");
    }

    /** Starts a stack on free ports under the output directory, measures, stops the stack, writes the report. */
    public static Report run(Settings settings, ServiceJvm jvm) throws IOException {
        try (LocalStack stack = LocalStack.onFreePorts(settings.output().resolve("stack")).withJvm(jvm).start()) {
            return run(stack, settings);
        }
    }

    /** Measures against a running stack (e.g. the system tests' shared one) and writes the report. */
    public static Report run(LocalStack stack, Settings settings) throws IOException {
        Files.createDirectories(settings.output());
        Report report = new Benchmark(stack, settings).measure();
        report.write(settings.output());
        return report;
    }

    private Report measure() {
        Map<String, Duration> together = stack.readyAfter();
        Map<String, Long> memory = firstRequestToEach();
        step("POST /enrollments/{id}/contacts", this::recordContacts);
        step("POST /cases against pgbench", this::openCases);
        countedExactlyOnce("after the load");
        step("GET /cases/{id}", this::readCases);
        step("event latency", this::eventLatency);
        countedExactlyOnce("live");
        step("rebuild against a plain consumer", this::rebuild);
        countedExactlyOnce("after the rebuild");
        step("start of case-service alone", () -> start(together, memory));
        if (settings.levers()) {
            step("lever: partitions replayed side by side", this::rebuildLever);
            countedExactlyOnce("after the rebuild lever");
            levers().forEach(lever -> step("lever: " + lever.name(), () -> compare(lever)));
        }
        return report;
    }

    private static void step(String name, Runnable measurement) {
        System.out.println("Measuring " + name + " ...");
        measurement.run();
    }

    /** One authenticated request to each service, then the resident memory of each. */
    private Map<String, Long> firstRequestToEach() {
        api.get("case-service", "/cases?size=1", "counsellor");
        api.get("inga-service", "/exit-reasons", "inga-counsellor");
        api.get("access-service", "/keycloak-sync", "access-admin");
        api.get("reporting-service", "/reports/cases", "viewer");
        return stack.residentMemoryKb();
    }

    /** {@code POST /cases} with wrk against pgbench running its SQL; the service's CPU time per request. */
    private void openCases() {
        PgBench.Result raw = pgBench.run(stack.jdbcUrl("case_service"), "case_service",
                "open-case.sql", List.of("team_membership_replica", "integration_case", "phase_transition", "outbox_event"),
                List.of("team_membership_replica"), settings.connections(), settings.measure());
        Measured opened = openCasesMeasured(settings.warmUpRounds());
        report.row("`POST /cases`, " + settings.connections() + " connections", throughput(opened.result()),
                format("pgbench, same SQL: %.0f tps (mean %.1f ms)", raw.tps(), raw.latencyMs()),
                format("%.0f %%", 100 * opened.result().perSecond() / raw.tps()), "≥ 50 % (floor 30 %)");
        report.row("CPU per `POST /cases` (case-service process)", format("%.2f ms", opened.cpuPerRequestMs()), "", "",
                "≤ 1 ms (floor 1.5 ms)");
    }

    /** {@code POST /cases} after at most so many rounds of warm-up, with case-service's CPU time per request. */
    private Measured openCasesMeasured(int warmUpRounds) {
        return measured("case-service", warmUpRounds, duration -> wrk.repeat("POST", api.url("case-service") + "/cases",
                api.token("counsellor"), Api.openCaseBody(agency), settings.connections(), duration));
    }

    /** The switchable levers, each without against with, in this run, in the stack's configuration otherwise. */
    private List<Lever> levers() {
        Variant asConfigured = new Variant(stack.jvm(), Map.of());
        ServiceJvm otherJvm = stack.jvm() == ServiceJvm.LOCAL ? ServiceJvm.IMAGE : ServiceJvm.LOCAL;
        List<Lever> levers = new ArrayList<>();
        settings.baseline().ifPresent(baseline -> levers.add(new Lever("this build instead of the baseline build "
                + baseline, new Variant(stack.jvm(), Map.of(), Optional.of(baseline)), asConfigured)));
        levers.addAll(List.of(
                new Lever("verified-token cache", new Variant(stack.jvm(), Map.of("token-cache.enabled", "false")),
                        asConfigured),
                new Lever("traces: 10 % sampled instead of all", asConfigured,
                        new Variant(stack.jvm(), Map.of("quarkus.otel.traces.sampler.arg", "0.1"))),
                new Lever("JVM: " + stack.jvm().name().toLowerCase(Locale.ROOT) + " instead of "
                        + otherJvm.name().toLowerCase(Locale.ROOT), new Variant(otherJvm, Map.of()), asConfigured)));
        return levers;
    }

    /**
     * case-service restarted without the lever and measured, then with it, {@value #LEVER_PAIRS} times in turn
     * (without, with, without, with: a drift of the machine during the comparison falls on both sides), then
     * restarted as configured; each side reported by its median and range.
     */
    private void compare(Lever lever) {
        List<Measured> without = new ArrayList<>();
        List<Measured> with = new ArrayList<>();
        for (int pair = 0; pair < LEVER_PAIRS; pair++) {
            without.add(openCasesWith(lever.without()));
            with.add(openCasesWith(lever.with()));
        }
        stack.restartReplica("case-service", 1, stack.jvm(), Map.of());
        double withRate = median(with, measured -> measured.result().perSecond());
        double withoutRate = median(without, measured -> measured.result().perSecond());
        double withCpu = median(with, Measured::cpuPerRequestMs);
        double withoutCpu = median(without, Measured::cpuPerRequestMs);
        report.row("lever: " + lever.name() + " — `POST /cases`, " + LEVER_PAIRS + " alternating pairs",
                format("with: %.0f req/s (%s), CPU %.2f ms/req", withRate, range(with), withCpu),
                format("without: %.0f req/s (%s), CPU %.2f ms/req", withoutRate, range(without), withoutCpu),
                format("%.2f× the throughput, %.0f %% of the CPU (medians)", withRate / withoutRate,
                        100 * withCpu / withoutCpu), "");
    }

    private static double median(List<Measured> runs, ToDoubleFunction<Measured> figure) {
        return median(runs.stream().mapToDouble(figure).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = Arrays.stream(values).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The runs' throughputs, lowest to highest. */
    private static String range(List<Measured> runs) {
        return runs.stream().mapToDouble(measured -> measured.result().perSecond()).sorted()
                .mapToObj(rate -> format("%.0f", rate)).collect(Collectors.joining("-"));
    }

    private Measured openCasesWith(Variant variant) {
        variant.build().ifPresentOrElse(
                build -> stack.restartReplicaFrom(build, "case-service", 1, variant.jvm(), variant.configuration()),
                () -> stack.restartReplica("case-service", 1, variant.jvm(), variant.configuration()));
        return openCasesMeasured(Math.min(LEVER_WARM_UP_ROUNDS, settings.warmUpRounds()));
    }

    private void readCases() {
        List<String> paths = casePaths();
        Measured read = measured("case-service", settings.warmUpRounds(), duration -> wrk.cycle("GET", api.url("case-service"),
                api.token("counsellor"), paths, null, settings.connections(), duration));
        report.row("`GET /cases/{id}`, " + paths.size() + " cases in turn", throughput(read.result()),
                format("CPU per request %.2f ms", read.cpuPerRequestMs()), "", "≥ 2,000 req/s");
    }

    private void recordContacts() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < settings.connections(); i++) {
            cases.add(api.profiledCase(agency));
        }
        List<String> paths = cases.stream().map(id -> "/enrollments/" + api.enroll(id) + "/contacts").toList();
        Measured recorded = measured("inga-service", settings.warmUpRounds(), duration -> wrk.cycle("POST", api.url("inga-service"),
                api.token("inga-counsellor"), paths, Api.contactBody(), settings.connections(), duration));
        report.row("`POST /enrollments/{id}/contacts`", throughput(recorded.result()),
                format("CPU per request %.2f ms", recorded.cpuPerRequestMs()), "", "≥ 2,000 req/s");
    }

    /** Cases opened one after the other, then at a steady rate: from the 201 to the topic and to the read model. */
    private void eventLatency() {
        try (EventLatency watch = new EventLatency(stack.kafkaBootstrapServers(), stack.jdbcUrl("reporting_service"))) {
            List<String> sequential = new ArrayList<>();
            for (int i = 0; i < settings.sequential(); i++) {
                String id = api.openCase(agency);
                watch.responded(id);
                sequential.add(id);
                while (!watch.seen(id)) {
                    Pause.of(Duration.ofMillis(1));
                }
            }
            latencyRows("sequential", watch.await(sequential, Duration.ofSeconds(30)), "p50 ≤ 50 ms, p99 ≤ 250 ms");
            latencyRows(settings.pacedRate() + " req/s", watch.await(paced(watch), Duration.ofSeconds(60)),
                    "p99 ≤ 500 ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Cases opened at a steady rate without waiting for the answers; those not answered 201 are counted apart, by
     * what they got instead (a status, or the client's error such as its 10 s timeout).
     */
    private List<String> paced(EventLatency watch) throws InterruptedException {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> failures = new ConcurrentSkipListMap<>();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long interval = 1_000_000_000L / settings.pacedRate();
        long start = System.nanoTime();
        long count = settings.measure().toSeconds() * settings.pacedRate();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                Thread.sleep(0, 200_000);
            }
            sent.add(api.sendAsync(api.openCaseRequest(agency)).handle((response, error) -> {
                if (error == null && response.statusCode() == 201) {
                    String id = Api.idOf(response);
                    watch.responded(id);
                    ids.add(id);
                } else {
                    failures.merge(error == null ? "status " + response.statusCode() : rootCause(error), 1, Integer::sum);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        if (!failures.isEmpty()) {
            report.note(format("%d of %d requests at %d req/s not answered 201 (their effects not measured): %s",
                    failures.values().stream().mapToInt(Integer::intValue).sum(), count, settings.pacedRate(),
                    failures));
        }
        return List.copyOf(ids);
    }

    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private void latencyRows(String load, EventLatency.Histograms latency, String target) {
        report.latency("case-events, plain consumer, " + load, latency.kafka());
        report.latency("reporting read model, " + load, latency.reporting());
        report.row("commit → record on `case-events` (plain consumer), " + load, percentiles(latency.kafka()),
                "", "", "");
        report.row("commit → `case_fact` in reporting, " + load + format(" (%d cases)", latency.reporting().getTotalCount()),
                percentiles(latency.reporting()), format("plain consumer p50 %.1f ms", ms(latency.kafka(), 50)),
                ms(latency.kafka(), 50) < 1 ? "" : format("%.1f× at p50", ms(latency.reporting(), 50) / ms(latency.kafka(), 50)),
                target);
    }

    private void rebuild() {
        Replay.Result raw = Replay.plainConsumer(stack.kafkaBootstrapServers(), REPORTED_TOPICS);
        Replay.Result rebuilt = Replay.rebuild(api);
        report.row(format("reporting rebuild (`POST /rebuild`, %d events)", rebuilt.events()),
                format("%.0f events/s (%.1f s)", rebuilt.perSecond(), rebuilt.seconds()),
                format("plain consumer: %.0f events/s (%d events)", raw.perSecond(), raw.events()),
                format("%.0f %%", 100 * rebuilt.perSecond() / raw.perSecond()), "≥ 10,000 events/s and ≥ 50 % (floor 40 %)");
    }

    /**
     * The rebuild replaying one partition at a time against the partitions of a topic side by side as configured,
     * each in reporting-service restarted with that setting and warmed by one rebuild first.
     */
    private void rebuildLever() {
        Replay.Result oneAtATime = rebuildAfterRestart(Map.of("reporting.rebuild.partitions-at-once", "1"));
        Replay.Result sideBySide = rebuildAfterRestart(Map.of());
        report.row(format("lever: partitions of a topic replayed side by side — reporting rebuild, %d events",
                        sideBySide.events()),
                format("with (as configured): %.0f events/s (%.1f s)", sideBySide.perSecond(), sideBySide.seconds()),
                format("without (one at a time): %.0f events/s (%.1f s)", oneAtATime.perSecond(), oneAtATime.seconds()),
                format("%.2f× the rate", sideBySide.perSecond() / oneAtATime.perSecond()), "");
    }

    private Replay.Result rebuildAfterRestart(Map<String, String> configuration) {
        stack.restartReplica("reporting-service", 1, stack.jvm(), configuration);
        Replay.rebuild(api);
        return Replay.rebuild(api);
    }

    /**
     * Every case the benchmark committed is counted once in reporting's cases per agency, no more, no less. Both are
     * read again each round: a request the load generator gave up on may still commit after the load ended.
     */
    private void countedExactlyOnce(String when) {
        long committed = -1;
        long counted = -1;
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            committed = committedCases();
            counted = countedCases();
            if (counted == committed) {
                report.note(format("%s: %d cases committed by case-service, %d counted by reporting", when, committed,
                        counted));
                return;
            }
            Pause.of(Duration.ofMillis(200));
        }
        throw new IllegalStateException(format("%s: %d cases committed, reporting counted %d", when, committed, counted));
    }

    /** case-service alone, the stack idle: killed, started again, until ready and its first answer. */
    private void start(Map<String, Duration> together, Map<String, Long> memory) {
        String caseId = caseIds(1).get(0);
        stack.killReplica("case-service", 1);
        stack.restartReplica("case-service", 1);
        Duration alone = stack.readyAfter().get("case-service");
        long begin = System.nanoTime();
        api.get("case-service", "/cases/" + caseId, "counsellor");
        double firstRequest = (System.nanoTime() - begin) / 1e6;
        report.row("start of case-service alone, to ready", format("%.1f s, then first request %.0f ms",
                alone.toMillis() / 1000.0, firstRequest), "", "", "≤ 1.5 s (floor 2 s)");
        if (stack.jvm().jdkRelease() >= AOT_CACHE_RELEASE) {
            startWithAotCache(caseId);
        }
        report.row("start of the four together, to ready", together.entrySet().stream()
                .map(e -> format("%s %.1f s", e.getKey().replace("-service", ""), e.getValue().toMillis() / 1000.0))
                .collect(Collectors.joining(", ")), "", "", "≤ 10 s");
        report.row("resident memory after the first request", memory.entrySet().stream()
                .filter(e -> e.getKey().endsWith("-service"))
                .map(e -> format("%s %d MB", e.getKey().replace("-service", ""), e.getValue() / 1024))
                .collect(Collectors.joining(", ")), "", "", "≤ 200 MB");
    }

    /** A measurement and the service's CPU time per request in it. */
    private record Measured(Wrk.Result result, double cpuPerRequestMs) {
    }

    /**
     * The load in warm-up rounds until the service's CPU per request stops falling (at most {@code warmUpRounds}; the
     * rounds' figures go into the report, and whether they ran out before the flat ones), then measured.
     */
    private Measured measured(String service, int warmUpRounds, Function<Duration, Wrk.Result> load) {
        List<String> rounds = new ArrayList<>();
        double lowest = Double.MAX_VALUE;
        int flat = 0;
        for (int round = 0; round < warmUpRounds && flat < FLAT_ROUNDS; round++) {
            double perRequest = run(service, load, settings.warmUp()).cpuPerRequestMs();
            rounds.add(format("%.2f", perRequest));
            flat = perRequest < lowest * STILL_FALLING ? 0 : flat + 1;
            lowest = Math.min(lowest, perRequest);
        }
        report.note(format("warm-up of %s: CPU per request, ms, by round of %d s: %s%s", service,
                settings.warmUp().toSeconds(), String.join(" → ", rounds),
                flat == FLAT_ROUNDS ? "" : " (not yet flat when the rounds ran out)"));
        return run(service, load, settings.measure());
    }

    private Measured run(String service, Function<Duration, Wrk.Result> load, Duration duration) {
        ProcessHandle process = stack.process(service);
        Duration cpuBefore = cpu(process);
        Wrk.Result result = load.apply(duration);
        return new Measured(result, cpu(process).minus(cpuBefore).toNanos() / 1e6 / Math.max(1, result.requests()));
    }

    private String throughput(Wrk.Result result) {
        return format("%.0f req/s (p50 %.1f ms, p99 %.1f ms%s)", result.perSecond(), result.p50(), result.p99(),
                result.failed() == 0 ? "" : ", " + result.failed() + " failed");
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("No CPU time of " + process));
    }

    /**
     * The JDK's ahead-of-time cache (JEP 483, 515) for case-service, trained two ways: by this run's load (case-service
     * restarted recording, {@code -XX:AOTCacheOutput}, given {@code POST /cases} and {@code GET /cases/{id}} for a
     * warm-up round each, stopped: the JVM writes the cache as it exits) and, as the images' cache is, by the start
     * alone. Then case-service started with each and without a cache, {@value #LEVER_PAIRS} times in turn. A cache is
     * required where given ({@code -XX:AOTMode=on}), so one the JVM cannot use fails the run instead of measuring
     * nothing; set through {@code JDK_JAVA_OPTIONS}, as an image takes it.
     */
    private void startWithAotCache(String caseId) {
        Path byLoad = settings.output().toAbsolutePath().resolve("case-service-load.aot");
        Path byStart = settings.output().toAbsolutePath().resolve("case-service-start.aot");
        restartCaseService(Map.of("jdk.java.options", "-XX:AOTCacheOutput=" + byLoad));
        wrk.repeat("POST", api.url("case-service") + "/cases", api.token("counsellor"), Api.openCaseBody(agency),
                settings.connections(), settings.warmUp());
        wrk.cycle("GET", api.url("case-service"), api.token("counsellor"), casePaths(), null, settings.connections(),
                settings.warmUp());
        stack.trainAotCacheByStart("case-service", 1, byStart);
        List<AotCache> caches = List.of(new AotCache("this run's load", byLoad, new ArrayList<>()),
                new AotCache("the start alone, as the images'", byStart, new ArrayList<>()));
        List<Duration> without = new ArrayList<>();
        for (int pair = 0; pair < LEVER_PAIRS; pair++) {
            for (AotCache cache : caches) {
                cache.starts().add(restartCaseService(Map.of("jdk.java.options",
                        "-XX:AOTMode=on -XX:AOTCache=" + cache.file())));
                api.get("case-service", "/cases/" + caseId, "counsellor");
            }
            without.add(restartCaseService(Map.of()));
        }
        stack.restartReplica("case-service", 1, stack.jvm(), Map.of());
        caches.forEach(cache -> report.row("start of case-service alone, with an AOT cache trained by "
                        + cache.trainedBy(), format("%.1f s (%s)", median(cache.starts()) / 1000.0,
                        seconds(cache.starts())),
                format("without: %.1f s (%s)", median(without) / 1000.0, seconds(without)),
                format("%.0f %% of the time to ready (medians)", 100.0 * median(cache.starts()) / median(without)),
                "≤ 1.5 s (floor 2 s)"));
    }

    /** An AOT cache, what trained it, and case-service's times to ready with it. */
    private record AotCache(String trainedBy, Path file, List<Duration> starts) {
    }

    /** The path of each of 200 of the run's cases, for reads. */
    private List<String> casePaths() {
        return caseIds(200).stream().map(id -> "/cases/" + id).toList();
    }

    /** case-service stopped and started again with this configuration beyond its own; its time to ready. */
    private Duration restartCaseService(Map<String, String> configuration) {
        stack.restartReplica("case-service", 1, stack.jvm(), configuration);
        return stack.readyAfter().get("case-service");
    }

    private static double median(List<Duration> times) {
        return median(times.stream().mapToDouble(Duration::toMillis).toArray());
    }

    private static String seconds(List<Duration> times) {
        return times.stream().map(time -> format("%.1f", time.toMillis() / 1000.0)).collect(Collectors.joining(", "));
    }

    private List<String> caseIds(int limit) {
        return query("case_service", "select id::text from integration_case where agency = ? limit " + limit);
    }

    private long committedCases() {
        return Long.parseLong(query("case_service", "select count(*) from integration_case where agency = ?").get(0));
    }

    private long countedCases() {
        for (JsonNode row : api.get("reporting-service", "/reports/cases", "viewer").path("byAgency")) {
            if (agency.equals(row.path("agency").asText())) {
                return row.path("cases").asLong();
            }
        }
        return 0;
    }

    private List<String> query(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), database, database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, agency);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot query " + database, e);
        }
    }

}
