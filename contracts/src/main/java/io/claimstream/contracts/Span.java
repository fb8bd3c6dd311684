package io.claimstream.contracts;

/**
 * A half-open range {@code [start, end)} of UTF-16 code-unit offsets (Java {@code String}
 * indices) into a document's stored text.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
