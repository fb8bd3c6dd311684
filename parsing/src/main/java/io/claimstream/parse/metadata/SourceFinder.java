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
            "(?m)^\\s*([^\\s\\d:|][^\\n\\d:|]{0,30}?)\\s*(?:[|·•-]\\s*)?(?:20|19)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}");
    private static final Pattern REPORTED = Pattern.compile(
            "(?:[Aa]ccording to (?:a |an )?(?:report|article|story|interview) (?:by|from|in) |[Pp]ublished (?:on|in|by) "
                    + "|[Oo]riginally (?:published|appeared) (?:on|in) |[Rr]eported by )" + NAME);

    private SourceFinder() {
    }

    public static String find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        Matcher dateline = DATELINE.matcher(head);
        if (dateline.find()) {
            String name = dateline.group(1).strip();
            if (!name.isEmpty() && name.split("\\s+").length <= 4 && !name.endsWith(",")) {
                return name;
            }
        }
        Matcher reported = REPORTED.matcher(text.length() > 4 * HEAD ? text.substring(0, 4 * HEAD) : text);
        if (reported.find()) {
            return reported.group(1).strip();
        }
        return null;
    }
}
