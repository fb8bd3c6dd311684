package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A half-open range of UTF-16 code-unit offsets into the document's text as submitted. */
@JsonPropertyOrder({"start", "end"})
public record SpanView(int start, int end) {
}
