package io.claimstream.cli.ingest;

import io.claimstream.cli.api.ApiClient;
import io.claimstream.cli.api.ApiException;
import io.claimstream.cli.api.IngestAnswer;
import io.claimstream.cli.config.Endpoints;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts one source to ingest: reads it, makes it UTF-8, sends it with the media type of its
 * extension and its file name as title. A service that is busy or briefly away (503 while Kafka
 * restarts, a refused connection) gets a few more tries; a refusal (4xx) is final.
 */
public final class Ingester {

    private static final long[] BACKOFF_MILLIS = {500, 1500, 4000};

    private final ApiClient api;
    private final Endpoints endpoints;
    private final Map<String, String> metadata;
    private final InputStream stdin;

    public Ingester(ApiClient api, Endpoints endpoints, Map<String, String> metadata, InputStream stdin) {
        this.api = api;
        this.endpoints = endpoints;
        this.metadata = Map.copyOf(metadata);
        this.stdin = stdin;
    }

    public Payload read(Source source) throws IOException {
        byte[] raw = source.path().isPresent() ? Files.readAllBytes(source.path().get()) : stdin.readAllBytes();
        return Payload.of(raw);
    }

    /** Posts with a few more tries when ingest is busy or briefly away. */
    public IngestAnswer post(Source source, Payload payload) throws ApiException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return postOnce(source, payload);
            } catch (ApiException e) {
                if (!e.transientFailure() || attempt >= BACKOFF_MILLIS.length || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                Thread.sleep(BACKOFF_MILLIS[attempt]);
            }
        }
    }

    public IngestAnswer postOnce(Source source, Payload payload) throws ApiException {
        Map<String, String> query = new LinkedHashMap<>(metadata);
        query.put("title", source.title());
        return api.postDocument(endpoints.ingestUrl(), endpoints.token(), payload.utf8(),
                ContentTypes.header(source.mediaType()), query);
    }
}
