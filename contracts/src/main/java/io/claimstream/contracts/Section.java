package io.claimstream.contracts;

/** A heading and the stretch of text it governs. */
public record Section(String heading, int level, Span span) {
}
