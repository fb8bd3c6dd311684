package io.claimstream.contracts;

import java.util.List;

/**
 * What is known about a document besides its text.
 *
 * @param published ISO date ({@code 2026-06-12}) or month ({@code 2026-06}); null when unknown
 * @param datePrecision {@code day}, {@code month} or null when unknown
 * @param participants the people the text introduces with a role or affiliation, and its named
 *                     speakers, in order of first appearance; empty when none (or when a producer
 *                     older than this field sent the record)
 */
public record DocumentMetadata(String title, String source, String url, String published,
                               String datePrecision, String language, String event,
                               List<Participant> participants) {

    public DocumentMetadata {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** Metadata without participants, as producers wrote it before participants were read. */
    public DocumentMetadata(String title, String source, String url, String published,
                            String datePrecision, String language, String event) {
        this(title, source, url, published, datePrecision, language, event, List.of());
    }
}
