package io.claimstream.contracts;

/**
 * One speaker's turn: who speaks, an optional role from {@code Name (Role):}, where the label sits
 * and where the spoken text sits.
 *
 * @param speaker the label's name as written ({@code Luo Fuli}), in mixed case when the label sets a
 *                name in capitals ({@code DANA PARK} gives {@code Dana Park}); for an interview's role label
 *                ({@code Q:}, {@code A:}) the person the introduction names on that side, else
 *                {@code Interviewer} or {@code Interviewee}, so that nobody is called "Q". The
 *                label's own words are {@code label.of(text)}.
 * @param role the label's parentheses; for an interviewer the introduction does not name, the
 *             outlet that asks ({@code The Ledger spoke with him}), when it says
 * @param startMillis offset of the turn into the recording, for subtitle formats; else null
 */
public record Turn(String speaker, String role, Span label, Span span, Long startMillis, Long endMillis) {
}
