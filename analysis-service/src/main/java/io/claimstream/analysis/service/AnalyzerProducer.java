package io.claimstream.analysis.service;

import io.claimstream.analysis.DocumentAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One analyzer per process: it loads its models once and is thread-safe. */
@ApplicationScoped
public class AnalyzerProducer {

    @Produces
    @Singleton
    DocumentAnalyzer analyzer() {
        return new DocumentAnalyzer();
    }
}
