package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A person across all documents. */
@JsonPropertyOrder({"id", "name", "aliases", "role", "affiliations", "kind", "documentCount", "claimCount"})
public record SpeakerView(String id, String name, List<String> aliases, String role, List<String> affiliations,
                          String kind, long documentCount, long claimCount) {
}
