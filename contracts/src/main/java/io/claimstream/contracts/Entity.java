package io.claimstream.contracts;

/** A named thing a claim mentions: {@code organization}, {@code person}, {@code product}, {@code place}. */
public record Entity(String text, String kind, Span span) {
}
