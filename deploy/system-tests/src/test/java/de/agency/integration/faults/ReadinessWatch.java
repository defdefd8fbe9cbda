package de.agency.integration.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** Polls {@code /q/health/ready} of every instance twice a second and keeps what each answered when. */
final class ReadinessWatch implements AutoCloseable {

    /** One answer of a readiness probe: 200 is UP, 503 DOWN, 0 no answer in time (or the process is gone). */
    record Sample(Instant at, int status) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, List<Sample>> samples = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread poller;

    ReadinessWatch(List<String> instanceUrls) {
        instanceUrls.forEach(url -> samples.put(url, new CopyOnWriteArrayList<>()));
        poller = new Thread(() -> {
            while (running.get()) {
                instanceUrls.parallelStream().forEach(url -> samples.get(url).add(new Sample(Instant.now(), probe(url))));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "readiness-watch");
        poller.start();
    }

    private int probe(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * The instances not ready at some time between the two instants: DOWN (503), or no answer within the probe's
     * 2 seconds, which a Kubernetes readiness probe counts as a failure too.
     */
    List<String> notReadyBetween(Instant from, Instant to) {
        return samples.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(s -> s.status() != 200
                        && !s.at().isBefore(from) && !s.at().isAfter(to)))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** How long after the instant the last instance reported UP again (empty if one has not yet). */
    Optional<Duration> allUpAfter(Instant from) {
        Duration latest = Duration.ZERO;
        for (List<Sample> answers : samples.values()) {
            Optional<Sample> up = answers.stream().filter(s -> !s.at().isBefore(from) && s.status() == 200).findFirst();
            if (up.isEmpty()) {
                return Optional.empty();
            }
            Duration after = Duration.between(from, up.get().at());
            latest = after.compareTo(latest) > 0 ? after : latest;
        }
        return Optional.of(latest);
    }

    int instances() {
        return samples.size();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        poller.interrupt();
        poller.join(5000);
    }
}
