package io.claimstream.analysis;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How an analyzer is set up.
 *
 * @param topicsFile a taxonomy file that extends the bundled default topics (same TSV format)
 */
public record AnalysisSettings(Optional<Path> topicsFile) {

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Optional.empty());
    }
}
