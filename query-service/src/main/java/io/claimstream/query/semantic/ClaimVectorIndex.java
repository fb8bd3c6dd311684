package io.claimstream.query.semantic;

import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.query.cache.ReadGeneration;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.stream.DocumentFollower;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private volatile VectorIndex index;
    private volatile boolean ready;
    private final DataSource db;
    private DocumentFollower follower;
    private Instant watermark;
    private long uncommitted;
    private long lastCommit;

    public ClaimVectorIndex(DataSource db, SentenceEmbedder embedder, VectorColumns columns, StoredDocuments stored,
                            QueryConfig config, ReadGeneration generation) {
        this.generation = generation;
        this.db = db;
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
        follower = new DocumentFollower("claim-vector-index", db, stored, config.poll(), config.lag(),
                DOCUMENTS_PER_BATCH, new Follow());
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (follower != null) {
            follower.stop();
        }
    }

    /** The index's side of following the stored documents. */
    private final class Follow implements DocumentFollower.Target {

        @Override
        public boolean proceed() throws Exception {
            if (QuarkusTransaction.requiringNew().call(columns::pgvector)) {
                LOG.info("the database has pgvector: semantic search uses its HNSW index, not this one");
                return false;
            }
            return true;
        }

        @Override
        public Instant open() throws Exception {
            ClaimVectorIndex.this.open();
            return watermark;
        }

        @Override
        public boolean holds(DocumentFollower.Changed document) throws IOException {
            return index.holds(version(document));
        }

        @Override
        public long take(List<DocumentFollower.Changed> documents) throws Exception {
            Map<String, List<VectorIndex.Entry>> claims = rows.claims(documents.stream().map(DocumentFollower.Changed::id).toList());
            long added = 0;
            for (DocumentFollower.Changed document : documents) {
                List<VectorIndex.Entry> entries = claims.getOrDefault(document.id(), List.of());
                index.replace(document.id(), version(document), entries);
                added += entries.size();
                uncommitted += entries.size();
            }
            return added;
        }

        @Override
        public void batchDone(Instant at) throws IOException {
            watermark = at;
            if (!ready && uncommitted >= COMMIT_EVERY_CLAIMS) {
                commit(); // a restart resumes a long build from here
            }
        }

        @Override
        public void caughtUp(boolean changed, long added, long started, Instant at) throws IOException {
            watermark = at;
            if (!ready) {
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
                return;
            }
            if (changed) {
                index.refresh();
                // this replica's semantic answers change only now, after the notice that announced the document
                generation.advance();
            }
            if (uncommitted > 0 && System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MS) {
                commit();
            }
        }

        @Override
        public void closed() {
            close();
        }
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

    private static String version(DocumentFollower.Changed document) {
        return document.id() + "@" + document.at();
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
}
