package io.claimstream.query.semantic;

import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.query.config.QueryConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The vectors of semantic search queries, the most recently asked kept. Embedding a query costs
 * about 7 ms of CPU, most of a semantic search's, and users page through a search and run it again;
 * the embedding is deterministic, so a kept vector is the vector. Queries that differ only in ways
 * the model does not see share one entry (see {@link #key}).
 */
@ApplicationScoped
public class QueryVectors {

    // the whitespace the model's tokenizer splits on; other control characters it drops, so they stay in the key
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r]+");

    private final SentenceEmbedder embedder;
    private final int capacity;
    private final Map<String, float[]> kept;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    @Inject
    public QueryVectors(SentenceEmbedder embedder, QueryConfig config, MeterRegistry metrics) {
        this(embedder, config.semantic().queryCacheSize());
        FunctionCounter.builder("claimstream.query.vector.cache", hits, AtomicLong::get).tag("result", "hit")
                .description("Semantic queries whose vector was kept").register(metrics);
        FunctionCounter.builder("claimstream.query.vector.cache", misses, AtomicLong::get).tag("result", "miss")
                .description("Semantic queries embedded").register(metrics);
    }

    QueryVectors(SentenceEmbedder embedder, int capacity) {
        this.embedder = embedder;
        this.capacity = Math.max(0, capacity);
        this.kept = new LinkedHashMap<>(Math.min(this.capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > QueryVectors.this.capacity;
            }
        };
    }

    /** The query's vector; callers must not change it (it is shared). */
    public float[] embed(String query) {
        String key = key(query);
        if (capacity == 0) {
            misses.incrementAndGet();
            return embedder.embed(key);
        }
        float[] vector;
        synchronized (kept) {
            vector = kept.get(key);
        }
        if (vector != null) {
            hits.incrementAndGet();
            return vector;
        }
        misses.incrementAndGet();
        // outside the lock: two first askers of one query both embed it, nobody waits for another's embedding
        vector = embedder.embed(key);
        synchronized (kept) {
            kept.put(key, vector);
        }
        return vector;
    }

    long hits() {
        return hits.get();
    }

    /**
     * The query as the model sees it: runs of whitespace are one space and the ends are trimmed (the
     * tokenizer splits on whitespace), and ASCII text is lower-cased (the model is uncased). Text with
     * other characters keeps its case: the tokenizer's Unicode lower-casing and accent stripping is not
     * Java's, and a wrong merge would answer one query with another's vector.
     */
    static String key(String query) {
        String spaced = WHITESPACE.matcher(query).replaceAll(" ").strip();
        for (int i = 0; i < spaced.length(); i++) {
            if (spaced.charAt(i) > 127) {
                return spaced;
            }
        }
        return spaced.toLowerCase(java.util.Locale.ROOT);
    }
}
