package io.claimstream.parse.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet that published a document: a name glued to the dateline
 * ({@code 智东西2026-06-12 19:41}), or "according to a report by X", "published on X",
 * "(Reporting|Written) by X" near the top.
 */
public final class SourceFinder {

    private static final int HEAD = 3_000;
    private static final String NAME = "((?:[A-Z][\\w&'’-]*|[\\p{IsHan}]+)(?:\\s+(?:[A-Z][\\w&'’-]*|of|the|and))*)";
    private static final Pattern DATELINE = Pattern.compile(
            "\\s*([^\\s\\d:|][^\\n\\d:|]{0,30}?)\\s*(?:[|·•-]\\s*)?(?:20|19)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}");
    private static final Pattern REPORTED = Pattern.compile(
            "(?:ccording to (?:a |an )?(?:report|article|story|interview) (?:by|from|in) |ublished (?:on|in|by) "
                    + "|riginally (?:published|appeared) (?:on|in) |eported by )" + NAME);
    /** Where the phrases of {@link #REPORTED} can start, past their first letter (either case). */
    private static final String[] TRIGGERS = {"ccording to ", "ublished ", "riginally ", "eported by "};
    private static final int DATELINE_LINES = 12;
    /** Leading space, a name of up to 31 characters, spaces and a separator: past this a dateline's year cannot start. */
    private static final int DATELINE_REACH = 120;

    private SourceFinder() {
    }

    /** A dateline's date starts within a short name of the line start; most lines fail here without the regex. */
    private static boolean hasDigitNearStart(String text, int from, int to) {
        int end = Math.min(to, from + DATELINE_REACH);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    public static String find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        int lineStart = 0;
        for (int line = 0; line < DATELINE_LINES && lineStart < head.length(); line++) {
            int lineEnd = head.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? head.length() : lineEnd;
            Matcher dateline = hasDigitNearStart(head, lineStart, lineEnd) ? DATELINE.matcher(head).region(lineStart, lineEnd) : null;
            if (dateline != null && dateline.lookingAt()) {
                String name = dateline.group(1).strip();
                if (!name.isEmpty() && name.split("\\s+").length <= 4 && !name.endsWith(",")) {
                    return name;
                }
            }
            lineStart = lineEnd + 1;
        }
        String body = text.length() > 4 * HEAD ? text.substring(0, 4 * HEAD) : text;
        int best = -1;
        String found = null;
        for (String trigger : TRIGGERS) {
            int at = body.indexOf(trigger);
            while (at > 0 && (best < 0 || at < best)) {
                Matcher reported = REPORTED.matcher(body).region(at, body.length());
                if (reported.lookingAt()) {
                    best = at;
                    found = reported.group(1).strip();
                    break;
                }
                at = body.indexOf(trigger, at + 1);
            }
        }
        return found;
    }
}
