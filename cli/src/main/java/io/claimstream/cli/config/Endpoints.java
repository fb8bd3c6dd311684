package io.claimstream.cli.config;

import java.util.Optional;

/** Where the services and the broker are, and the write credential, once every source is layered. */
public record Endpoints(String ingestUrl, String queryUrl, String analysisUrl, String kafkaBootstrap,
                        Optional<String> token) {

    public Endpoints {
        ingestUrl = trimSlash(ingestUrl);
        queryUrl = trimSlash(queryUrl);
        analysisUrl = trimSlash(analysisUrl);
    }

    private static String trimSlash(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
