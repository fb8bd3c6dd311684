package io.claimstream.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code claimstream.query.*}: how the query-service stores documents and pages its answers. */
@ConfigMapping(prefix = "claimstream.query")
public interface QueryConfig {

    Retry retry();

    Paging paging();

    Corroboration corroboration();

    Topics topics();

    /** How long to wait between attempts while the database is unreachable. */
    interface Retry {
        @WithDefault("500ms")
        Duration initialDelay();

        /** Also the longest a recovered database waits for the next attempt. */
        @WithDefault("10s")
        Duration maxDelay();
    }

    interface Paging {
        @WithDefault("50")
        int defaultSize();

        @WithDefault("1000")
        int maxSize();
    }

    /** When two claims in different documents count as the same statement. */
    interface Corroboration {
        @WithDefault("true")
        boolean enabled();

        /** Share of the shorter statement's content words that the other must contain. */
        @WithDefault("0.6")
        double minOverlap();

        /** Fewest content words two statements must share. */
        @WithDefault("4")
        int minSharedTerms();

        /** Candidates fetched by full text before the word comparison. */
        @WithDefault("20")
        int candidates();

        /** Longest context (in characters) shown around a source sentence. */
        @WithDefault("1200")
        int contextChars();
    }

    interface Topics {
        /** The taxonomy: topic ids that exist even before a claim mentions them. */
        @WithDefault("pre-training-scaling,reinforcement-learning,agents,self-improvement,ai-coding,"
                + "compute-and-chips,china-vs-us,open-source,business-models,talent-and-education,safety,"
                + "memory-and-personalization,world-models-and-multimodal,pricing-and-cost,research-culture,"
                + "data,evaluation,other")
        List<String> taxonomy();

        /** Display labels by topic id; a missing label is derived from the id. */
        Map<String, String> labels();
    }
}
