package io.claimstream.contracts;

import java.util.Arrays;

/**
 * Where each character of an extracted text (the readable text of an HTML page or subtitle file)
 * was written in the submitted file, so that spans found in the extracted text can be reported
 * as offsets into the submission. Immutable.
 *
 * <p>Stored as segments, flat triples {@code (extractedStart, sourceStart, sourceLength)} in
 * increasing {@code extractedStart}; a segment runs to the next one's {@code extractedStart} (the
 * last to {@link #extractedLength()}). When a segment's source is as long as its extracted run,
 * characters map one to one (copied text); otherwise every character of the segment stands for the
 * whole source range: an entity ({@code &amp;} → {@code &}), collapsed white space, or, with
 * length 0, a character extraction inserted (a blank line between blocks) at that source position.
 * Copied text between tags is one segment, so a page costs three ints per tag or entity, not per character.
 *
 * @param extractedLength length of the extracted text
 * @param segments the flat triples; the accessor returns a copy
 */
public record SourceMap(int extractedLength, int[] segments) {

    public SourceMap {
        segments = segments == null ? new int[0] : segments.clone();
        if (segments.length % 3 != 0 || extractedLength < 0 || extractedLength > 0 && (segments.length == 0 || segments[0] != 0)) {
            throw new IllegalArgumentException("a source map needs triples covering the text from offset 0");
        }
    }

    @Override
    public int[] segments() {
        return segments.clone();
    }

    /** The source range {@code [start, end)} of the extracted span; an empty span maps to an empty range. */
    public Span toSource(Span extracted) {
        if (extracted.start() >= extractedLength) {
            int end = sourceEnd(extractedLength - 1);
            return new Span(end, end);
        }
        int start = sourceStart(extracted.start());
        if (extracted.length() == 0) {
            return new Span(start, start);
        }
        return new Span(start, Math.max(start, sourceEnd(Math.min(extracted.end(), extractedLength) - 1)));
    }

    /** Source offset of the first character extracted character {@code index} was read from. */
    int sourceStart(int index) {
        if (index < 0) {
            return 0;
        }
        int s = segmentOf(index);
        int offset = index - segments[s];
        return linear(s) ? segments[s + 1] + offset : segments[s + 1];
    }

    /** Source offset just past the characters extracted character {@code index} was read from. */
    int sourceEnd(int index) {
        if (index < 0) {
            return 0;
        }
        int s = segmentOf(index);
        int offset = index - segments[s];
        return linear(s) ? segments[s + 1] + offset + 1 : segments[s + 1] + segments[s + 2];
    }

    private boolean linear(int s) {
        int next = s + 3 < segments.length ? segments[s + 3] : extractedLength;
        return segments[s + 2] == next - segments[s];
    }

    /** Array index of the triple holding extracted offset {@code index}. */
    private int segmentOf(int index) {
        int low = 0;
        int high = segments.length / 3 - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (segments[mid * 3] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low * 3;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceMap map && map.extractedLength == extractedLength && Arrays.equals(map.segments, segments);
    }

    @Override
    public int hashCode() {
        return 31 * extractedLength + Arrays.hashCode(segments);
    }

    @Override
    public String toString() {
        return "SourceMap[extractedLength=" + extractedLength + ", segments=" + segments.length / 3 + "]";
    }
}
