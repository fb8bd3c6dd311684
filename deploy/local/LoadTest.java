import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test of a running Claimstream stack: POSTERS concurrent clients each post DOCS distinct
 * documents to ingest (retrying a 503 or a broken connection, as a client should). A sample of the
 * accepted documents (about 200) is polled closely for its time to queryable; once posting ends,
 * every accepted document is read back until the query service serves it. Prints throughput, ingest
 * latency percentiles, time-to-queryable percentiles and each service's peak memory, and exits
 * non-zero if an accepted document never became queryable.
 *
 * <p>Run through {@code deploy/local/load-test.sh}; plain JDK, no dependencies.
 */
public final class LoadTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] FIRST = {"Ana", "Tomas", "Lena", "Mira", "Devraj", "Greta", "Jonas", "Petra", "Oskar", "Ines"};
    private static final String[] LAST = {"Ruiz", "Berg", "Vogt", "Sandoval", "Iyer", "Holm", "Weber", "Novak", "Lindgren", "Halvorsen"};
    private static final String[] TOPICS = {"inference prices", "chip supply", "open models", "agent reliability",
            "training data", "evaluation suites", "coding assistants", "memory features", "data centre power", "talent"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String ingest;
    private final String query;
    private final String apiKey;
    private final int posters;
    private final int docsPerPoster;
    private final Duration queryableTimeout;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private final ConcurrentLinkedQueue<Long> ingestMillis = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> queryableAfter = new ConcurrentHashMap<>();
    /** Every accepted id in acceptance order, for the final verification. */
    private final ConcurrentLinkedQueue<String> toVerify = new ConcurrentLinkedQueue<>();
    /** A sample of the accepted ids, polled often: their time to queryable is measured closely. */
    private final ConcurrentLinkedQueue<String> sample = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> sampledAfter = new ConcurrentHashMap<>();
    private final int sampleEvery;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicLong queryChecks = new AtomicLong();

    private LoadTest(String ingest, String query, String apiKey, int posters, int docsPerPoster, Duration timeout) {
        this.ingest = ingest;
        this.query = query;
        this.apiKey = apiKey;
        this.posters = posters;
        this.docsPerPoster = docsPerPoster;
        this.queryableTimeout = timeout;
        this.sampleEvery = Math.max(1, posters * docsPerPoster / 200);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path runDir = Path.of(env.getOrDefault("CLAIMSTREAM_RUN_DIR", ".run"));
        Map<String, String> stack = readEnvFile(runDir.resolve("stack.env"));
        String ingest = env.getOrDefault("CLAIMSTREAM_INGEST_URL", stack.getOrDefault("CLAIMSTREAM_INGEST_URL", "http://127.0.0.1:8081"));
        String query = env.getOrDefault("CLAIMSTREAM_QUERY_URL", stack.getOrDefault("CLAIMSTREAM_QUERY_URL", "http://127.0.0.1:8083"));
        String key = Optional.ofNullable(env.get("CLAIMSTREAM_API_KEY")).filter(k -> !k.isBlank())
                .orElseGet(() -> read(runDir.resolve("api-key")));
        int posters = Integer.parseInt(env.getOrDefault("POSTERS", "50"));
        int docs = Integer.parseInt(env.getOrDefault("DOCS_PER_POSTER", "1000"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("QUERYABLE_TIMEOUT_S", "7200")));
        LoadTest test = new LoadTest(ingest, query, key, posters, docs, timeout);
        System.exit(test.run(runDir) ? 0 : 1);
    }

    private boolean run(Path runDir) throws Exception {
        System.out.printf("load test %s: %d posters x %d documents against %s, read back from %s%n", run, posters,
                docsPerPoster, ingest, query);
        ExecutorService pool = Executors.newFixedThreadPool(posters);
        CountDownLatch done = new CountDownLatch(posters);
        long start = System.nanoTime();
        for (int p = 0; p < posters; p++) {
            int poster = p;
            pool.submit(() -> {
                try {
                    for (int d = 0; d < docsPerPoster; d++) {
                        post(poster, d);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        List<Thread> checkers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Thread sampler = new Thread(this::pollSample, "sampler-" + c);
            sampler.setDaemon(true);
            sampler.start();
            checkers.add(sampler);
        }
        Thread progress = new Thread(() -> progress(start), "progress");
        progress.setDaemon(true);
        progress.start();

        done.await();
        long postedNanos = System.nanoTime() - start;
        pool.shutdown();
        printPosting(postedNanos); // printed now: the read-back of a large run can take long
        for (int c = 0; c < 3; c++) {
            Thread verifier = new Thread(this::verify, "verifier-" + c);
            verifier.setDaemon(true);
            verifier.start();
            checkers.add(verifier);
        }
        long deadline = System.nanoTime() + queryableTimeout.toNanos();
        while (queryableAfter.size() < acceptedAt.size() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        long allNanos = System.nanoTime() - start;
        checkers.forEach(Thread::interrupt);
        return report(postedNanos, allNanos, runDir);
    }

    private void post(int poster, int doc) {
        String body = "{\"text\": " + json(document(poster, doc)) + ", \"title\": " + json("load " + run + " " + poster + "/" + doc)
                + ", \"published\": \"2026-09-14\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/documents")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int attempt = 0; attempt < 1000; attempt++) {
            long sent = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                if (status == 202 || status == 200) {
                    ingestMillis.add((System.nanoTime() - sent) / 1_000_000);
                    Matcher id = ID.matcher(answer.body());
                    if (!id.find()) {
                        throw new IllegalStateException("no id in " + answer.body());
                    }
                    if (acceptedAt.putIfAbsent(id.group(1), System.nanoTime()) == null) {
                        toVerify.add(id.group(1));
                        if (acceptedAt.size() % sampleEvery == 0) {
                            sample.add(id.group(1));
                        }
                    }
                    (status == 202 ? accepted : duplicates).incrementAndGet();
                    return;
                }
                if (status != 503) {
                    refused.incrementAndGet();
                    System.out.printf("refused %d: %s%n", status, answer.body());
                    return;
                }
            } catch (IOException e) {
                // the request did not complete: retry it, as a client would
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            retries.incrementAndGet();
            sleep(Math.min(5_000, 200L << Math.min(attempt, 5)));
        }
    }

    /** Polls the sampled documents round-robin until each is served: their times to queryable are exact to a poll. */
    private void pollSample() {
        while (!Thread.currentThread().isInterrupted()) {
            String id = sample.poll();
            if (id == null) {
                sleep(200);
                continue;
            }
            if (served(id)) {
                long after = System.nanoTime() - acceptedAt.get(id);
                sampledAfter.put(id, after);
                queryableAfter.putIfAbsent(id, after);
            } else {
                sample.add(id);
                sleep(20);
            }
        }
    }

    /** After the posting: every accepted document, in acceptance order, polled until it is served. */
    private void verify() {
        String id;
        while ((id = toVerify.poll()) != null && !Thread.currentThread().isInterrupted()) {
            while (!queryableAfter.containsKey(id) && !Thread.currentThread().isInterrupted()) {
                if (served(id)) {
                    queryableAfter.putIfAbsent(id, System.nanoTime() - acceptedAt.get(id));
                } else {
                    sleep(250);
                }
            }
        }
    }

    private boolean served(String id) {
        queryChecks.incrementAndGet();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(query + "/documents/" + id)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + apiKey).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void progress(long start) {
        while (true) {
            sleep(30_000);
            System.out.printf("  %4d s: %d accepted, %d duplicates, %d retries, %d queryable%n",
                    (System.nanoTime() - start) / 1_000_000_000L, accepted.get(), duplicates.get(), retries.get(),
                    queryableAfter.size());
        }
    }

    private void printPosting(long postedNanos) {
        int total = acceptedAt.size();
        double postSeconds = postedNanos / 1e9;
        List<Long> latency = new ArrayList<>(ingestMillis);
        Collections.sort(latency);
        System.out.println();
        System.out.printf("documents posted           %d (%d posters x %d)%n", posters * docsPerPoster, posters, docsPerPoster);
        System.out.printf("accepted                   %d new (202), %d duplicates (200), %d refused, %d retried answers (503 or no answer)%n",
                accepted.get(), duplicates.get(), refused.get(), retries.get());
        System.out.printf("ingest throughput          %.1f documents/s (all posts answered in %.1f s)%n", total / postSeconds, postSeconds);
        System.out.printf("ingest latency             p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", pct(latency, 50),
                pct(latency, 90), pct(latency, 99), pct(latency, 100));
        System.out.flush();
    }

    private boolean report(long postedNanos, long allNanos, Path runDir) {
        int total = acceptedAt.size();
        int served = queryableAfter.size();
        List<Long> toQueryable = new ArrayList<>();
        sampledAfter.values().forEach(n -> toQueryable.add(n / 1_000_000));
        Collections.sort(toQueryable);
        System.out.println();
        System.out.printf("end-to-end throughput      %.1f documents/s (first post to last document served: %.1f s)%n",
                served / (allNanos / 1e9), allNanos / 1e9);
        System.out.printf("time to queryable          p50 %.1f s, p90 %.1f s, p99 %.1f s, max %.1f s (from the 2xx to GET /documents/{id} = 200;"
                        + " every %d%s accepted document polled closely, %d in all)%n",
                pct(toQueryable, 50) / 1000.0, pct(toQueryable, 90) / 1000.0, pct(toQueryable, 99) / 1000.0,
                pct(toQueryable, 100) / 1000.0, sampleEvery, sampleEvery == 1 ? "st" : "th", toQueryable.size());
        System.out.printf("queryable                  %d of %d accepted; %d missing%n", served, total, total - served);
        System.out.printf("read-back requests         %d%n", queryChecks.get());
        printMemory(runDir);
        return served == total && refused.get() == 0;
    }

    private static void printMemory(Path runDir) {
        for (String name : List.of("ingest-service", "analysis-service", "query-service", "kafka", "postgres")) {
            try {
                long pid = Long.parseLong(Files.readString(runDir.resolve("pids").resolve(name + ".pid")).trim());
                System.out.printf("peak RSS %-17s %d MiB (now %d MiB)%n", name, status(pid, "VmHWM:") / 1024,
                        status(pid, "VmRSS:") / 1024);
            } catch (IOException | NumberFormatException e) {
                System.out.printf("peak RSS %-17s unknown (not started from %s)%n", name, runDir);
            }
        }
    }

    private static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** A short panel transcript, different for every poster and document. */
    private String document(int poster, int doc) {
        int n = poster * 7919 + doc;
        String a = FIRST[n % 10] + " " + LAST[(n / 10) % 10];
        String b = FIRST[(n + 3) % 10] + " " + LAST[(n / 7) % 10];
        String topic = TOPICS[n % TOPICS.length];
        return a + " (Analyst): Load run " + run + " poster " + poster + " document " + doc + ". I expect " + topic
                + " to change a lot by " + (2027 + n % 4) + ".\n\n"
                + b + " (Engineer): I doubt that. Most teams will keep their " + topic + " budgets flat next year.\n\n"
                + a + ": Then we will see who was right about " + topic + " in case " + n + ".\n";
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static Map<String, String> readEnvFile(Path file) {
        Map<String, String> values = new ConcurrentHashMap<>();
        if (Files.exists(file)) {
            for (String line : read(file).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        }
        return values;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": start the stack with ./claimstream up first", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
