package io.claimstream.contracts;

/** A number with its unit as it appears in a claim ({@code 20%}, {@code $3 billion}). */
public record Quantity(String text, Double value, String unit, Span span) {
}
