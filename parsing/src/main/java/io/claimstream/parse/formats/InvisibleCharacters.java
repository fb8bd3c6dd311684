package io.claimstream.parse.formats;

import io.claimstream.contracts.SourceMap;

/**
 * Characters a text copied out of a web page or a word processor carries and a reader never sees: zero-width spaces,
 * word joiners, soft hyphens, a byte-order mark inside the text, and no-break spaces where an ordinary one was meant
 * ("Dr.&nbsp;Renner", "said,&nbsp;adding"). The analysis reads the text a reader sees, with plain spaces and without
 * the invisible characters, so that a name, a label or a sentence end is found whatever the page slipped into it;
 * the map sends every span back into the submission as it was sent.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** The text as read and where each of its characters was in the submission. */
    public record Readable(String text, SourceMap offsets) {
    }

    /** {@code submitted} as a reader sees it, or null when it holds none of these characters. */
    public static Readable of(String submitted) {
        int first = firstAt(submitted);
        if (first < 0) {
            return null;
        }
        MappedText out = MappedText.of(submitted, 0, first);
        for (int i = first; i < submitted.length(); i++) {
            char c = submitted.charAt(i);
            if (unseen(submitted, i)) {
                continue;
            }
            out.append(isNoBreakSpace(c) ? ' ' : c, i, i + 1);
        }
        return new Readable(out.toString(), out.toSourceMap());
    }

    private static int firstAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00A0' && (isNoBreakSpace(c) || unseen(text, i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Zero-width spaces, word joiners and soft hyphens; a byte-order mark opening the file is the file's, read as
     * before. The zero-width joiner and non-joiner stay: they shape emoji and scripts (Persian, Hindi) as written.
     */
    private static boolean unseen(String text, int i) {
        char c = text.charAt(i);
        return c == '\u200B' || c == '\u2060' || c == '\u00AD' || c == '\uFEFF' && i > 0;
    }

    private static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }
}
