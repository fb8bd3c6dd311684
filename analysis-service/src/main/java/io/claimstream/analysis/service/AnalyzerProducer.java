package io.claimstream.analysis.service;

import java.nio.file.Path;
import java.time.Clock;

import io.claimstream.analysis.AnalysisSettings;
import io.claimstream.analysis.AnalyzerVersion;
import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.service.config.AnalysisConfig;
import io.claimstream.analysis.topics.TextEmbedder;
import io.claimstream.embeddings.MiniLmEmbedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** One analyzer per process: it loads its models once and is thread-safe. */
@ApplicationScoped
public class AnalyzerProducer {

    private static final Logger LOG = Logger.getLogger(AnalyzerProducer.class);

    @Produces
    @Singleton
    DocumentAnalyzer analyzer(AnalysisConfig config) {
        long started = System.nanoTime();
        TextEmbedder embedder = config.embeddings().enabled() ? new MiniLmTextEmbedder(MiniLmEmbedder.shared()) : null;
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new AnalysisSettings(config.topicsFile(), embedder,
                config.embeddings().maxClaims()), Clock.systemUTC());
        LOG.infof("analyzer %s ready in %d ms (topics: %s; embedding model: %s)", AnalyzerVersion.CURRENT,
                (System.nanoTime() - started) / 1_000_000, config.topicsFile().map(Path::toString).orElse("built-in"),
                embedder == null ? "off, lexical topics only" : embedder.modelId());
        return analyzer;
    }
}
