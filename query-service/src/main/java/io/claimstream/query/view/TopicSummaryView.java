package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A topic with how much was said about it, by how many, and a claims-per-month trend. */
@JsonPropertyOrder({"id", "label", "taxonomy", "claimCount", "speakerCount", "documentCount", "trend"})
public record TopicSummaryView(String id, String label, boolean taxonomy, long claimCount, long speakerCount,
                               long documentCount, List<MonthCount> trend) {

    /** Claims about the topic in documents published in {@code month} ({@code 2026-06}). */
    @JsonPropertyOrder({"month", "claims"})
    public record MonthCount(String month, long claims) {
    }
}
