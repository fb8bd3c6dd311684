package io.claimstream.contracts;

/**
 * A person the document introduces, or who speaks in it: {@code Ana Ruiz, chief scientist of
 * Lumen Labs}, {@code Lumen Labs CEO Ana Ruiz}, {@code Ana Ruiz (Host, Lumen Labs):}.
 *
 * @param name the name as written, without honorific or title
 * @param role the position the text gives them ({@code chief scientist}), or null
 * @param affiliation the organisation the text ties them to ({@code Lumen Labs}), or null
 * @param span where the introduction (name and description) or, for a speaker the text never
 *             introduces, the first label is written
 */
public record Participant(String name, String role, String affiliation, Span span) {
}
