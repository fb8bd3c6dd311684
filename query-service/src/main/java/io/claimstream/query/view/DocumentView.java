package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/** A stored document, without its text. */
@JsonPropertyOrder({"id", "title", "published", "datePrecision", "source", "url", "language", "event", "status", "speakers", "claimCount", "analyzerVersion", "analyzedAt", "storedAt"})
public record DocumentView(String id, String title, String published, String datePrecision, String source,
                           String url, String language, String event, String status,
                           List<DocumentSpeakerView> speakers, int claimCount, String analyzerVersion,
                           Instant analyzedAt, Instant storedAt) {
}
