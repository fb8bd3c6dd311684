package io.claimstream.cli;

import io.claimstream.cli.config.EndpointResolver;
import picocli.CommandLine.Option;

/** Where to find the stack, when the local run directory and the environment are not the answer. */
public final class ConnectionOptions {

    @Option(names = "--ingest-url", paramLabel = "URL",
            description = "Ingest service. Env CLAIMSTREAM_INGEST_URL; default: .run/stack.env, else port 8081.")
    String ingestUrl;

    @Option(names = "--query-url", paramLabel = "URL",
            description = "Query service. Env CLAIMSTREAM_QUERY_URL; default: .run/stack.env, else port 8083.")
    String queryUrl;

    @Option(names = "--analysis-url", paramLabel = "URL",
            description = "Analysis service (status). Env CLAIMSTREAM_ANALYSIS_URL; default: .run/stack.env, else port 8082.")
    String analysisUrl;

    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "Kafka (status). Env KAFKA_BOOTSTRAP_SERVERS; default: .run/stack.env, else localhost:9092.")
    String kafka;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Write credential (Bearer). Env CLAIMSTREAM_TOKEN; default: .run/api-key.")
    String token;

    EndpointResolver.Flags flags() {
        return new EndpointResolver.Flags(ingestUrl, queryUrl, analysisUrl, kafka, token);
    }
}
