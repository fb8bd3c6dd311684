package io.claimstream.parse.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's publication date in its opening lines: {@code 2026-06-12 19:41},
 * {@code January 10, 2026}, {@code 10 January 2026}, {@code 2026年6月12日}, {@code late April 2026}
 * (month precision) and {@code June 12th} (year taken from the request or the text).
 */
public final class DateFinder {

    /** A date and how precise it is: {@code day} or {@code month}. */
    public record Found(String date, String precision, int position) {
    }

    /** How far into the text the publication date is looked for: bylines and datelines sit at the top. */
    private static final int HEAD = 2_500;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern CJK = Pattern.compile("(20\\d{2}|19\\d{2})\u5E74(\\d{1,2})\u6708(\\d{1,2})\u65E5");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})(?!:)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.$€£-])(20\\d{2}|19\\d{2})(?![\\d%])");

    private DateFinder() {
    }

    /**
     * @param received when the document arrived, or null: a date without a year, in a text that
     *                 names no year, is the latest such date not after it (news reports the recent past)
     */
    public static Found find(String text, LocalDate received) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        Found best = iso(head, ISO, '-', '/', '.');
        best = earlier(best, iso(head, CJK, '\u5E74', '\u5E74', '\u5E74'));
        Found month = null;
        Found yearless = null;
        Integer year = null;
        boolean yearKnown = false;
        boolean yearFromText = true;
        // month names are rare in a text: find them by a word scan, then try each pattern anchored there
        int i = 0;
        int n = head.length();
        while (i < n) {
            if (!Character.isLetter(head.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(head.charAt(i))) {
                i++;
            }
            if (!Character.isUpperCase(head.charAt(start)) || month(head.substring(start, i)) == 0) {
                continue;
            }
            Found full = earlier(anchored(head, MONTH_DAY_YEAR, start, 3, 1, 2), dayBefore(head, start));
            best = earlier(best, full);
            if (best != null && best.position() <= start) {
                break; // nothing later can be earlier
            }
            if (month == null) {
                month = monthYear(head, start);
            }
            if (yearless == null) {
                if (!yearKnown) {
                    year = firstYear(text);
                    if (year == null && received != null) {
                        year = received.getYear();
                        yearFromText = false;
                    }
                    yearKnown = true;
                }
                yearless = monthDay(head, start, year);
                if (yearless != null && !yearFromText && LocalDate.parse(yearless.date()).isAfter(received)) {
                    yearless = monthDay(head, start, year - 1);
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (month != null && (yearless == null || month.position() <= yearless.position())) {
            return month;
        }
        return yearless;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.position() <= b.position() ? a : b;
    }

    /** Tries the pattern only where a year is followed by one of the separators: a regex scan of every position is slow. */
    private static Found iso(String text, Pattern pattern, char a, char b, char c) {
        Matcher m = pattern.matcher(text);
        for (int i = 4; i < text.length(); i++) {
            char sep = text.charAt(i);
            if ((sep == a || sep == b || sep == c) && isYear(text, i - 4)
                    && m.region(i - 4, text.length()).lookingAt()) {
                Found f = day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), i - 4);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static boolean isYear(String text, int at) {
        char c0 = text.charAt(at);
        char c1 = text.charAt(at + 1);
        return ((c0 == '2' && c1 == '0') || (c0 == '1' && c1 == '9')) && Character.isDigit(text.charAt(at + 2))
                && Character.isDigit(text.charAt(at + 3)) && (at == 0 || !Character.isDigit(text.charAt(at - 1)));
    }

    /** A pattern tried exactly at {@code at}, its groups naming year, month and day. */
    private static Found anchored(String text, Pattern pattern, int at, int yearGroup, int monthGroup, int dayGroup) {
        Matcher m = pattern.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        return day(Integer.parseInt(m.group(yearGroup)), month(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup)), at);
    }

    /** "4 March 2026", "4th of March 2026": the day is one or two words before the month. */
    private static Found dayBefore(String text, int monthAt) {
        int i = monthAt;
        for (int words = 0; words < 2 && i > 0; words++) {
            while (i > 0 && text.charAt(i - 1) == ' ') {
                i--;
            }
            while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i--;
            }
            if (i < monthAt && Character.isDigit(text.charAt(i))) {
                return anchored(text, DAY_MONTH_YEAR, i, 3, 2, 1);
            }
        }
        return null;
    }

    private static Found monthYear(String text, int at) {
        Matcher m = MONTH_YEAR.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            int year = Integer.parseInt(m.group(2));
            if (year >= 1900 && year <= 2100) {
                return new Found(YearMonth.of(year, month(m.group(1))).toString(), "month", at);
            }
        }
        return null;
    }

    private static Found monthDay(String text, int at, Integer year) {
        if (year == null) {
            return null;
        }
        Matcher m = MONTH_DAY.matcher(text).region(at, text.length());
        if (!m.lookingAt() || (m.group(1).equals("May") && !isDateContext(text, at))) {
            return null; // "May 5 models…" is more often the verb than the month
        }
        return day(year, month(m.group(1)), Integer.parseInt(m.group(2)), at);
    }

    private static boolean isDateContext(String text, int at) {
        String before = text.substring(Math.max(0, at - 4), at).toLowerCase(Locale.ROOT);
        return before.endsWith("on ") || before.endsWith("in ");
    }

    private static Integer firstYear(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return MONTHS.getOrDefault(key, 0);
    }

    private static Found day(int year, int month, int day, int position) {
        try {
            return new Found(LocalDate.of(year, month, day).toString(), "day", position);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
