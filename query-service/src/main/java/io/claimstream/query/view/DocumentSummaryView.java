package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;

/** A stored document in a list: its metadata and counts, without speakers or text. */
@JsonPropertyOrder({"id", "title", "published", "source", "url", "event", "speakerCount", "claimCount", "analyzerVersion", "storedAt"})
public record DocumentSummaryView(String id, String title, String published, String source, String url, String event,
                                  int speakerCount, int claimCount, String analyzerVersion, Instant storedAt) {
}
