package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A half-open range of UTF-16 code-unit offsets into the document's text exactly as it was submitted, in every
 * format (for HTML and subtitles too: offsets into the page or file, not into the text extracted from it).
 */
@JsonPropertyOrder({"start", "end"})
@Schema(description = "A half-open range [start, end) of UTF-16 code-unit offsets (Java String indices) into the "
        + "document's text exactly as it was submitted (GET /documents/{id}/text), in every format; for HTML and "
        + "subtitle files it covers the sentence's markup, entities and timing lines from its first to its last character.")
public record SpanView(int start, int end) {
}
