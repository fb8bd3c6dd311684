package io.claimstream.analysis;

import java.nio.file.Path;
import java.util.Optional;

import io.claimstream.analysis.topics.TextEmbedder;

/**
 * How an analyzer is set up.
 *
 * @param topicsFile a taxonomy file that extends the bundled default topics (same TSV format)
 * @param embedder a sentence-embedding model, or {@code null}: with one, topics combine lexical
 *        evidence with meaning and every claim's vector ships in the analysis; without, topics
 *        are lexical only and no vectors are made
 */
public record AnalysisSettings(Optional<Path> topicsFile, TextEmbedder embedder) {

    public AnalysisSettings(Optional<Path> topicsFile) {
        this(topicsFile, null);
    }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Optional.empty(), null);
    }

    public AnalysisSettings withEmbedder(TextEmbedder model) {
        return new AnalysisSettings(topicsFile, model);
    }
}
