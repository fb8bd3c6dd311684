package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A person across all documents: who they are, where they spoke, what about, and what they said
 * in date order ({@code timeline}, at most {@code timelineLimit} claims; page through
 * {@code GET /claims?speaker=<id>} for all of them).
 */
@JsonPropertyOrder({"id", "name", "aliases", "role", "affiliations", "kind", "claimCount", "documentCount", "topics", "affiliationHistory", "documents", "timeline", "timelineLimit", "timelineTruncated"})
public record SpeakerProfileView(String id, String name, List<String> aliases, String role, List<String> affiliations,
                                 String kind, long claimCount, long documentCount,
                                 List<TopicCount> topics, List<DatedAffiliation> affiliationHistory,
                                 List<Appearance> documents, List<TimelineEntry> timeline, int timelineLimit,
                                 boolean timelineTruncated) {

    @JsonPropertyOrder({"topic", "claims"})
    public record TopicCount(String topic, long claims) {
    }

    /** An affiliation and the publication dates of the first and last documents that state it. */
    @JsonPropertyOrder({"name", "from", "to", "documents"})
    public record DatedAffiliation(String name, String from, String to, long documents) {
    }

    @JsonPropertyOrder({"id", "title", "published", "role", "claims"})
    public record Appearance(String id, String title, String published, String role, long claims) {
    }

    /** The person's claims in one document, in order. */
    @JsonPropertyOrder({"documentId", "documentTitle", "published", "claims"})
    public record TimelineEntry(String documentId, String documentTitle, String published, List<ClaimView> claims) {
    }
}
