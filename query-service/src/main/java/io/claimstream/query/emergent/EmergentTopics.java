package io.claimstream.query.emergent;

import io.claimstream.contracts.HalfFloats;
import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimRows;
import io.claimstream.query.search.ClaimSql;
import io.claimstream.query.search.ReadModelVersion;
import io.claimstream.query.search.Rows;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.EmergentTopicsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emergent topics over what is stored now: the newest claims that fit no taxonomy topic well (the
 * catch-all topic alone, or far from every topic's centre: {@link TopicFit}), clustered. Clustering
 * a few thousand claims takes a moment, so the answer is kept until a document is stored or replaced (the newest storing time and the claim
 * count tell), then computed afresh on the next request.
 */
@ApplicationScoped
public class EmergentTopics {

    static final int CLAIMS_SHOWN = 3;
    private static final Logger LOG = Logger.getLogger(EmergentTopics.class);

    private final EntityManager em;
    private final ClaimRows rows;
    private final SentenceEmbedder embedder;
    private final QueryConfig.Emergent config;
    private final EmergentClustering clustering;
    private final ReadModelVersion version;
    private final List<String> taxonomy;
    private volatile Cached cached;

    private record Cached(String version, EmergentTopicsView view) {
    }

    public EmergentTopics(EntityManager em, ClaimRows rows, SentenceEmbedder embedder, QueryConfig config,
                          ReadModelVersion version) {
        this.em = em;
        this.version = version;
        this.rows = rows;
        this.embedder = embedder;
        this.config = config.emergent();
        this.taxonomy = config.topics().taxonomy();
        this.clustering = new EmergentClustering(this.config.minSize(), this.config.floor(), this.config.maxClusters(),
                this.config.merge());
    }

    public EmergentTopicsView view() {
        String version = this.version.current();
        Cached current = cached;
        if (current != null && current.version().equals(version)) {
            return current.view();
        }
        EmergentTopicsView view = compute();
        cached = new Cached(version, view);
        return view;
    }

    private static String deciles(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        StringBuilder out = new StringBuilder();
        for (int d = 1; d < 10 && sorted.length > 0; d++) {
            out.append(d == 1 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.2f", sorted[sorted.length * d / 10]));
        }
        return out.toString();
    }

    /** The taxonomy topics' centres, each from its newest claims (an index walk per topic). */
    @SuppressWarnings("unchecked")
    private TopicFit topicFit() {
        Map<String, List<float[]>> vectors = new LinkedHashMap<>();
        for (String topic : taxonomy) {
            if (topic.equals(config.catchAll())) {
                continue;
            }
            List<byte[]> rows = em.createNativeQuery("""
                            SELECT c.embedding FROM claim_topic ct JOIN claim c ON c.id = ct.claim_id
                            WHERE ct.topic = :topic AND c.embedding IS NOT NULL AND c.embedding_model = :model
                            ORDER BY ct.published DESC, ct.document_id DESC, ct.span_start DESC, ct.claim_id DESC
                            LIMIT :n""")
                    .setParameter("topic", topic).setParameter("model", embedder.modelId())
                    .setParameter("n", config.centreSample()).getResultList();
            vectors.put(topic, rows.stream().map(HalfFloats::decode).toList());
        }
        return TopicFit.of(vectors);
    }

    @SuppressWarnings("unchecked")
    private EmergentTopicsView compute() {
        TopicFit fit = topicFit();
        List<Object[]> newest = em.createNativeQuery("""
                        SELECT c.id, c.embedding, c.text, c.person_id, c.topics = CAST(ARRAY[:other] AS text[])
                        FROM claim c
                        WHERE c.embedding IS NOT NULL AND c.embedding_model = :model
                        ORDER BY c.published DESC, c.document_id DESC, c.span_start DESC, c.id DESC
                        LIMIT :max""")
                .setParameter("other", config.catchAll()).setParameter("model", embedder.modelId())
                .setParameter("max", config.maxClaims() + 1).getResultList();
        boolean complete = newest.size() <= config.maxClaims();
        if (!complete) {
            newest = newest.subList(0, config.maxClaims());
        }
        List<EmergentClustering.Item> items = new ArrayList<>();
        Map<String, String> personOf = new HashMap<>();
        double[] nearest = new double[newest.size()];
        for (int i = 0; i < newest.size(); i++) {
            Object[] row = newest.get(i);
            float[] vector = HalfFloats.decode((byte[]) row[1]);
            nearest[i] = fit.best(vector);
            if (!Boolean.TRUE.equals(row[4]) && fit.fits(vector, config.fit())) {
                continue;
            }
            items.add(new EmergentClustering.Item((String) row[0], vector, (String) row[2]));
            if (row[3] != null) {
                personOf.put((String) row[0], (String) row[3]);
            }
        }
        LOG.infof("emergent topics: %d of %d claims fit no taxonomy topic (similarity to the nearest of %d topic "
                + "centres below %.2f; its deciles: %s)", items.size(), newest.size(), fit.topics(), config.fit(),
                deciles(nearest));
        List<String> sample = em.createNativeQuery(
                        "SELECT text FROM claim ORDER BY published DESC, document_id DESC, span_start DESC, id DESC LIMIT :n")
                .setParameter("n", config.background()).getResultList();
        List<Set<String>> background = sample.stream().map(DistinctiveTerms::of).toList();
        EmergentClustering.Result result = clustering.cluster(items, background);
        List<EmergentTopicsView.Topic> topics = new ArrayList<>();
        for (EmergentClustering.Cluster cluster : result.clusters()) {
            long speakers = cluster.claimIds().stream().map(personOf::get).filter(p -> p != null).distinct().count();
            topics.add(new EmergentTopicsView.Topic(cluster.id(), cluster.label(), cluster.terms(),
                    cluster.claimIds().size(), speakers, cluster.cohesion(),
                    claims(cluster.claimIds().subList(0, Math.min(CLAIMS_SHOWN, cluster.claimIds().size())))));
        }
        long largest = topics.stream().mapToLong(EmergentTopicsView.Topic::claimCount).max().orElse(0);
        return new EmergentTopicsView(newest.size(), config.fit(), result.considered(),
                result.considered() - result.outliers(), result.outliers(), result.outlierShare(),
                EmergentTopicsView.share(largest, result.considered()), complete, topics);
    }

    @SuppressWarnings("unchecked")
    private List<ClaimView> claims(List<String> ids) {
        List<Tuple> found = em.createNativeQuery(ClaimSql.COLUMNS + ClaimSql.FROM + " WHERE c.id IN (:ids)", Tuple.class)
                .setParameter("ids", ids).getResultList();
        Map<String, ClaimView> byId = new HashMap<>();
        found.forEach(row -> byId.put(Rows.text(row.get("id")), rows.view(row::get, false)));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }
}
