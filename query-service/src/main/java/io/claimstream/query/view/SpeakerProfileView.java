package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A person across all documents: who they are, where they spoke (newest first, at most
 * {@code documentsLimit} of their {@code documentCount} documents; {@code GET /documents?speaker=<id>}
 * pages through all of them in the same order), what about, and what they said in date order
 * ({@code timeline}, at most {@code timelineLimit} claims; page through {@code GET /claims?speaker=<id>}
 * for all of them). The counts and the dated affiliations are of all their documents.
 */
@JsonPropertyOrder({"id", "name", "aliases", "role", "affiliations", "kind", "claimCount", "documentCount", "topics", "affiliationHistory", "documents", "documentsLimit", "documentsTruncated", "timeline", "timelineLimit", "timelineTruncated"})
public record SpeakerProfileView(String id, String name, List<String> aliases, String role, List<String> affiliations,
                                 String kind, long claimCount, long documentCount,
                                 List<TopicCount> topics, List<DatedAffiliation> affiliationHistory,
                                 List<Appearance> documents, int documentsLimit, boolean documentsTruncated,
                                 List<TimelineEntry> timeline, int timelineLimit, boolean timelineTruncated) {

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
