package io.claimstream.contracts;

/**
 * One speaker's turn: the label as written ({@code Luo Fuli}, {@code Q}), an optional role from
 * {@code Name (Role):}, where the label sits and where the spoken text sits.
 *
 * @param startMillis offset of the turn into the recording, for subtitle formats; else null
 */
public record Turn(String speaker, String role, Span label, Span span, Long startMillis, Long endMillis) {
}
