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

    Parse parse();

    Replay replay();

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

    /** How long parsing one document may take, and how many documents are parsed at once. */
    interface Parse {
        /** Limit for any document; past it the document is refused with 422 (or dead-lettered from Kafka). */
        @WithDefault("30s")
        Duration timeLimit();

        /** Extra time per million characters on top of {@link #timeLimit()}. */
        @WithDefault("6s")
        Duration timePerMegabyte();

        /** Parses running at once, overrunning ones included; more wait for a slot. */
        @WithDefault("8")
        int maxConcurrent();
    }

    /** Re-publishing dead letters to the topics they came from. */
    interface Replay {
        /** Consumer group whose committed offsets mark how far each dead-letter topic was replayed. */
        @WithDefault("ingest-dlq-replay")
        String groupId();

        /** Longest one replay call runs; what is left is replayed by the next call. */
        @WithDefault("2m")
        Duration maxDuration();

        /** How long a re-published record may wait for the broker's acknowledgement. */
        @WithDefault("30s")
        Duration deliveryTimeout();
    }
}
