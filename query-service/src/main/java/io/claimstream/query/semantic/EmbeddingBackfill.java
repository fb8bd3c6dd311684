package io.claimstream.query.semantic;

import io.claimstream.contracts.HalfFloats;
import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.query.cache.ReadModelChanges;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.stream.StoredDocuments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Embeds, in the background, the claims that have no vector of the current model: claims stored
 * before vectors existed, by an earlier model, or of a document too large to embed while it was
 * stored (see {@code embed-on-store-max-claims}). A batch at a time, each in its own transaction,
 * with {@code SKIP LOCKED} so that several replicas share the work instead of repeating it. It runs
 * at start, and when a document this replica stored left claims without vectors ({@link #expect}),
 * once a stored document's transaction has committed. (It does not scan the claims on a timer: the
 * query cannot use an index, and nothing else leaves claims without vectors. A pass that fails waits
 * for the next stored document, which also says the database is back.)
 */
@ApplicationScoped
public class EmbeddingBackfill {

    private static final Logger LOG = Logger.getLogger(EmbeddingBackfill.class);
    private static final long RETRY_AFTER_SKIPPED_MILLIS = 500;

    private final EntityManager em;
    private final SentenceEmbedder embedder;
    private final VectorColumns vectors;
    private final QueryConfig.Semantic config;
    private final StoredDocuments stored;
    private final ReadModelChanges changes;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean pending = true;

    public EmbeddingBackfill(EntityManager em, SentenceEmbedder embedder, VectorColumns vectors, QueryConfig config,
                             StoredDocuments stored, ReadModelChanges changes) {
        this.stored = stored;
        this.changes = changes;
        this.em = em;
        this.embedder = embedder;
        this.vectors = vectors;
        this.config = config.semantic();
    }

    void start(@Observes StartupEvent event) {
        if (!config.backfill()) {
            return;
        }
        running = true;
        stored.events().subscribe().with(e -> wakeups.release(), failure -> { });
        Thread worker = new Thread(this::run, "claim-embedding-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeups.release();
    }

    /** A document being stored leaves claims without vectors: embed them once it has committed. */
    public void expect() {
        pending = true;
    }

    private void run() {
        while (running) {
            if (!pending) {
                awaitWakeUp();
                continue;
            }
            pending = false;
            long done = 0;
            try {
                int embedded;
                while (running && (embedded = QuarkusTransaction.requiringNew().call(this::batch)) > 0) {
                    done += embedded;
                }
                if (done > 0) {
                    LOG.infof("backfill: embedded %d stored claims with %s", done, embedder.modelId());
                }
                // SKIP LOCKED passes over claims another transaction holds at that moment (corroboration
                // setting their cluster, another replica's batch): look again shortly rather than leave
                // them without a vector until some later document is stored
                if (running && QuarkusTransaction.requiringNew().call(this::anyLeft)) {
                    pending = true;
                    pause(RETRY_AFTER_SKIPPED_MILLIS);
                }
            } catch (RuntimeException e) {
                // claims without vectors are only missing from semantic search until the next pass
                LOG.warnf("backfill paused after %d claims: %s", done, e.getMessage());
                pending = true;
                awaitWakeUp();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether claims without a current vector remain, locked or not (a plain read waits for no lock). */
    boolean anyLeft() {
        return (Boolean) em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM claim
                        WHERE embedding IS NULL OR embedding_model IS DISTINCT FROM :model)""")
                .setParameter("model", embedder.modelId())
                .getSingleResult();
    }

    private void awaitWakeUp() {
        try {
            wakeups.acquire();
            wakeups.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @SuppressWarnings("unchecked")
    int batch() {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, text FROM claim
                        WHERE embedding IS NULL OR embedding_model IS DISTINCT FROM :model
                        LIMIT :batch FOR UPDATE SKIP LOCKED""")
                .setParameter("model", embedder.modelId())
                .setParameter("batch", config.backfillBatch())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<float[]> computed = embedder.embedAll(rows.stream().map(row -> (String) row[1]).toList());
        for (int i = 0; i < rows.size(); i++) {
            em.createNativeQuery("UPDATE claim SET embedding = :embedding, embedding_model = :model WHERE id = :id")
                    .setParameter("embedding", HalfFloats.encode(computed.get(i)))
                    .setParameter("model", embedder.modelId())
                    .setParameter("id", rows.get(i)[0])
                    .executeUpdate();
            if (vectors.pgvector()) {
                em.createNativeQuery("UPDATE claim SET embedding_vector = CAST(:v AS vector) WHERE id = :id")
                        .setParameter("v", VectorColumns.literal(computed.get(i)))
                        .setParameter("id", rows.get(i)[0])
                        .executeUpdate();
            }
        }
        // the vector index follows documents by this time: without it, it would never see these vectors
        em.createNativeQuery("""
                        UPDATE document SET vectors_at = clock_timestamp()
                        WHERE id IN (SELECT DISTINCT document_id FROM claim WHERE id = ANY (CAST(:ids AS text[])))""")
                .setParameter("ids", rows.stream().map(row -> (String) row[0]).toArray(String[]::new))
                .executeUpdate();
        // claims with vectors now take part in semantic search and emergent topics
        changes.announce("embedded " + rows.size() + " claims");
        return rows.size();
    }
}
