package io.claimstream.query.fulltext;

import io.claimstream.query.cache.ReadGeneration;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.stream.DocumentFollower;
import io.claimstream.query.stream.StoredDocuments;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;

/**
 * The service's in-memory full-text index (claimstream.query.fulltext.index.enabled): built from
 * claim_search's stored tsvectors in the background at start (until it is ready, ranked full
 * text is answered by SQL) and kept up with every document stored or replaced, as the vector
 * index is (DocumentFollower). It is derived state held in memory only: each start builds it.
 */
@ApplicationScoped
public class ClaimTextIndex {

    private static final Logger LOG = Logger.getLogger(ClaimTextIndex.class);
    private static final int DOCUMENTS_PER_BATCH = 200;
    /** A collation whose text order is code point order, as the index compares ids. */
    private static final Set<String> CODE_POINT_COLLATIONS = Set.of("C", "POSIX", "C.UTF-8", "C.utf8", "C.UTF8", "ucs_basic");

    private final DataSource db;
    private final StoredDocuments stored;
    private final ReadGeneration generation;
    private final QueryConfig.Fulltext.Index config;
    private final FullTextIndex index;
    private volatile boolean ready;
    private volatile Instant caughtUpTo;
    private DocumentFollower follower;

    public ClaimTextIndex(DataSource db, StoredDocuments stored, ReadGeneration generation, QueryConfig config,
                          MeterRegistry metrics) {
        this.db = db;
        this.stored = stored;
        this.generation = generation;
        this.config = config.fulltext().index();
        this.index = new FullTextIndex(this.config.compactAt());
        Gauge.builder("claimstream.fulltext.index.claims", index, FullTextIndex::size)
                .description("Claims in the in-memory full-text index").register(metrics);
        Gauge.builder("claimstream.fulltext.index.bytes", index, FullTextIndex::bytes)
                .description("Approximate heap of the in-memory full-text index").register(metrics);
        Gauge.builder("claimstream.fulltext.index.ready", this, t -> t.ready ? 1 : 0)
                .description("1 once the in-memory full-text index answers ranked full text (0 while it builds, or off)")
                .register(metrics);
        Gauge.builder("claimstream.fulltext.index.lag.seconds", this, ClaimTextIndex::lagSeconds)
                .description("Seconds since the full-text index last began a pass that read every document changed in the database (-1 before it is ready)")
                .register(metrics);
    }

    /** Whether ranked full text with this filter can be answered here now. */
    public boolean answers(ClaimFilter filter) {
        return ready && filter.personIds() == null && filter.topic() == null && !filter.predictionsOnly()
                && filter.horizonFrom() == null && filter.horizonTo() == null && filter.resolved() == null;
    }

    public boolean ready() {
        return ready;
    }

    /** When the last pass over the changed documents began (null before the first): what was stored before then is in. */
    public Instant caughtUp() {
        return caughtUpTo;
    }

    /**
     * A page of a ranked full-text answer (see FullTextIndex#search), or empty when SQL must answer.
     *
     * @param match the request's tsquery as text; {@code rank} the one it is ranked by
     */
    public Optional<FullTextIndex.Page> search(String match, String rank, ClaimFilter filter, int maxRanked, long offset,
                                               int limit) {
        if (!answers(filter)) {
            return Optional.empty();
        }
        return index.search(match, rank, new FullTextIndex.Filter(filter.type(), filter.documentId(), filter.from(),
                filter.to()), maxRanked, offset, limit);
    }

    private double lagSeconds() {
        Instant at = caughtUpTo;
        return !ready || at == null ? -1 : Math.max(0, Duration.between(at, Instant.now()).toMillis() / 1000.0);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        follower = new DocumentFollower("claim-text-index", db, stored, config.poll(), config.lag(), DOCUMENTS_PER_BATCH,
                new Follow());
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (follower != null) {
            follower.stop();
        }
    }

    private final class Follow implements DocumentFollower.Target {
        private long started;

        @Override
        public boolean proceed() throws SQLException {
            if (started == 0) {
                started = System.nanoTime();
                String collation = collation();
                if (!CODE_POINT_COLLATIONS.contains(collation)) {
                    LOG.infof("full-text index off: the database's collation %s does not order ids by code point as the index does",
                            collation);
                    return false;
                }
            }
            return true;
        }

        @Override
        public Instant open() {
            LOG.info("full-text index: building from the stored tsvectors");
            return null; // held in memory only: every start reads every document
        }

        @Override
        public long take(List<DocumentFollower.Changed> documents) throws SQLException {
            Map<String, List<FullTextIndex.Claim>> claims = claims(documents.stream().map(DocumentFollower.Changed::id).toList());
            long taken = 0;
            for (DocumentFollower.Changed document : documents) {
                claims.putIfAbsent(document.id(), List.of());
                taken += claims.get(document.id()).size();
            }
            index.replace(claims);
            return taken;
        }

        @Override
        public void caughtUp(boolean changed, long taken, long startedNanos, Instant watermark) {
            if (changed || !ready) {
                index.publish();
            }
            // the pass began this long ago: every document stored before then is in the index
            caughtUpTo = Instant.now().minusNanos(System.nanoTime() - startedNanos);
            if (!ready) {
                ready = true;
                // ranked full-text answers computed by SQL until now come from the index from now on
                generation.advance();
                Runtime runtime = Runtime.getRuntime();
                LOG.infof("full-text index ready: %d claims in %d s, ~%d MB (heap used %d MB)", index.size(),
                        (System.nanoTime() - started) / 1_000_000_000L, index.bytes() >> 20,
                        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            } else if (changed) {
                // this replica's full-text answers change only now, after the notice that announced the document
                generation.advance();
            }
        }
    }

    private String collation() throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT datcollate FROM pg_database WHERE datname = current_database()");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The claims of these documents as claim_search holds them (a document without claims is absent). */
    private Map<String, List<FullTextIndex.Claim>> claims(List<String> documentIds) throws SQLException {
        Map<String, List<FullTextIndex.Claim>> byDocument = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT claim_id, document_id, published, span_start, type, tsv::text FROM claim_search
                WHERE document_id = ANY (?)""")) {
            Array ids = c.createArrayOf("text", documentIds.toArray());
            s.setArray(1, ids);
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byDocument.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new FullTextIndex.Claim(
                            rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return byDocument;
    }
}
