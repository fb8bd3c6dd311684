package io.claimstream.analysis.predictions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the horizon of a prediction and resolves it against the document's date: a span of
 * years ({@code in the next three to five years}, {@code three to five years from now}), a year
 * or a pair ({@code 2026}, {@code 2026-27}, {@code by 2028}), {@code within a year},
 * {@code at least a year}, {@code this year}, {@code next year}; vague ones ({@code very soon},
 * {@code in the future}) keep their words without dates.
 */
public final class HorizonReader {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("a couple of", 2), Map.entry("a few", 3), Map.entry("several", 3));
    private static final String N = "(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
            + "a couple of|a few|several)";
    private static final Pattern SPAN_OF = Pattern.compile("(?i)\\b(?:in|within|over|for|after)?\\s*(?:the\\s+)?"
            + "(?:next|coming|following)?\\s*" + N + "(?:\\s*(?:to|-|–|or)\\s*" + N + ")?\\s+(years?|months?|decades?)"
            + "(\\s+(?:from now|later|time|out))?");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)\\b(at least|more than|over)\\s+" + N + "\\s+(years?|months?)");
    private static final Pattern YEARS = Pattern.compile("(?i)\\b(by|before|in|around|until|from)?\\s*(?:the end of\\s+)?"
            + "((?:19|20)\\d\\d)(?:\\s*(?:-|–|/|to)\\s*((?:19|20)?\\d\\d))?\\b");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(very soon|soon|in the near future|in the future|"
            + "eventually|in the long run|in the long term|one day|someday|sooner than)\\b");

    public Horizon read(String claim, LocalDate documentDate) {
        String lower = claim.toLowerCase(Locale.ROOT);
        Matcher within = Pattern.compile("(?i)\\bwithin (a|one|the next) (year|month)\\b").matcher(claim);
        if (within.find()) {
            int months = within.group(2).equalsIgnoreCase("year") ? 12 : 1;
            return new Horizon(within.group(), documentDate, plusMonths(documentDate, months));
        }
        Matcher atLeast = AT_LEAST.matcher(claim);
        if (atLeast.find()) {
            int months = number(atLeast.group(2)) * unitMonths(atLeast.group(3));
            return new Horizon(atLeast.group(), plusMonths(documentDate, months), null);
        }
        Matcher span = SPAN_OF.matcher(claim);
        while (span.find()) {
            boolean anchored = span.group().toLowerCase(Locale.ROOT).matches(".*\\b(next|coming|following|within|in|"
                    + "from now|later|after)\\b.*");
            if (!anchored) {
                continue;
            }
            int unit = unitMonths(span.group(3));
            int low = number(span.group(1)) * unit;
            int high = (span.group(2) != null ? number(span.group(2)) : number(span.group(1))) * unit;
            return new Horizon(span.group().strip(), plusMonths(documentDate, low), plusMonths(documentDate, high));
        }
        Matcher years = YEARS.matcher(claim);
        if (years.find()) {
            int first = Integer.parseInt(years.group(2));
            int last = years.group(3) == null ? first : fullYear(years.group(3), first);
            boolean by = years.group(1) != null && years.group(1).toLowerCase(Locale.ROOT).matches("by|before|until");
            LocalDate start = by ? documentDate : LocalDate.of(first, 1, 1);
            return new Horizon(years.group().strip(), start, LocalDate.of(last, 12, 31));
        }
        if (lower.contains("this year")) {
            return documentDate == null ? new Horizon("this year", null, null) : new Horizon("this year",
                    LocalDate.of(documentDate.getYear(), 1, 1), LocalDate.of(documentDate.getYear(), 12, 31));
        }
        if (lower.contains("next year")) {
            return documentDate == null ? new Horizon("next year", null, null) : new Horizon("next year",
                    LocalDate.of(documentDate.getYear() + 1, 1, 1), LocalDate.of(documentDate.getYear() + 1, 12, 31));
        }
        Matcher vague = VAGUE.matcher(claim);
        if (vague.find()) {
            return new Horizon(vague.group(), null, null);
        }
        return null;
    }

    private static int fullYear(String written, int first) {
        int y = Integer.parseInt(written);
        return written.length() == 2 ? first / 100 * 100 + y : y;
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = NUMBERS.get(w);
        return n != null ? n : Integer.parseInt(w);
    }

    private static int unitMonths(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("year") ? 12 : u.startsWith("decade") ? 120 : 1;
    }

    private static LocalDate plusMonths(LocalDate date, int months) {
        return date == null ? null : date.plusMonths(months);
    }
}
