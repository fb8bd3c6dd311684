package io.claimstream.parse.text;

/**
 * One line of the stored text: {@code [start, end)} is its content without the line break and
 * without leading and trailing spaces, {@code lineStart} where the raw line begins.
 */
public record Line(int index, int lineStart, int start, int end) {

    public boolean isBlank() {
        return start == end;
    }

    public int length() {
        return end - start;
    }

    /** Leading spaces before the content, used to spot continuation lines of list items. */
    public int indent() {
        return start - lineStart;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
