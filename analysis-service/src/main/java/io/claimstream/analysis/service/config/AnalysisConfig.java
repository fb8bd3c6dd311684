package io.claimstream.analysis.service.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code claimstream.analysis.*}: how the service runs the analyzer. */
@ConfigMapping(prefix = "claimstream.analysis")
public interface AnalysisConfig {

    /**
     * Longest time one document may take; past it the record goes to the dead-letter topic
     * with the reason, so a pathological document never stalls its partition.
     */
    @WithDefault("60s")
    Duration timeLimit();

    /**
     * Extra time allowed per megabyte of text on top of {@link #timeLimit()}: analysis is linear
     * in size (about 6 s per MB of transcript on one busy core), and a large document is not a
     * pathological one.
     */
    @WithDefault("30s")
    Duration timePerMegabyte();

    /**
     * A topic taxonomy file (TSV: id, description, seed terms) that extends the built-in topics;
     * an existing id gains terms, a new id adds a topic.
     */
    Optional<Path> topicsFile();

    /** {@code claimstream.analysis.embeddings.*}: the sentence-embedding model. */
    Embeddings embeddings();

    interface Embeddings {

        /**
         * Whether claims are embedded: topics then combine lexical evidence with meaning, and the
         * claims' vectors ship in the analysis so the query side need not embed them again.
         * Off: lexical topics only, no vectors, and no model in memory.
         */
        @WithDefault("true")
        boolean enabled();

        /** Above this many claims a document is not embedded (lexical topics, no vectors). */
        @WithDefault("5000")
        int maxClaims();
    }
}
