package io.claimstream.contracts;

/**
 * What is known about a document besides its text.
 *
 * @param published ISO date ({@code 2026-06-12}) or month ({@code 2026-06}); null when unknown
 * @param datePrecision {@code day}, {@code month} or null when unknown
 */
public record DocumentMetadata(String title, String source, String url, String published,
                               String datePrecision, String language, String event) {
}
