package io.claimstream.analysis.service;

import java.nio.file.Path;
import java.time.Clock;

import io.claimstream.analysis.AnalysisSettings;
import io.claimstream.analysis.AnalyzerVersion;
import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.service.config.AnalysisConfig;
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
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new AnalysisSettings(config.topicsFile()), Clock.systemUTC());
        LOG.infof("analyzer %s ready in %d ms (topics: %s)", AnalyzerVersion.CURRENT,
                (System.nanoTime() - started) / 1_000_000, config.topicsFile().map(Path::toString).orElse("built-in"));
        return analyzer;
    }
}
