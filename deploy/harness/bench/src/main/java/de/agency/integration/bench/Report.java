package de.agency.integration.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.HdrHistogram.Histogram;

/** The benchmark's table (service figure, raw baseline, ratio, target), its correctness checks and latency chart. */
final class Report {

    private record Row(String measure, String service, String baseline, String ratio, String target) {
    }

    private static final double[] CHART_PERCENTILES = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 97, 99, 99.5, 99.9};
    private static final String[] COLOURS = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a"};

    private final String heading;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final Map<String, Histogram> latencies = new LinkedHashMap<>();

    Report(String heading) {
        this.heading = heading;
    }

    void row(String measure, String service, String baseline, String ratio, String target) {
        rows.add(new Row(measure, service, baseline, ratio, target));
    }

    /** A check that held (a failed one ends the benchmark with an exception instead), or a note on the figures. */
    void note(String passed) {
        checks.add(passed);
    }

    /** A latency series (microseconds) for the chart. */
    void latency(String name, Histogram micros) {
        latencies.put(name, micros);
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** {@code p50 / p90 / p99} of a histogram in microseconds, as milliseconds. */
    static String percentiles(Histogram micros) {
        return format("p50 %.1f / p90 %.1f / p99 %.1f ms", ms(micros, 50), ms(micros, 90), ms(micros, 99));
    }

    static double ms(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    String markdown() {
        StringBuilder text = new StringBuilder("### ").append(heading).append("\n\n")
                .append("| measure | service | raw baseline, same run | service / baseline | target |\n")
                .append("|---|---|---|---|---|\n");
        rows.forEach(r -> text.append("| ").append(String.join(" | ", r.measure(), r.service(), r.baseline(), r.ratio(),
                r.target())).append(" |\n"));
        text.append("\nChecks and notes:\n");
        checks.forEach(c -> text.append("- ").append(c).append('\n'));
        return text.toString();
    }

    /** Writes {@code benchmark.md} and {@code latency.html} (event latency by percentile, an SVG chart). */
    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("benchmark.md"), markdown());
        Files.writeString(directory.resolve("latency.html"), chart());
    }

    private String chart() {
        int width = 760;
        int height = 360;
        int left = 60;
        int bottom = 320;
        double top = latencies.values().stream().mapToDouble(h -> ms(h, 99.9)).max().orElse(1) * 1.1;
        double rightmost = Math.log10(1 / (1 - 0.999));
        // percentiles spread as 1/(1-p) on a log scale, so that p90, p99 and p99.9 lie equally apart
        DoubleUnaryOperator x = p -> left + (width - 20 - left) * Math.log10(1 / (1 - p / 100)) / rightmost;
        StringBuilder svg = new StringBuilder(format("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif' font-size='12'>", width, height));
        svg.append(format("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>", left, bottom, width - 20, bottom));
        svg.append(format("<line x1='%d' y1='20' x2='%d' y2='%d' stroke='black'/>", left, left, bottom));
        for (double p : new double[] {0, 90, 99, 99.9}) {
            svg.append(format("<text x='%.0f' y='%d' text-anchor='middle'>p%s</text>", x.applyAsDouble(p), bottom + 16,
                    p == 0 ? "0" : (p % 1 == 0 ? String.valueOf((int) p) : String.valueOf(p))));
        }
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            svg.append(format("<text x='%d' y='%.0f' text-anchor='end'>%.0f ms</text>", left - 4,
                    bottom - (bottom - 20) * value / top + 4, value));
        }
        int series = 0;
        for (Map.Entry<String, Histogram> latency : latencies.entrySet()) {
            String colour = COLOURS[series % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (double p : CHART_PERCENTILES) {
                double y = bottom - (bottom - 20) * ms(latency.getValue(), p) / top;
                points.append(format("%.1f,%.1f ", x.applyAsDouble(p), y));
            }
            svg.append(format("<polyline fill='none' stroke='%s' stroke-width='2' points='%s'/>", colour, points));
            svg.append(format("<text x='%d' y='%d' fill='%s'>%s</text>", left + 10, 36 + 16 * series, colour,
                    latency.getKey()));
            series++;
        }
        svg.append("</svg>");
        return "<!doctype html><html><head><meta charset='utf-8'><title>Event latency</title></head><body>"
                + "<h1>Event latency by percentile</h1><p>From the 201 of POST /cases to the effect; " + heading
                + "</p>" + svg + "</body></html>\n";
    }
}
