package io.claimstream.analysis.eval;

import java.time.Clock;

import io.claimstream.analysis.AnalysisSettings;
import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.topics.MiniLm;

/**
 * The two ways the analysis finds topics, and so the two ways every gold set is scored: by the words alone (the
 * analyzer without a model) and as the running stack does it, with the embedding model's meaning added. Nothing
 * but topics depends on the model, so the other measures come out the same under both.
 *
 * <p>One analyzer per setup, built on first use and shared by every evaluation in the JVM: it loads its models
 * once and is thread-safe.
 */
enum TopicSetup {

    LEXICAL("lexical topics", AnalysisSettings.defaults()),
    WITH_THE_MODEL("lexical + semantic topics (" + MiniLm.shared().modelId() + ")",
            AnalysisSettings.defaults().withEmbedder(MiniLm.shared()));

    private final String label;
    private final AnalysisSettings settings;
    private DocumentAnalyzer analyzer;

    TopicSetup(String label, AnalysisSettings settings) {
        this.label = label;
        this.settings = settings;
    }

    /** How the report names the setup after the set's name. */
    String label() {
        return label;
    }

    synchronized DocumentAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new DocumentAnalyzer(settings, Clock.systemUTC());
        }
        return analyzer;
    }

    @Override
    public String toString() {
        return label;
    }
}
