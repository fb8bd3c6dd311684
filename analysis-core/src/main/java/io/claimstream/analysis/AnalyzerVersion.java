package io.claimstream.analysis;

/**
 * Version of the analysis output. The query-service upserts by document id and this version,
 * so it must change whenever the same input would produce different claims, speakers or labels.
 */
public final class AnalyzerVersion {

    public static final String CURRENT = "0.12.182";

    private AnalyzerVersion() {
    }
}
