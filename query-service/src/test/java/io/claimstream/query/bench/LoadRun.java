package io.claimstream.query.bench;

import java.net.URI;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator (in Java, or wrk when {@code bench.wrk} names its binary): {@code clients} threads each send their next request as soon as
 * the previous one answered, until {@code requests} have been sent (after a warm-up), and every
 * latency is kept for exact percentiles. Bounded in count and time; loopback only.
 */
final class LoadRun {

    /** Latencies, throughput, and CPU milliseconds per request of the service, the database and the generator. */
    record Result(String name, int requests, int errors, double p50, double p90, double p99, double max,
                  double perSecond, double[] cpuPerRequest) {
        String line() {
            return String.format("%-22s %7d %6d %9.1f %9.1f %9.1f %9.1f %9.1f %8.2f %8.2f %8.2f", name, requests, errors,
                    p50, p90, p99, max, perSecond, cpuPerRequest[0], cpuPerRequest[1], cpuPerRequest[2]);
        }
    }

    static final String HEADER = String.format("%-22s %7s %6s %9s %9s %9s %9s %9s %8s %8s %8s", "scenario", "reqs",
            "errors", "p50 ms", "p90 ms", "p99 ms", "max ms", "req/s", "svc cpu", "db cpu", "gen cpu")
            + "\n" + " ".repeat(88) + "(CPU ms per request)";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final int clients;

    LoadRun(String base, int clients) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clients = clients;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** @param path the path and query of request {@code i} */
    Result run(String name, int warmUp, int requests, Duration limit, IntFunction<String> path) throws Exception {
        send(warmUp, Duration.ofSeconds(60), path, new ArrayList<>(), new AtomicInteger());
        String wrk = System.getProperty("bench.wrk", "");
        if (!wrk.isBlank()) {
            return new WrkRun(Path.of(wrk), base, clients).run(name, requests, limit, path);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ProcessCpu cpuBefore = ProcessCpu.now();
        long start = System.nanoTime();
        int sent = send(requests, limit, path, latencies, errors);
        double seconds = (System.nanoTime() - start) / 1e9;
        ProcessCpu cpu = ProcessCpu.now().minus(cpuBefore);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(name, sent, errors.get(), pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, sent / seconds,
                cpu.perRequest(sent));
    }

    private int send(int requests, Duration limit, IntFunction<String> path, List<Long> latencies, AtomicInteger errors)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline;
                         i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.apply(i)))
                                .timeout(Duration.ofSeconds(60)).GET().build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            latencies.add(System.nanoTime() - t);
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            latencies.add(System.nanoTime() - t);
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Math.min(next.get(), requests);
    }

    private static double pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
