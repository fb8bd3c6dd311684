package io.claimstream.analysis;

import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * What a reader sees of a stretch of a submitted HTML page or subtitle file, written independently
 * of the parser so that tests can check spans against it: subtitle timing lines and cue numbers
 * dropped, tags dropped, entities decoded, white space collapsed, invisible characters dropped.
 */
public final class ReadableText {

    private static final Pattern TIMING_OR_NUMBER = Pattern.compile("(?m)^\\s*(?:\\d+|[\\d:.,]+\\s*-->.*)\\s*$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private ReadableText() {
    }

    /** {@code submitted[span]} as read. */
    public static String of(String piece) {
        String text = TIMING_OR_NUMBER.matcher(piece).replaceAll(" ");
        return collapse(Parser.unescapeEntities(TAG.matcher(text).replaceAll(""), false));
    }

    public static String collapse(String text) {
        // zero-width characters and soft hyphens are nothing a reader sees; no-break spaces are spaces
        return text.replaceAll("[\u200B\u2060\u00AD]", "").replaceAll("[\u00A0\u202F\u2007]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
