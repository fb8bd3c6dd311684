package io.claimstream.cli.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimstream.cli.query.ClaimRow;
import io.claimstream.cli.query.DocumentCache;

import java.util.List;

/** One exported claim: the CSV columns, in order, and the same fields as a JSON object. */
public record ExportRow(String claimId, String speaker, String documentTitle, String published, String type,
                        List<String> topics, int spanStart, int spanEnd, String sourceUrl, String text) {

    public static final List<String> CSV_HEADER = List.of("claim_id", "speaker", "document_title", "published", "type",
            "topics", "span_start", "span_end", "source_url", "text");

    /** Several topics in one CSV cell; ';' never occurs in a topic id. */
    public static final String TOPIC_SEPARATOR = ";";

    public static ExportRow of(ClaimRow claim, DocumentCache.DocumentInfo document) {
        return new ExportRow(claim.id(), claim.speaker(),
                claim.documentTitle().isEmpty() ? document.title() : claim.documentTitle(),
                claim.published().isEmpty() ? document.published() : claim.published(),
                claim.type(), claim.topics(), claim.spanStart(), claim.spanEnd(), document.url(), claim.text());
    }

    public List<String> csvFields() {
        return List.of(claimId, speaker, documentTitle, published, type, String.join(TOPIC_SEPARATOR, topics),
                spanStart < 0 ? "" : Integer.toString(spanStart), spanEnd < 0 ? "" : Integer.toString(spanEnd),
                sourceUrl, text);
    }

    public ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("claim_id", claimId);
        node.put("speaker", speaker.isEmpty() ? null : speaker);
        node.put("document_title", documentTitle);
        node.put("published", published.isEmpty() ? null : published);
        node.put("type", type);
        topics.forEach(node.putArray("topics")::add);
        if (topics.isEmpty()) {
            node.putArray("topics");
        }
        node.put("span_start", spanStart);
        node.put("span_end", spanEnd);
        node.put("source_url", sourceUrl.isEmpty() ? null : sourceUrl);
        node.put("text", text);
        return node;
    }
}
