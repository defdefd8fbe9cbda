package de.agency.integration.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The same write fired several times at once, and the rule that exactly one wins and the rest lose cleanly. */
public final class ConcurrentRequests {

    private ConcurrentRequests() {
    }

    /** Fires the request {@code times} times, all threads released together; the responses in no order. */
    public static List<Response> fire(int times, Supplier<Response> request) {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                pending.add(threads.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : pending) {
                responses.add(response.get());
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("Concurrent requests failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Exactly one response has the success status; every other is a problem with one of the losing statuses (409 for
     * a lost race, 422 for a rule the winner's effect now breaks) that names no item of the social data.
     *
     * @return the statuses counted, e.g. {201=1, 409=3, 422=2}, for the report
     */
    public static Map<Integer, Long> assertOneWinner(String write, List<Response> responses, int success,
                                                     Set<Integer> losing, Collection<String> socialData) {
        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(1L, statuses.getOrDefault(success, 0L), write + ": exactly one winner among " + statuses);
        for (Response response : responses) {
            if (response.statusCode() != success) {
                assertTrue(losing.contains(response.statusCode()), write + ": " + response.statusCode() + " "
                        + response.asString());
                assertTrue(response.contentType().startsWith("application/problem+json"), write + ": " + response.contentType());
                AccessMatrix.assertNoSocialData(write, response, socialData);
            }
        }
        System.out.println(write + ": " + statuses);
        return statuses;
    }
}
