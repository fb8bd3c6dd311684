package io.claimstream.query.cache;

import io.claimstream.query.config.QueryConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole answers of the revalidated reads, as sent (body bytes, media type, entity tag), by request
 * (see {@link RequestKey}), so that a repeated read costs neither PostgreSQL nor serialization.
 * Every answer is kept under the {@link ReadGeneration} read before it was computed and is served
 * only while the generation is unchanged: any change of stored data on any replica drops them all.
 * Bounded in entries and bytes, the least recently read going first.
 */
@ApplicationScoped
public class AnswerCache {

    /** One kept answer. */
    public record Answer(byte[] body, String mediaType, String entityTag) {
    }

    private final ReadGeneration generation;
    private final boolean enabled;
    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, Answer> kept = new LinkedHashMap<>(1024, 0.75f, true);
    private long keptGeneration = -1;
    private long keptBytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    @Inject
    public AnswerCache(ReadGeneration generation, QueryConfig config, MeterRegistry metrics) {
        this(generation, config.answerCache().enabled(), config.answerCache().maxEntries(),
                config.answerCache().maxBytes().asLongValue());
        FunctionCounter.builder("claimstream.answer.cache", hits, AtomicLong::get).tag("result", "hit")
                .description("Revalidated reads answered from the answer cache").register(metrics);
        FunctionCounter.builder("claimstream.answer.cache", misses, AtomicLong::get).tag("result", "miss")
                .description("Revalidated reads computed (and kept if the cache is on)").register(metrics);
        Gauge.builder("claimstream.answer.cache.bytes", this, AnswerCache::bytes)
                .description("Bytes of answers kept").register(metrics);
    }

    AnswerCache(ReadGeneration generation, boolean enabled, int maxEntries, long maxBytes) {
        this.generation = generation;
        this.enabled = enabled && maxEntries > 0 && maxBytes > 0;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * The generation to keep an answer under: read it before computing the answer, so that a
     * change committed meanwhile leaves the answer unkept (or dropped).
     */
    public long generation() {
        return generation.current();
    }

    /** The kept answer to {@code key}, if it is still current. Counts a hit or a miss. */
    public Answer get(String key) {
        Answer answer = null;
        if (enabled && generation.followed()) {
            synchronized (kept) {
                dropIfOutdated();
                answer = kept.get(key);
            }
        }
        (answer == null ? misses : hits).incrementAndGet();
        return answer;
    }

    /** Keeps an answer computed after reading {@code computedAt} ({@link #generation}). */
    public void put(String key, long computedAt, Answer answer) {
        long size = size(key, answer);
        if (!enabled || size > maxBytes) {
            return;
        }
        synchronized (kept) {
            dropIfOutdated();
            // a change since the answer was computed: it may predate the change; and notices unheard: nothing is safe
            if (computedAt != keptGeneration || !generation.followed()) {
                return;
            }
            Answer previous = kept.put(key, answer);
            keptBytes += size - (previous == null ? 0 : size(key, previous));
            Iterator<Map.Entry<String, Answer>> eldest = kept.entrySet().iterator();
            while ((kept.size() > maxEntries || keptBytes > maxBytes) && eldest.hasNext()) {
                Map.Entry<String, Answer> entry = eldest.next();
                keptBytes -= size(entry.getKey(), entry.getValue());
                eldest.remove();
            }
        }
    }

    long bytes() {
        synchronized (kept) {
            return keptBytes;
        }
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    private void dropIfOutdated() {
        long now = generation.current();
        if (now != keptGeneration) {
            kept.clear();
            keptBytes = 0;
            keptGeneration = now;
        }
    }

    /** The body, the key (two bytes a character) and a rough allowance for the entry itself. */
    private static long size(String key, Answer answer) {
        return answer.body().length + 2L * key.length() + 96;
    }
}
