package io.claimstream.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.cli.api.ApiClient;
import io.claimstream.cli.api.ApiException;
import io.claimstream.cli.api.Json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Document metadata a claim does not carry (its source URL), fetched once per document. Bounded,
 * least recently used out first, so that an export of a million claims over many thousands of
 * documents still runs in constant memory; claims arrive grouped by document, so misses are rare.
 */
public final class DocumentCache {

    public record DocumentInfo(String title, String published, String url, String source) {
        static final DocumentInfo UNKNOWN = new DocumentInfo("", "", "", "");
    }

    private final ApiClient api;
    private final String queryUrl;
    private final Map<String, DocumentInfo> cache;

    public DocumentCache(ApiClient api, String queryUrl, int capacity) {
        this.api = api;
        this.queryUrl = queryUrl;
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DocumentInfo> eldest) {
                return size() > capacity;
            }
        };
    }

    public DocumentInfo get(String documentId) throws ApiException {
        if (documentId == null || documentId.isBlank()) {
            return DocumentInfo.UNKNOWN;
        }
        DocumentInfo cached = cache.get(documentId);
        if (cached != null) {
            return cached;
        }
        Optional<JsonNode> doc = api.find(queryUrl, "/documents/" + ApiClient.encode(documentId), Map.of());
        DocumentInfo info = doc.map(d -> new DocumentInfo(Json.text(d, "title"), Json.text(d, "published"),
                Json.text(d, "url"), Json.text(d, "source"))).orElse(DocumentInfo.UNKNOWN);
        cache.put(documentId, info);
        return info;
    }

    int size() {
        return cache.size();
    }
}
