package io.claimstream.cli.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;

/** Whether query-service serves a document yet, and what it found in it. */
public final class DocumentProbe {

    public record Analysed(String id, String title, int speakers, int claims) {
    }

    private final ApiClient api;
    private final String queryUrl;

    public DocumentProbe(ApiClient api, String queryUrl) {
        this.api = api;
        this.queryUrl = queryUrl;
    }

    /** Empty while the document is still on its way through Kafka (query answers 404 until then). */
    public Optional<Analysed> check(String id) throws ApiException {
        Optional<JsonNode> found = api.find(queryUrl, "/documents/" + ApiClient.encode(id), Map.of());
        return found.map(doc -> new Analysed(id, doc.path("title").asText(""),
                doc.path("speakers").isArray() ? doc.path("speakers").size() : doc.path("speakerCount").asInt(0),
                doc.path("claimCount").asInt(doc.path("claims").isArray() ? doc.path("claims").size() : 0)));
    }
}
