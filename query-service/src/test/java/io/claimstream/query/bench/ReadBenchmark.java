package io.claimstream.query.bench;

import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSql;
import io.claimstream.query.search.SpeakerQueries;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The read side at scale (issue 5): loads a synthetic corpus into PostgreSQL and measures the main
 * queries through the running query-service's REST API, with their query plans. Not a test: run
 * it with query-service/bench/read-benchmark.sh, which starts the database and the service.
 *
 * <pre>
 * ReadBenchmark load JDBC_URL [documents=10000] [claimsPerDocument=100] [speakers=2000] [pool=20000]
 * ReadBenchmark run BASE_URL JDBC_URL REPORT_FILE [clients=32] [requests=2000]
 * </pre>
 */
public final class ReadBenchmark {

    static final List<String> FULL_TEXT = List.of("export controls", "reward signals", "open weights",
            "humanoid robot", "\"coding assistants\"", "diminishing returns", "gigawatt data centres",
            "synthetic data", "red-team results", "token prices");
    static final List<String> QUESTIONS = List.of("Are Chinese labs catching up with the United States?",
            "Is scaling pre-training still worth it?", "Which teams let AI write their software?",
            "Do graphics chips limit progress?", "Will autonomous agents take over office work?",
            "Who thinks open models are safer?", "Are models running out of training text?",
            "How fast are inference prices falling?", "Can benchmarks still be trusted?",
            "Will robots work in warehouses?");

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("load")) {
            int documents = arg(args, 2, 10_000);
            try (Connection db = DriverManager.getConnection(args[1], "claimstream", "claimstream")) {
                SyntheticCorpus corpus = new SyntheticCorpus(arg(args, 5, 20_000), arg(args, 4, 2_000), 7);
                new CorpusLoader(db, corpus).load(documents, arg(args, 3, 100));
            }
        } else if (args.length >= 4 && args[0].equals("run")) {
            try (Connection db = DriverManager.getConnection(args[2], "claimstream", "claimstream")) {
                String report = run(args[1], db, arg(args, 4, 32), arg(args, 5, 2_000));
                System.out.println(report);
                Files.writeString(Path.of(args[3]), report, StandardCharsets.UTF_8);
            }
        } else {
            System.err.println("usage: ReadBenchmark load JDBC_URL [documents] [claimsPerDocument] [speakers] [pool]\n"
                    + "       ReadBenchmark run BASE_URL JDBC_URL REPORT_FILE [clients] [requests]");
            System.exit(2);
        }
    }

    static String run(String base, Connection db, int clients, int requests) throws Exception {
        try (Statement s = db.createStatement()) {
            // what autovacuum would do in time: visibility maps for index-only scans, fresh statistics
            s.execute("VACUUM ANALYZE");
        }
        List<String> speakers = column(db, "SELECT person_id FROM claim WHERE person_id IS NOT NULL "
                + "GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 200");
        List<String> topics = column(db, "SELECT DISTINCT t FROM claim, unnest(topics) t ORDER BY t");
        StringBuilder report = new StringBuilder();
        PrintStream console = System.out;
        report.append("Claimstream read benchmark, ").append(Instant.now()).append('\n');
        report.append(String.format("corpus: %s documents, %s claims, %s people; claim table %s, its indexes %s%n",
                scalar(db, "SELECT count(*) FROM document"), scalar(db, "SELECT count(*) FROM claim"),
                scalar(db, "SELECT count(*) FROM person"),
                scalar(db, "SELECT pg_size_pretty(pg_table_size('claim'))"),
                scalar(db, "SELECT pg_size_pretty(pg_indexes_size('claim'))")));
        report.append(String.format("machine: %d cores (shared with other work), %s; %d concurrent clients, "
                        + "closed loop, up to %d requests per scenario after a warm-up%s%n%n",
                Runtime.getRuntime().availableProcessors(), scalar(db, "SELECT version()").split(",")[0], clients, requests,
                Long.getLong("bench.warm-up-seconds", 0) > 0
                        ? " (its first requests, then " + Long.getLong("bench.warm-up-seconds", 0) + " s more, and on while the"
                        + " service's JIT compilers are busy, up to " + Long.getLong("bench.warm-up-max-seconds", 180) + " s in all)" : ""));
        // semantic search uses the service's HNSW index once it is built (no pgvector here): wait for it
        String indexWait = wanted("semantic") || wanted("semantic+speaker")
                ? awaitVectorIndex(base, Duration.ofMinutes(Long.getLong("bench.index-wait-minutes", 90)))
                : "semantic search not run: the service's vector index not awaited";
        report.append(indexWait).append('\n');
        // ranked full text is answered by the service's full-text index once it is built (when the build has one)
        report.append(awaitFullTextIndex(base, Duration.ofMinutes(Long.getLong("bench.index-wait-minutes", 90))))
                .append('\n');
        report.append("answers: full text ").append(get(base, "/claims?size=1&q=" + LoadRun.encode(FULL_TEXT.get(0)))
                .replaceAll("(?s).*(\"total\":\\d+).*?(\"search\":\\{[^}]*\\}).*", "$1 $2")).append("; semantic ")
                .append(get(base, "/claims?size=1&mode=semantic&q=" + LoadRun.encode(QUESTIONS.get(0)))
                        .replaceAll("(?s).*(\"total\":\\d+).*?(\"search\":\\{[^}]*\\}).*", "$1 $2")).append('\n');
        report.append("emergent topics: ").append(get(base, "/topics/emergent")
                .replaceAll("(?s)^\\{(\"considered\".*?\"complete\":\\w+).*", "$1")).append("\n\n");
        report.append(cacheMode()).append('\n');
        String loadBefore = loadAverage();
        LoadRun load = new LoadRun(base, clients).counting(() -> counters(base));
        List<LoadRun.Result> results = new ArrayList<>();
        Duration limit = Duration.ofSeconds(90);
        if (wanted("claims by speaker")) {
            results.add(load.run("claims by speaker", 200, requests, limit,
                    i -> "/claims?size=50&speaker=" + speakers.get(i % speakers.size())));
        }
        if (wanted("claims by topic")) {
            results.add(load.run("claims by topic", 200, requests, limit,
                    i -> "/claims?size=50&topic=" + topics.get(i % topics.size())));
        }
        if (wanted("topic+type+dates")) {
            results.add(load.run("topic+type+dates", 200, requests, limit,
                    i -> "/claims?size=50&type=prediction&from=2025-01&to=2025-06&topic=" + topics.get(i % topics.size())));
        }
        if (wanted("full text")) {
            results.add(load.run("full text", 200, requests, limit,
                    i -> "/claims?size=20&q=" + LoadRun.encode(FULL_TEXT.get(i % FULL_TEXT.size()))));
        }
        if (wanted("semantic")) {
            results.add(load.run("semantic", 50, Math.min(requests, 500), limit,
                    i -> "/claims?size=20&mode=semantic&q=" + LoadRun.encode(QUESTIONS.get(i % QUESTIONS.size()))));
        }
        // warmed over all its distinct requests (200): with 50, the answer-cache run computed 150 answers
        // inside its timed part, each first asked by several clients at once: a p99 of 219 ms at "100%" hits
        if (wanted("semantic+speaker")) {
            results.add(load.run("semantic+speaker", 200, Math.min(requests, 500), limit,
                    i -> "/claims?size=20&mode=semantic&q=" + LoadRun.encode(QUESTIONS.get(i % QUESTIONS.size()))
                            + "&speaker=" + speakers.get(i % speakers.size())));
        }
        if (wanted("speaker profile")) {
            results.add(load.run("speaker profile", 200, requests, limit, i -> "/speakers/" + speakers.get(i % speakers.size())));
        }
        if (wanted("topic view")) {
            results.add(load.run("topic view", 50, Math.min(requests, 500), limit,
                    i -> "/topics/" + topics.get(i % topics.size())));
        }
        report.append(LoadRun.HEADER).append('\n');
        results.forEach(r -> report.append(r.line()).append('\n'));
        if (!load.warmedSeconds.isEmpty()) {
            report.append("warm-up before the timed part (s), until the service's JIT compilers were quiet (under 5% of a core"
                    + " over 5 s, at most bench.warm-up-max-seconds): ").append(load.warmedSeconds).append('\n');
        }
        report.append("distinct: how many different request strings the scenario cycles through (a cache keeps each "
                + "answer after its first request, so a hit ratio near 100% measures the cache, not the query's own "
                + "cost: compare the run with the answer cache off); ans hit / vec hit: the service's answer cache and "
                + "query-vector cache hit ratios during the timed part ('-' when that cache was not consulted)\n");
        report.append("load average (1, 5, 15 min) before: ").append(loadBefore).append(", after: ").append(loadAverage())
                .append(" (other work shares these 2 cores; latencies include its contention)\n");
        report.append("\nQuery plans (EXPLAIN (ANALYZE, BUFFERS)), for the busiest speaker, topic 'agents', "
                + "full text 'export controls'; each statement's second run on one connection (the first warms its catalog caches, as the "
                + "service's pooled connections are):\n\n");
        QueryPlans plans = new QueryPlans(db);
        String speaker = speakers.get(0);
        report.append(plans.claims("claims by speaker", ClaimFilter.of(null, List.of(speaker), null, null, null, null, null), 50));
        report.append(plans.claims("claims by topic", ClaimFilter.of(null, null, "agents", null, null, null, null), 50));
        report.append(plans.claims("topic+type+dates", ClaimFilter.of(null, null, "agents", "prediction", null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)), 50));
        report.append(plans.claims("full text", ClaimFilter.of("export controls", null, null, null, null, null, null), 20));
        ClaimSql all = ClaimSql.overClaims(ClaimFilter.of(null, null, null, null, null, null, null));
        report.append(plans.explain("semantic, exact candidates (no filter)", "SELECT c.id, c.embedding"
                        + ClaimSql.FILTERED + all.where() + " AND c.embedding IS NOT NULL AND c.embedding_model = :model"
                        + " ORDER BY c.published DESC, c.document_id DESC, c.span_start DESC, c.id DESC LIMIT :candidates",
                Map.of("model", "all-minilm-l6-v2-q/1", "candidates", 20_000)));
        report.append(plans.explain("topic view: totals", """
                        SELECT count(*) AS claims, count(DISTINCT person_id) AS speakers,
                               count(*) FILTER (WHERE person_id IS NULL) AS unattributed
                        FROM claim_topic WHERE topic = :topic""", Map.of("topic", "agents")));
        report.append(plans.explain("topic view: speakers of a topic", """
                        SELECT c.person_id, p.name, count(*) AS claims,
                               count(*) FILTER (WHERE c.type = 'opinion') AS opinion
                        FROM claim_topic c JOIN person p ON p.id = c.person_id
                        WHERE c.topic = :topic
                        GROUP BY c.person_id, p.name ORDER BY claims DESC, c.person_id LIMIT 20 OFFSET 0""",
                Map.of("topic", "agents")));
        report.append(plans.explain("topic view: claims read for stances", """
                        SELECT c.person_id, p.name, c.text
                        FROM claim_topic ct JOIN claim c ON c.id = ct.claim_id LEFT JOIN person p ON p.id = c.person_id
                        WHERE ct.topic = :topic
                        ORDER BY ct.published DESC, ct.document_id DESC, ct.span_start DESC, ct.claim_id DESC
                        LIMIT 3000""", Map.of("topic", "china-vs-us")));
        report.append(plans.explain("speaker profile: topic counts", """
                        SELECT topic, sum(claims)::bigint AS claims FROM person_topic_claim_count
                        WHERE person_id = :id GROUP BY topic HAVING sum(claims) <> 0 ORDER BY claims DESC, topic""",
                Map.of("id", speaker)));
        report.append(plans.explain("speaker profile: affiliations and documents", SpeakerQueries.APPEARANCES,
                Map.of("id", speaker)));
        console.flush();
        return report.toString();
    }

    /**
     * Whether a scenario runs: all of them, or those named in bench.only (comma-separated, e.g.
     * "full text"), so that one changed statement can be measured without the others' half hour.
     */
    private static boolean wanted(String scenario) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || java.util.Arrays.stream(only.split(",")).map(String::trim).anyMatch(scenario::equals);
    }

    /** The service's caches as configured for this run (the script passes its environment on to the service). */
    private static String cacheMode() {
        String answers = System.getenv().getOrDefault("CLAIMSTREAM_QUERY_ANSWER_CACHE_ENABLED", "true (default)");
        String vectors = System.getenv().getOrDefault("CLAIMSTREAM_QUERY_SEMANTIC_QUERY_CACHE_SIZE", "1000 (default)");
        return "cache mode: answer cache enabled=" + answers + ", query-vector cache size=" + vectors;
    }

    private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile(
            "^claimstream_(answer|query_vector)_cache_total\\{result=\"(hit|miss)\"[^}]*} ([0-9.Ee+-]+)$",
            java.util.regex.Pattern.MULTILINE);

    /** Answer hits, answer misses, vector hits, vector misses so far. */
    private static double[] counters(String base) throws Exception {
        double[] counts = new double[4];
        java.util.regex.Matcher m = COUNTER.matcher(get(base, "/q/metrics"));
        while (m.find()) {
            int slot = (m.group(1).equals("answer") ? 0 : 2) + (m.group(2).equals("hit") ? 0 : 1);
            counts[slot] = Double.parseDouble(m.group(3));
        }
        return counts;
    }

    private static String awaitVectorIndex(String base, Duration limit) throws Exception {
        long start = System.nanoTime();
        String method = "";
        while (System.nanoTime() - start < limit.toNanos()) {
            // ready means ranked by the index and finding the corpus's claims, not an index still empty
            String answer = get(base, "/claims?size=1&mode=semantic&q=" + LoadRun.encode(QUESTIONS.get(0)));
            method = answer.replaceAll("(?s).*\"method\":\"(\\w+)\".*", "$1");
            if (!method.equals("exact") && !answer.contains("\"total\":0,")) {
                break;
            }
            Thread.sleep(5000);
        }
        return String.format("semantic method during the run: %s (waited %d s for the service's vector index)", method,
                (System.nanoTime() - start) / 1_000_000_000L);
    }

    private static final java.util.regex.Pattern FULL_TEXT_INDEX = java.util.regex.Pattern.compile(
            "^claimstream_fulltext_index_(ready|claims|bytes) ([0-9.Ee+-]+)$", java.util.regex.Pattern.MULTILINE);

    /** Waits for the service's full-text index (claimstream_fulltext_index_ready 1), if it has one and it is on. */
    private static String awaitFullTextIndex(String base, Duration limit) throws Exception {
        long start = System.nanoTime();
        Map<String, Double> values = new java.util.HashMap<>();
        while (System.nanoTime() - start < limit.toNanos()) {
            values.clear();
            java.util.regex.Matcher m = FULL_TEXT_INDEX.matcher(get(base, "/q/metrics"));
            while (m.find()) {
                values.put(m.group(1), Double.parseDouble(m.group(2)));
            }
            if (values.getOrDefault("ready", 1.0) > 0) {
                break;
            }
            Thread.sleep(2000);
        }
        if (!values.containsKey("ready")) {
            return "full-text index: none in this build (ranked full text is one SQL statement)";
        }
        return String.format("full-text index: %s, %.0f claims, ~%.0f MB (waited %d s)",
                values.get("ready") > 0 ? "ready" : "NOT ready", values.getOrDefault("claims", 0.0),
                values.getOrDefault("bytes", 0.0) / (1 << 20), (System.nanoTime() - start) / 1_000_000_000L);
    }

    private static String get(String base, String path) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                        .timeout(Duration.ofMinutes(2)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static List<String> column(Connection db, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String scalar(Connection db, String sql) throws Exception {
        return column(db, sql).get(0);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
