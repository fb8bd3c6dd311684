package io.claimstream.query.semantic;

import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.query.cache.ReadGeneration;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.stream.StoredDocuments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.lucene.search.Query;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Semantic search's approximate index where PostgreSQL has no pgvector: a Lucene HNSW graph of
 * every claim vector, kept on local disk per database and followed from the database.
 *
 * <p>At start it opens what an earlier run committed (or builds it from the stored vectors, in the
 * background: until then semantic search ranks exactly), then indexes every document stored,
 * replaced or embedded by the backfill since (the document's {@code vectors_at}), woken by the
 * stored-document notices the live stream uses and by a poll. It is
 * derived state: a change of model, another database, or a count that does not match what the
 * database holds makes it rebuild from scratch.
 */
@ApplicationScoped
public class ClaimVectorIndex {

    private static final Logger LOG = Logger.getLogger(ClaimVectorIndex.class);
    private static final String MODEL = "model";
    private static final String WATERMARK = "watermark";
    private static final int DOCUMENTS_PER_BATCH = 100;
    private static final long COMMIT_EVERY_CLAIMS = 200_000;
    private static final long COMMIT_EVERY_MS = 30_000;
    // a resumable build commits a segment of about COMMIT_EVERY_CLAIMS; merging graphs costs as much as building them
    private static final int MAX_SEGMENTS = 8;

    private final VectorRows rows;
    private final VectorColumns columns;
    private final StoredDocuments stored;
    private final String model;
    private final QueryConfig.Semantic.Index config;
    private final ReadGeneration generation;
    private final Semaphore wakeups = new Semaphore(0);
    // documents seen within the lag before the watermark, with the time they were stored
    private final Map<String, Instant> seen = new HashMap<>();
    private volatile VectorIndex index;
    private volatile boolean ready;
    private volatile boolean running;
    private Thread worker;
    private Instant watermark;
    private long uncommitted;
    private long lastCommit;

    public ClaimVectorIndex(DataSource db, SentenceEmbedder embedder, VectorColumns columns, StoredDocuments stored,
                            QueryConfig config, ReadGeneration generation) {
        this.generation = generation;
        this.rows = new VectorRows(db, embedder.modelId());
        this.model = embedder.modelId();
        this.columns = columns;
        this.stored = stored;
        this.config = config.semantic().index();
    }

    /**
     * The {@code k} nearest claims that pass {@code filter} (approximately), or empty when the index
     * cannot answer (not built yet, turned off, or a filter it does not carry): then the caller
     * ranks exactly.
     */
    public Optional<List<TopMatches.Match>> search(float[] query, ClaimFilter filter, int k, double minScore) {
        VectorIndex current = index;
        if (!ready || current == null || !VectorFilters.supported(filter)) {
            return Optional.empty();
        }
        Query accept = VectorFilters.of(filter).orElse(null);
        try {
            return Optional.of(current.search(query, accept, k, k, minScore));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("vector index search failed (%s); ranking exactly", e.getMessage());
            return Optional.empty();
        }
    }

    public boolean ready() {
        return ready;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        stored.events().subscribe().with(e -> wakeups.release(), failure -> { });
        worker = new Thread(this::run, "claim-vector-index");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeups.release();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(20));
        }
    }

    private void run() {
        long backoff = 1000;
        while (running) {
            try {
                if (QuarkusTransaction.requiringNew().call(columns::pgvector)) {
                    LOG.info("the database has pgvector: semantic search uses its HNSW index, not this one");
                    return;
                }
                if (index == null) {
                    open();
                }
                boolean first = !ready;
                long started = System.nanoTime();
                long added = follow();
                if (!running) {
                    break;
                }
                if (first) {
                    index.refresh();
                    if (index.segments() > MAX_SEGMENTS) {
                        // a search walks every segment's graph: few large ones after a bulk build
                        index.compact(MAX_SEGMENTS);
                        index.refresh();
                    }
                    commit();
                    ready = true;
                    // semantic answers ranked exactly until now are ranked by the index from now on
                    generation.advance();
                    LOG.infof("vector index ready: %d claims (%d indexed now in %d s)", index.size(), added,
                            (System.nanoTime() - started) / 1_000_000_000L);
                } else if (uncommitted > 0 && System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MS) {
                    commit();
                }
                backoff = 1000;
                wakeups.tryAcquire(config.poll().toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // the database is away, or the disk: searches rank exactly meanwhile if never ready
                LOG.warnf("vector index: %s; retrying in %d ms", e, backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        close();
    }

    private void open() throws Exception {
        Path base = Path.of(config.directory().orElse(System.getProperty("java.io.tmpdir") + "/claimstream-vectors"));
        Path path = base.resolve(rows.databaseId());
        Files.createDirectories(path);
        VectorIndex opened = VectorIndex.open(path, config.ramBufferMb(), config.maxConnections(), config.beamWidth());
        Map<String, String> committed;
        try {
            committed = opened.committed();
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            committed = Map.of();
        }
        watermark = null;
        if (model.equals(committed.get(MODEL)) && committed.containsKey(WATERMARK)) {
            Instant at = Instant.parse(committed.get(WATERMARK));
            long expected = rows.claimsUntil(at);
            long has = opened.size();
            if (expected == has) {
                watermark = at;
            } else {
                LOG.infof("vector index in %s holds %d claims where the database has %d: rebuilding", path, has, expected);
            }
        }
        if (watermark == null) {
            opened.clear();
        }
        LOG.infof("vector index in %s: %s", path, watermark == null ? "building from the stored vectors"
                : "following the database from " + watermark);
        index = opened;
    }

    /** Indexes every document stored since the watermark (less the lag); returns the claims indexed. */
    private long follow() throws Exception {
        Instant cursor = watermark == null ? Instant.EPOCH : watermark.minus(config.lag());
        String cursorId = "";
        long added = 0;
        boolean changed = false;
        while (running) {
            List<VectorRows.Stored> batch = rows.documentsAfter(cursor, cursorId, DOCUMENTS_PER_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            List<VectorRows.Stored> pending = new ArrayList<>();
            for (VectorRows.Stored document : batch) {
                // after a restart the lag window is re-read: what the committed index holds is not indexed again
                if (!document.vectorsAt().equals(seen.get(document.id())) && !index.holds(version(document))) {
                    pending.add(document);
                } else {
                    seen.put(document.id(), document.vectorsAt());
                }
            }
            if (!pending.isEmpty()) {
                Map<String, List<VectorIndex.Entry>> claims = rows.claims(pending.stream().map(VectorRows.Stored::id).toList());
                for (VectorRows.Stored document : pending) {
                    List<VectorIndex.Entry> entries = claims.getOrDefault(document.id(), List.of());
                    index.replace(document.id(), version(document), entries);
                    seen.put(document.id(), document.vectorsAt());
                    added += entries.size();
                    uncommitted += entries.size();
                }
                changed = true;
            }
            VectorRows.Stored last = batch.get(batch.size() - 1);
            cursor = last.vectorsAt();
            cursorId = last.id();
            watermark = watermark == null || cursor.isAfter(watermark) ? cursor : watermark;
            if (!ready && uncommitted >= COMMIT_EVERY_CLAIMS) {
                commit(); // a restart resumes a long build from here
            }
        }
        Instant horizon = watermark == null ? Instant.EPOCH : watermark.minus(config.lag());
        seen.values().removeIf(at -> at.isBefore(horizon));
        if (changed && ready) {
            index.refresh();
            // this replica's semantic answers change only now, after the notice that announced the document
            generation.advance();
        }
        return added;
    }

    private static String version(VectorRows.Stored document) {
        return document.id() + "@" + document.vectorsAt();
    }

    private void commit() throws IOException {
        if (watermark == null) {
            return;
        }
        index.commit(Map.of(MODEL, model, WATERMARK, watermark.toString()));
        uncommitted = 0;
        lastCommit = System.currentTimeMillis();
    }

    private void close() {
        VectorIndex current = index;
        if (current == null) {
            return;
        }
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("vector index not committed at shutdown (%s); the next start catches up", e.getMessage());
        }
        ready = false;
        index = null;
        try {
            current.close();
        } catch (IOException e) {
            LOG.debugf("closing the vector index: %s", e.getMessage());
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
