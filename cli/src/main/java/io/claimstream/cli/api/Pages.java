package io.claimstream.cli.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a paged list endpoint ({@code ?page=&size=} answering {@code {"items","total"}}) one page
 * at a time, handing each item on before the next page is fetched: exports of any size hold only
 * one page in memory.
 */
public final class Pages {

    public interface ItemSink {
        void accept(JsonNode item) throws Exception;
    }

    /** The largest page the query API serves. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final ApiClient api;
    private final String baseUrl;
    private final String path;
    private final Map<String, String> filters;

    public Pages(ApiClient api, String baseUrl, String path, Map<String, String> filters) {
        this.api = api;
        this.baseUrl = baseUrl;
        this.path = path;
        this.filters = Map.copyOf(filters);
    }

    /**
     * @param limit at most this many items; 0 for all
     * @return the total the service reported on its first page
     */
    public long forEach(int pageSize, long limit, ItemSink sink) throws Exception {
        int size = (int) Math.max(1, Math.min(pageSize, limit > 0 ? Math.min(limit, MAX_PAGE_SIZE) : MAX_PAGE_SIZE));
        long seen = 0;
        long total = -1;
        for (int page = 0; ; page++) {
            Map<String, String> query = new LinkedHashMap<>(filters);
            query.put("page", Integer.toString(page));
            query.put("size", Integer.toString(size));
            JsonNode answer = api.get(baseUrl, path, query);
            if (total < 0) {
                total = Json.total(answer);
            }
            List<JsonNode> items = Json.items(answer);
            for (JsonNode item : items) {
                if (limit > 0 && seen >= limit) {
                    return total;
                }
                sink.accept(item);
                seen++;
            }
            if (items.size() < size || answer.isArray() || (long) (page + 1) * size >= total) {
                return total;
            }
        }
    }
}
