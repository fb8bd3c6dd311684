package io.claimstream.analysis;

import java.nio.file.Path;
import java.util.Optional;

import io.claimstream.analysis.topics.TextEmbedder;

/**
 * How an analyzer is set up.
 *
 * @param topicsFile a taxonomy file that extends the bundled default topics (same TSV format)
 * @param embedder a sentence-embedding model, or {@code null}: with one, topics combine lexical
 *        evidence with meaning and the claims' vectors ship in the analysis; without, topics
 *        are lexical only and no vectors are made
 * @param maxEmbeddedClaims above this many claims a document is not embedded (lexical topics, no
 *        vectors): embedding costs a few milliseconds a claim and 1 KB of record per claim, and
 *        a very large document must stay within its time limit and the Kafka record limit
 */
public record AnalysisSettings(Optional<Path> topicsFile, TextEmbedder embedder, int maxEmbeddedClaims) {

    public static final int DEFAULT_MAX_EMBEDDED_CLAIMS = 5000;

    public AnalysisSettings(Optional<Path> topicsFile) {
        this(topicsFile, null, DEFAULT_MAX_EMBEDDED_CLAIMS);
    }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Optional.empty());
    }

    public AnalysisSettings withEmbedder(TextEmbedder model) {
        return new AnalysisSettings(topicsFile, model, maxEmbeddedClaims);
    }

    public AnalysisSettings withMaxEmbeddedClaims(int most) {
        return new AnalysisSettings(topicsFile, embedder, most);
    }
}
