package io.claimstream.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;

/** Counters per outcome (and per rejection reason) and the ingest latency, by channel. */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void accepted(String channel, long startNanos) {
        record("accepted", "none", channel, startNanos);
    }

    public void duplicate(String channel, long startNanos) {
        record("duplicate", "none", channel, startNanos);
    }

    public void rejected(String channel, String reason, long startNanos) {
        record("rejected", reason, channel, startNanos);
    }

    private void record(String outcome, String reason, String channel, long startNanos) {
        Counter.builder("claimstream.ingest.documents")
                .description("documents submitted, by outcome and rejection reason")
                .tag("outcome", outcome).tag("reason", reason).tag("channel", channel)
                .register(registry).increment();
        Timer.builder("claimstream.ingest.latency")
                .description("time from receiving a document to answering (publish acknowledged, duplicate or refusal)")
                .tag("outcome", outcome).tag("channel", channel)
                .register(registry).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }
}
