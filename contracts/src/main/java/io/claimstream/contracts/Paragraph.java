package io.claimstream.contracts;

/**
 * A block of text separated by blank lines.
 *
 * @param turn index into {@link ParsedDocument#turns()} of the turn holding it, or -1
 * @param kind {@code text}, {@code heading}, {@code bullet}, {@code table} or {@code metadata}
 */
public record Paragraph(Span span, int turn, String kind) {
}
