package io.claimstream.analysis.predictions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the horizon of a prediction and resolves it against the document's date: a span of time
 * from now ({@code within two years} and {@code over the next two years} run from the document's
 * date to their end, {@code in three to five years} and {@code three years from now} are that far
 * out), {@code at least a year}, a period on the calendar ({@link CalendarPeriods}), the coming
 * weeks, months or years; vague ones ({@code very soon}, {@code in the future}) keep their words
 * without dates. When a claim names more than one, the first written is its horizon.
 */
public final class HorizonReader {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("a couple of", 2), Map.entry("a few", 3),
            Map.entry("several", 3));
    private static final String N = "(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
            + "eighteen|twenty|a couple of|a few|several)";
    private static final Pattern SPAN_OF = Pattern.compile("(?i)\\b(in|within|over|for|after)?\\s*(?:the\\s+)?"
            + "(next|coming|following)?\\s*" + N + "(?:\\s*(?:to|-|–|or)\\s*" + N + ")?\\s+(years?|months?|decades?|weeks?)"
            + "(\\s+(?:from now|later|time|out))?");
    /** "within six months of the best closed ones": a distance between two things, not a time to wait. */
    private static final Pattern DISTANCE = Pattern.compile("(?i)^\\s+of\\b");
    /** "(within a year) of passing", "of launch", "of its release": the event a span is counted from. */
    private static final Pattern AFTER_AN_EVENT = Pattern.compile("(?i)\\s+of\\s+(?:(?:its|their|the)\\s+)?"
            + "(?:[a-z]+ing|launch|release|passage|approval|enactment|listing|signing)\\b");
    /** A clause that speaks of what will be: "will", "'ll", "won't", "would", "going to", "expects". */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|won['’]t|would|shall|going to|expects?|expected)\\b"
            + "|['’]ll\\b");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)\\b(at least|more than|over)\\s+" + N
            + "(?:\\s*(?:to|-|–|or)\\s*" + N + ")?(?:\\s+more)?\\s+(years?|months?)");
    /** "(can last) more than another eighteen months", "another year at most": how much longer, counted from now. */
    private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:(at least|more than|over|at most|no more than|up to)\\s+)?"
            + "another\\s+(?:" + N + "\\s+)?(years?|months?|decades?)(?:\\s+at most)?");
    /** "Over five years, …": opening the sentence, "over" is the stretch the forecast is for, not a minimum. */
    private static final Pattern STRETCH = Pattern.compile("^\\s*,");
    /** "it will take closer to five years", "take about 18 months": the time until it is done. */
    private static final Pattern TAKES = Pattern.compile("(?i)\\b(?:take|takes|taking)\\s+[\"“'‘]?(?:(?:about|around|roughly|nearly"
            + "|almost|closer to|close to|another|up to|some)\\s+)?" + N + "(?:\\s*(?:to|-|–|or)\\s*" + N + ")?"
            // in years only: "it will take a month" by hand is how long a job lasts, not when a forecast comes true
            + "(?:\\s+more)?\\s+(years?|decades?)");
    /** "(stay on top) for more than a month": how long something lasts, not when it comes. */
    private static final Pattern LASTING = Pattern.compile("(?i)\\bfor\\s+$");
    /** "within the year": before a year is out, as "within a year". */
    private static final Pattern WITHIN_THE = Pattern.compile("(?i)\\bwithin the (year|month)\\b");
    private static final Pattern COMING = Pattern.compile("(?i)\\b(?:in|over|during|within)\\s+the\\s+(?:coming|next)"
            + "\\s+(?:few\\s+)?(weeks|months|years)\\b");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(very soon|soon|in the near future|in the future|"
            + "eventually|in the long run|in the long term|one day|someday|sooner than"
            // "within two product cycles", "before the next model generation": counted in cycles of no fixed length
            + "|(?:in|within|before|by|over|after)\\s+(?:the\\s+)?(?:next|coming|" + N + ")\\s+(?:[a-z-]+\\s+)?"
            + "(?:cycles?|generations?|elections?|releases?|launch(?:es)?|downturn|recession|budget))\\b");
    /** "will remain the constraint for years", "for a while": how long a forecast state lasts, no end named. */
    private static final Pattern FOR_LONG = Pattern.compile("(?i)\\bfor (?:(?:many|some|several) )?"
            + "(?:years|decades|a while|a long time|the foreseeable future)(?: to come)?\\b");

    public Horizon read(String claim, LocalDate documentDate) {
        return read(claim, 0, documentDate);
    }

    /** As {@link #read(String, LocalDate)}, among horizons written from {@code from} on; the words before still frame them. */
    public Horizon read(String claim, int from, LocalDate documentDate) {
        int[] at = {-1};
        Horizon first = first(claim, from, documentDate, at);
        if (first != null && at[0] >= 0 && toldUnderWay(first, claim, at[0], documentDate)) {
            // "Demand has grown sixfold this year, and I expect it to triple next year": the year under way dates what
            // has happened; the forecast is for the later period named after it
            Horizon later = first(claim, at[0] + first.text().length(), documentDate, new int[] {-1});
            if (later != null && later.end() != null && later.end().isAfter(first.end())) {
                return later;
            }
        }
        return first;
    }

    /**
     * Whether a horizon is a period under way ("this year", "this quarter", not "by the end of this year", which runs
     * from now) named in a clause that says nothing of what will be.
     */
    private static boolean toldUnderWay(Horizon h, String claim, int at, LocalDate documentDate) {
        if (documentDate == null || h.start() == null || h.end() == null || !h.start().isBefore(documentDate)
                || h.end().isBefore(documentDate)) {
            return false;
        }
        int end = at + h.text().length();
        Matcher close = CLAUSE_END.matcher(claim);
        String clause = clauseBefore(claim, at) + claim.substring(at, close.find(Math.min(end, claim.length())) ? close.start() : claim.length());
        return !FUTURE.matcher(clause).find();
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[,;.:!?]");

    /** The words of the sentence up to {@code at}. */
    private static String clauseBefore(String claim, int at) {
        String before = claim.substring(0, at);
        Matcher m = SENTENCE_END.matcher(before);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return before.substring(cut);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.;:!?]\\s");

    /** The first horizon written from {@code from} on, its position put in {@code at[0]}. */
    private Horizon first(String claim, int from, LocalDate documentDate, int[] at) {
        Horizon best = null;
        int bestAt = Integer.MAX_VALUE;
        CalendarPeriods.Found dated = CalendarPeriods.first(claim, from, documentDate);
        if (dated != null) {
            best = dated.horizon();
            bestAt = dated.at();
        }
        Matcher span = from(SPAN_OF.matcher(claim), from);
        while (span.find() && span.start() < bestAt) {
            Horizon h = span(span, claim, documentDate);
            if (h != null) {
                best = h;
                bestAt = span.start();
                break;
            }
        }
        Matcher atLeast = from(AT_LEAST.matcher(claim), from);
        while (atLeast.find() && atLeast.start() < bestAt) {
            if (LASTING.matcher(claim.substring(Math.max(0, atLeast.start() - 4), atLeast.start())).find()) {
                continue;
            }
            int months = number(atLeast.group(2)) * unitMonths(atLeast.group(4));
            best = atLeast.group(1).equalsIgnoreCase("over") && STRETCH.matcher(claim.substring(atLeast.end())).find()
                    ? new Horizon(atLeast.group(), documentDate, plusMonths(documentDate, months))
                    : new Horizon(atLeast.group(), plusMonths(documentDate, months), null);
            bestAt = atLeast.start();
            break;
        }
        Matcher another = from(ANOTHER.matcher(claim), from);
        if (another.find() && another.start() < bestAt) {
            LocalDate end = plus(documentDate, another.group(2) == null ? 1 : number(another.group(2)), another.group(3));
            // lasting "another year", at most or more than that, is a forecast checked when that year is out
            best = new Horizon(another.group(), documentDate, end);
            bestAt = another.start();
        }
        Matcher takes = from(TAKES.matcher(claim), from);
        if (takes.find() && takes.start() < bestAt) {
            String unit = takes.group(3);
            LocalDate low = plus(documentDate, number(takes.group(1)), unit);
            best = new Horizon(takes.group(), low, takes.group(2) == null ? low : plus(documentDate, number(takes.group(2)), unit));
            bestAt = takes.start();
        }
        Matcher within = from(WITHIN_THE.matcher(claim), from);
        if (within.find() && within.start() < bestAt) {
            best = new Horizon(within.group(), documentDate, plus(documentDate, 1, within.group(1)));
            bestAt = within.start();
        }
        Matcher coming = from(COMING.matcher(claim), from);
        if (coming.find() && coming.start() < bestAt) {
            // the coming weeks are within a season, the coming months within a year; the coming years have no end
            String unit = coming.group(1).toLowerCase(Locale.ROOT);
            LocalDate end = unit.equals("weeks") ? plusMonths(documentDate, 3)
                    : unit.equals("months") ? plusMonths(documentDate, 12) : null;
            best = new Horizon(coming.group(), documentDate, end);
            bestAt = coming.start();
        }
        if (best != null) {
            at[0] = bestAt;
            return best;
        }
        Matcher vague = from(VAGUE.matcher(claim), from);
        if (vague.find()) {
            at[0] = vague.start();
            return new Horizon(vague.group(), null, null);
        }
        Matcher lasting = from(FOR_LONG.matcher(claim), from);
        while (lasting.find()) {
            if (FUTURE.matcher(clauseBefore(claim, lasting.start())).find()) {
                at[0] = lasting.start();
                return new Horizon(lasting.group(), null, null);
            }
        }
        return null;
    }

    /** The matcher searching from {@code from} on, seeing the words before it as context. */
    private static Matcher from(Matcher m, int from) {
        return m.region(from, m.regionEnd()).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** A span counted from the document's date, or null when it counts nothing ("for two years", "a year ago"). */
    private static Horizon span(Matcher span, String claim, LocalDate documentDate) {
        String preposition = span.group(1) == null ? "" : span.group(1).toLowerCase(Locale.ROOT);
        // "this will be a bottleneck for two years": how long a forecast state lasts runs from now for that long
        // (in years: "can run the accounts for a month" is how long a job lasts, as with "take")
        boolean lasting = preposition.equals("for") && span.group(4) == null
                && span.group(5).toLowerCase(Locale.ROOT).matches("years?|decades?")
                && FUTURE.matcher(clauseBefore(claim, span.start())).find();
        boolean ahead = span.group(2) != null || span.group(6) != null || lasting
                || preposition.matches("in|within|after") || preposition.equals("over") && span.group(2) != null;
        if (!ahead) {
            return null;
        }
        if (preposition.equals("within") && DISTANCE.matcher(claim.substring(span.end())).find()) {
            Matcher event = AFTER_AN_EVENT.matcher(claim.substring(span.end()));
            // "within a year of passing": counted from an event the text does not date, so no dates
            return event.lookingAt() ? new Horizon(span.group().strip() + event.group(), null, null) : null;
        }
        String unit = span.group(5);
        int low = number(span.group(3));
        if (span.group(4) != null) {
            int high = number(span.group(4));
            return new Horizon(span.group().strip(), plus(documentDate, low, unit), plus(documentDate, high, unit));
        }
        if (span.group(2) != null || preposition.equals("within") || lasting) {
            // "within two years", "over the next two years": any time from now until then
            return new Horizon(span.group().strip(), documentDate, plus(documentDate, low, unit));
        }
        return new Horizon(span.group().strip(), plus(documentDate, low, unit), plus(documentDate, low, unit));
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = NUMBERS.get(w);
        return n != null ? n : Integer.parseInt(w);
    }

    private static int unitMonths(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("year") ? 12 : 1;
    }

    private static LocalDate plus(LocalDate date, int count, String unit) {
        if (date == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("week") ? date.plusWeeks(count) : u.startsWith("decade") ? date.plusYears(10L * count)
                : u.startsWith("year") ? date.plusYears(count) : date.plusMonths(count);
    }

    private static LocalDate plusMonths(LocalDate date, int months) {
        return date == null ? null : date.plusMonths(months);
    }
}
