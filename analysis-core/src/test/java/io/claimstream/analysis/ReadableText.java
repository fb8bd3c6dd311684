package io.claimstream.analysis;

import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * What a reader sees of a stretch of a submitted HTML page or subtitle file, written independently
 * of the parser so that tests can check spans against it: subtitle timing lines and cue numbers
 * dropped, tags dropped, entities decoded, white space collapsed.
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
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
