package io.claimstream.contracts;

/**
 * A document as a client submits it: on {@code POST /documents} or as a JSON record on the
 * {@code documents.incoming} topic. Only {@code text} is required.
 *
 * @param format {@code auto} (default) or a named format that overrides detection
 * @param published an ISO date ({@code 2026-06-12}) or month ({@code 2026-06})
 */
public record RawDocument(String text, String title, String source, String url, String published,
                          String language, String format) {

    public RawDocument withText(String newText) {
        return new RawDocument(newText, title, source, url, published, language, format);
    }
}
