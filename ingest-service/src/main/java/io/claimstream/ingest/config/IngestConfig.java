package io.claimstream.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code claimstream.ingest.*}: limits of what is accepted and how long Kafka may take. */
@ConfigMapping(prefix = "claimstream.ingest")
public interface IngestConfig {

    /** Largest accepted text, in bytes of UTF-8; larger documents are refused with 413. */
    @WithDefault("10485760")
    int maxTextBytes();

    /** Most speaker turns a document may have; more is refused with 413. */
    @WithDefault("50000")
    int maxTurns();

    /** Kafka bootstrap servers for the publisher and the key index. */
    @WithDefault("localhost:9092")
    String bootstrapServers();

    Publish publish();

    Index index();

    /** How the parsed document is written to {@code documents.parsed}. */
    interface Publish {
        /** Topic the parsed documents go to. */
        @WithDefault("documents.parsed")
        String topic();

        /** How long a send may wait for broker metadata or buffer space before failing. */
        @WithDefault("10s")
        Duration maxBlock();

        /** How long one produce request may wait for the broker's answer. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** Upper bound from send to acknowledgement, retries included; the request fails after it. */
        @WithDefault("12s")
        Duration deliveryTimeout();
    }

    /** The index of known document ids, read from the compacted topic. */
    interface Index {
        /** How long to wait before retrying when the broker cannot be reached. */
        @WithDefault("2s")
        Duration retryBackoff();
    }
}
