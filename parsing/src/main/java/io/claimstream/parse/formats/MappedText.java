package io.claimstream.parse.formats;

import io.claimstream.contracts.SourceMap;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text being extracted from a submitted file, each character with the source range
 * {@code [sourceStart, sourceEnd)} it was read from, so that extraction (tags dropped, entities
 * decoded, white space collapsed, separators inserted) ends with a {@link SourceMap}. Every edit
 * goes through here, which is what keeps the map true to the text. Mutable while it is built; not
 * thread-safe.
 */
final class MappedText implements CharSequence {

    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    MappedText() {
        this(16);
    }

    MappedText(int capacity) {
        text = new StringBuilder(capacity);
        starts = new int[Math.max(8, capacity)];
        ends = new int[starts.length];
    }

    /** {@code source[from, to)} copied one to one. */
    static MappedText of(String source, int from, int to) {
        MappedText out = new MappedText(to - from);
        for (int i = from; i < to; i++) {
            out.append(source.charAt(i), i, i + 1);
        }
        return out;
    }

    /** A character read from {@code source[sourceStart, sourceEnd)}. */
    MappedText append(char c, int sourceStart, int sourceEnd) {
        int n = text.length();
        ensureRoom(1);
        text.append(c);
        starts[n] = sourceStart;
        ends[n] = sourceEnd;
        return this;
    }

    /**
     * Characters read together from {@code source[sourceStart, sourceEnd)}: one to one when the
     * lengths agree, else each standing for the whole range (an entity, a label written otherwise).
     */
    MappedText append(CharSequence chars, int sourceStart, int sourceEnd) {
        boolean oneToOne = chars.length() == sourceEnd - sourceStart;
        for (int i = 0; i < chars.length(); i++) {
            append(chars.charAt(i), oneToOne ? sourceStart + i : sourceStart, oneToOne ? sourceStart + i + 1 : sourceEnd);
        }
        return this;
    }

    /** Characters the extraction writes itself, placed just after what was read before them. */
    MappedText appendInserted(CharSequence chars) {
        int at = text.length() == 0 ? 0 : ends[text.length() - 1];
        return append(chars, at, at);
    }

    /** Characters the extraction writes itself, placed at {@code sourceAt}. */
    MappedText appendInsertedAt(CharSequence chars, int sourceAt) {
        return append(chars, sourceAt, sourceAt);
    }

    MappedText append(MappedText other) {
        return append(other, 0, other.length());
    }

    MappedText append(MappedText other, int from, int to) {
        if (to <= from) {
            return this;
        }
        int n = text.length();
        ensureRoom(to - from);
        text.append(other.text, from, to);
        System.arraycopy(other.starts, from, starts, n, to - from);
        System.arraycopy(other.ends, from, ends, n, to - from);
        return this;
    }

    private void ensureRoom(int more) {
        int needed = text.length() + more;
        if (needed > starts.length) {
            int capacity = Math.max(needed, starts.length * 2);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
    }

    int sourceStart(int index) {
        return starts[index];
    }

    int sourceEnd(int index) {
        return ends[index];
    }

    /** Every match of {@code pattern} replaced; the replacement stands for the source of the whole match. */
    MappedText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return this;
        }
        MappedText out = new MappedText(text.length());
        int at = 0;
        do {
            out.append(this, at, m.start());
            if (m.end() > m.start()) {
                out.append(replacement.apply(m), starts[m.start()], ends[m.end() - 1]);
            }
            at = m.end();
        } while (m.find());
        return out.append(this, at, text.length());
    }

    MappedText slice(int from, int to) {
        return new MappedText(to - from).append(this, from, to);
    }

    MappedText strip() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : slice(from, to);
    }

    @Override
    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * The map of this text into its source: copied runs become one segment each, and neighbours
     * standing for the same source range share one.
     */
    SourceMap toSourceMap() {
        int n = text.length();
        int[] segments = new int[16];
        int count = 0;
        int i = 0;
        while (i < n) {
            int start = starts[i];
            int end = ends[i];
            int j = i + 1;
            if (end - start == 1) {
                while (j < n && starts[j] == start + (j - i) && ends[j] == starts[j] + 1) {
                    j++;
                }
                end = start + (j - i);
            } else {
                while (j < n && starts[j] == start && ends[j] == end) {
                    j++;
                }
                if (end - start == j - i) {
                    // as long as its source, the run would read as copied one to one; split it so each character keeps the whole range
                    j = i + 1;
                }
            }
            if (count + 3 > segments.length) {
                segments = Arrays.copyOf(segments, segments.length * 2);
            }
            segments[count++] = i;
            segments[count++] = start;
            segments[count++] = end - start;
            i = j;
        }
        return new SourceMap(n, Arrays.copyOf(segments, count));
    }
}
