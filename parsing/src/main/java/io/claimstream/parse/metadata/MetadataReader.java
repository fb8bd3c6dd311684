package io.claimstream.parse.metadata;

import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.structure.TextStructure;
import io.claimstream.parse.text.Chars;

/** Document metadata: what the request says wins; the rest is read from the text. */
public final class MetadataReader {

    private static final int MAX_TITLE = 200;

    private MetadataReader() {
    }

    public static DocumentMetadata read(RawDocument raw, String text, TextStructure structure) {
        String title = blankToNull(raw.title());
        if (title == null) {
            title = titleFromText(text, structure);
        }
        String published = blankToNull(raw.published());
        String precision = published == null ? null : published.length() == 7 ? "month" : "day";
        String language = blankToNull(raw.language());
        if (language == null) {
            language = Languages.guess(text);
        }
        return new DocumentMetadata(title, blankToNull(raw.source()), blankToNull(raw.url()), published, precision,
                language, null);
    }

    /** The first heading, or else the first line, shortened to a title's length. */
    static String titleFromText(String text, TextStructure structure) {
        for (Draft draft : structure.drafts()) {
            if (draft.kind.equals(Draft.HEADING)) {
                return shorten(headingText(text, draft));
            }
            break;
        }
        for (Draft draft : structure.drafts()) {
            String line = firstLine(text, draft.start, draft.end);
            if (!line.isBlank()) {
                return shorten(line);
            }
        }
        return null;
    }

    private static String headingText(String text, Draft draft) {
        String s = draft.of(text).strip();
        int i = 0;
        while (i < s.length() && s.charAt(i) == '#') {
            i++;
        }
        return s.substring(i).replace("**", "").strip();
    }

    private static String firstLine(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return text.substring(start, i).strip();
    }

    static String shorten(String s) {
        if (s.length() <= MAX_TITLE) {
            return s;
        }
        int cut = MAX_TITLE;
        while (cut > MAX_TITLE / 2 && !Chars.isSpace(s.charAt(cut))) {
            cut--;
        }
        if (Character.isLowSurrogate(s.charAt(cut))) {
            cut--;
        }
        return s.substring(0, cut).strip() + "…";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
