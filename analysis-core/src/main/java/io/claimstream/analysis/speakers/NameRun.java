package io.claimstream.analysis.speakers;

import io.claimstream.contracts.Span;

/**
 * Consecutive capitalised words that may be a name, as token indexes {@code [from, to)} of a
 * sentence, with an optional leading title ({@code Professor}) already part of the text.
 */
public record NameRun(int from, int to, String text, Span span, boolean titled) {
}
