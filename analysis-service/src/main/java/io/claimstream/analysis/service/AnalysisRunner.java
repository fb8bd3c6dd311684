package io.claimstream.analysis.service;

import java.util.concurrent.TimeUnit;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.service.config.AnalysisConfig;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.ParsedDocument;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs the analyzer on one document within the configured time limit, records how long it
 * took and logs one line per document: what came in and what came out.
 */
@Startup
@ApplicationScoped
public class AnalysisRunner {

    private static final Logger LOG = Logger.getLogger(AnalysisRunner.class);

    private final DocumentAnalyzer analyzer;
    private final AnalysisConfig config;
    private final Timer duration;

    public AnalysisRunner(DocumentAnalyzer analyzer, AnalysisConfig config, MeterRegistry registry) {
        this.analyzer = analyzer;
        this.config = config;
        this.duration = Timer.builder("claimstream.analysis.duration")
                .description("Time to analyze one document")
                .register(registry);
    }

    /** The time limit for one document: the configured base plus a share per megabyte of text. */
    java.time.Duration limitFor(ParsedDocument doc) {
        long length = doc.text() == null ? 0 : doc.text().length();
        return config.timeLimit().plus(config.timePerMegabyte().multipliedBy(length).dividedBy(1_000_000));
    }

    public AnalyzedDocument analyze(ParsedDocument doc) {
        long started = System.nanoTime();
        AnalyzedDocument result = analyzer.analyze(doc, Deadline.after(limitFor(doc)));
        long nanos = System.nanoTime() - started;
        duration.record(nanos, TimeUnit.NANOSECONDS);
        LOG.infof("analyzed document %s: %d chars, %d speakers, %d claims in %d ms (analyzer %s)", doc.id(),
                doc.text().length(), result.speakers().size(), result.claims().size(),
                TimeUnit.NANOSECONDS.toMillis(nanos), result.analyzerVersion());
        return result;
    }
}
