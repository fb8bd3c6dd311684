package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A half-open range of UTF-16 code-unit offsets into the document's stored text: the submitted text itself,
 * or for HTML and subtitle files the readable text extracted from them.
 */
@JsonPropertyOrder({"start", "end"})
public record SpanView(int start, int end) {
}
