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

    /**
     * Latencies, throughput, CPU milliseconds per request of the service, the database and the
     * generator, how many distinct requests the scenario cycles through, and the service's cache
     * hit ratios during the timed part (answers, query vectors; NaN when that cache saw no lookup).
     */
    record Result(String name, int requests, int errors, double p50, double p90, double p99, double max,
                  double perSecond, double[] cpuPerRequest, int distinct, double answerHits, double vectorHits) {
        Result(String name, int requests, int errors, double p50, double p90, double p99, double max,
               double perSecond, double[] cpuPerRequest) {
            this(name, requests, errors, p50, p90, p99, max, perSecond, cpuPerRequest, 0, Double.NaN, Double.NaN);
        }

        Result with(int distinct, double answerHits, double vectorHits) {
            return new Result(name, requests, errors, p50, p90, p99, max, perSecond, cpuPerRequest, distinct,
                    answerHits, vectorHits);
        }

        String line() {
            return String.format("%-22s %7d %6d %9.1f %9.1f %9.1f %9.1f %9.1f %8.2f %8.2f %8.2f %8d %8s %8s", name,
                    requests, errors, p50, p90, p99, max, perSecond, cpuPerRequest[0], cpuPerRequest[1],
                    cpuPerRequest[2], distinct, percent(answerHits), percent(vectorHits));
        }

        private static String percent(double ratio) {
            return Double.isNaN(ratio) ? "-" : String.format("%.1f%%", 100 * ratio);
        }
    }

    static final String HEADER = String.format("%-22s %7s %6s %9s %9s %9s %9s %9s %8s %8s %8s %8s %8s %8s", "scenario",
            "reqs", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms", "req/s", "svc cpu", "db cpu", "gen cpu",
            "distinct", "ans hit", "vec hit")
            + "\n" + " ".repeat(88) + "(CPU ms per request)     (requests; cache hit ratios)";

    /** The service's cache counters (answer hits, answer misses, vector hits, vector misses), read from /q/metrics. */
    interface Counters {
        double[] read() throws Exception;
    }

    private Counters counters = () -> new double[4];

    LoadRun counting(Counters counters) {
        this.counters = counters;
        return this;
    }

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
        long warmUpSeconds = Long.getLong("bench.warm-up-seconds", 0);
        if (warmUpSeconds > 0) {
            // a few hundred requests leave the service's hot paths to its interpreter and JIT compiler: warm
            // for long enough and its CPU per request is its compiled code's (read-benchmark-30k-readcost.txt)
            send(Integer.MAX_VALUE, Duration.ofSeconds(warmUpSeconds), path, new ArrayList<>(), new AtomicInteger());
            warmedSeconds.put(name, warmUpSeconds + untilCompiled(requests, path));
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int i = 0; i < requests; i++) {
            distinct.add(path.apply(i));
        }
        double[] before = counters.read();
        Result timed = timed(name, requests, limit, path);
        double[] after = counters.read();
        return timed.with(distinct.size(), ratio(after[0] - before[0], after[1] - before[1]),
                ratio(after[2] - before[2], after[3] - before[3]));
    }

    /** Per scenario, the seconds it was driven before its timed part (after its first requests). */
    final java.util.Map<String, Long> warmedSeconds = new java.util.LinkedHashMap<>();

    /**
     * Drives the scenario on, a few seconds at a time, while the service's JIT compilers are still busy
     * (more than a twentieth of a core), for at most bench.warm-up-max-seconds in all: how long the
     * warm-up needs depends on what else the 2 cores run. With other work on them, 15 s left the
     * compilers busy and a request cost ~2.0 ms of the service's CPU where compiled code costs ~0.7
     * (read-benchmark-1m-read34.txt). Returns the seconds added; none without the service's pid.
     */
    private long untilCompiled(int requests, IntFunction<String> path) throws Exception {
        long most = Long.getLong("bench.warm-up-max-seconds", 180) - Long.getLong("bench.warm-up-seconds", 0);
        long added = 0;
        Duration step = Duration.ofSeconds(5);
        while (added + step.toSeconds() <= most) {
            long before = ProcessCpu.serviceCompilerNanos();
            if (before < 0) {
                return added;
            }
            String wrk = System.getProperty("bench.wrk", "");
            if (!wrk.isBlank()) {
                new WrkRun(Path.of(wrk), base, clients).drive(requests, step, path);
            } else {
                send(Integer.MAX_VALUE, step, path, new ArrayList<>(), new AtomicInteger());
            }
            added += step.toSeconds();
            if (ProcessCpu.serviceCompilerNanos() - before < step.toNanos() / 20) {
                return added;
            }
        }
        return added;
    }

    private static double ratio(double hits, double misses) {
        return hits + misses <= 0 ? Double.NaN : hits / (hits + misses);
    }

    private Result timed(String name, int requests, Duration limit, IntFunction<String> path) throws Exception {
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
