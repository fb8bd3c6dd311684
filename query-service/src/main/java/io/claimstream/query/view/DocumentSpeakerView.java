package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A speaker of one document. {@code id} and {@code name} are the cross-document person's, so the
 * same person has the same id in every document; {@code aliases}, {@code role} and
 * {@code affiliations} are what this document says, and {@code speakerId} the analyzer's own id.
 */
@JsonPropertyOrder({"id", "name", "aliases", "role", "affiliations", "kind", "speakerId", "nameInDocument", "claimCount"})
public record DocumentSpeakerView(String id, String name, List<String> aliases, String role,
                                  List<String> affiliations, String kind, String speakerId, String nameInDocument,
                                  long claimCount) {
}
