package io.claimstream.analysis.predictions;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.text.SiftedPattern;

/**
 * Horizons named on the calendar, with the word that ties the forecast to them: a year or a pair
 * ({@code in 2027}, {@code 2026-27}), a quarter or a half ({@code Q4 2026}, {@code in the second half
 * of the year}), a season or a month ({@code from the autumn of 2026}, {@code in September}), this or
 * next year and the decade, a fiscal year ({@code FY27}, {@code fiscal 2027}), each narrowed by an edge ({@code mid-2027}, {@code by the end of 2027}).
 * {@code by} runs from the document's date to the period's end, {@code before} to its start,
 * {@code from} opens at its start; a period without a year ({@code the third quarter}) is the next
 * one from the document's date. A period over before the document was written ({@code in 2023},
 * {@code since 2024}) dates a fact, not a forecast, and is no horizon.
 */
final class CalendarPeriods {

    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December";
    private static final SiftedPattern PERIOD = SiftedPattern.compile("(?i)(?:\\b(?<preposition>by|before|until|till|through|"
            + "no later than|from|starting(?: in| from)?|beginning in|after|since|in|during|around|at|for)\\s+)?"
            + "(?:the\\s+)?(?:(?:very\\s+)?\\b(?<edgeOf>end|middle|start|beginning|rest)\\s+of\\s+(?:the\\s+)?"
            + "|\\b(?<mid>mid)-?\\s?|\\b(?<early>early|late)\\s+)?"
            + "(?:"
            + "\\b(?<quarter>Q[1-4]|(?:first|second|third|fourth)\\s+quarter)" + whichYear("q")
            + "|\\b(?<half>H[12]|(?:first|second|latter)\\s+half)" + whichYear("h")
            // "fall" alone is a verb ("prices will fall"): a season needs "the", "this", "next" or a year
            + "|(?:(?<seasonWhich>this|next)\\s+)?(?<=\\b(?:the|this|next|mid-?|early|late)\\s{1,3})"
            + "(?<season>spring|summer|autumn|fall|winter)\\b" + whichYear("s")
            + "|\\b(?<seasonOfYear>spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(?<seasonYear>" + YEAR + ")"
            // "May" and "March" alone are a modal and a verb: a month needs a preposition, an edge or a year
            + "|(?<=\\b(?:by|before|until|till|through|from|in|during|since|starting|after|of|mid-?|early|late)\\s{1,3})"
            + "(?-i:(?<month>" + MONTHS + "))\\b(?:,?\\s+(?<monthYear>" + YEAR + "))?"
            + "|(?-i:(?<monthOfYear>" + MONTHS + "))\\s+(?<monthOfYearYear>" + YEAR + ")"
            // "the early 2030s": a decade by its first year
            + "|\\b(?<decade>(?:19|20)\\d0)['’]?s\\b"
            // "FY27", "fiscal 2027", "fiscal year 2027-28": a company's year, read as the calendar year it is named by
            + "|\\b(?:FY\\s?|fiscal\\s+(?:year\\s+)?)(?<fiscal>(?:19|20)?\\d\\d)(?:\\s*(?:-|–|/)\\s*(?<fiscalLast>(?:19|20)?\\d\\d))?\\b"
            // "2026-27", "2026 to 2028", "2026 and 2027": a pair of years is one period from the first to the last
            + "|\\b(?<year>" + YEAR + ")(?:\\s*(?:-|–|/|to)\\s*(?<lastYear>(?:19|20)?\\d\\d)"
            + "|\\s+(?:and|or)\\s+(?<lastYear2>" + YEAR + "))?"
            + "(?![\\d%]|[,.]\\d|\\s*(?:percent|per cent))\\b"
            + "|\\b(?<relative>this|next)\\s+(?<unit>year|quarter|month|decade)\\b"
            + "|(?<=\\bof\\s(?:the\\s)?)(?<the>year|decade)\\b"
            + ")");

    /** "(of) 2027", "(of) this year", "of the year" after a quarter, half or season, in groups {@code <p>Year}, {@code <p>Which}. */
    private static String whichYear(String prefix) {
        return "(?:\\s+(?:of\\s+)?(?:(?<" + prefix + "Year>" + YEAR + ")|(?<" + prefix + "Which>this|next|the)\\s+year))?";
    }

    private static final Pattern SAYING = Pattern.compile("(?i)\\b(said|wrote|told|announced|predicted|forecast|argued|"
            + "added|noted|warned|claimed|reported|estimated|stated|posted|tweeted)\\b(?:(?!\\b(?:that|will|would)\\b)"
            + "[^.,;:]){0,25}$");

    private static final Pattern THAT_AFTER = Pattern.compile("\\s*,?\\s*that\\b");
    private static final Pattern SAID_BEFORE = Pattern.compile("(?i)\\b(said|says|wrote|told|announced|predicted|argued"
            + "|warned|claimed|reported|stated|posted|insisted|suggested)\\b(?:(?!\\b(?:that|will|would)\\b)[^.;:]){0,80}$");

    private static final Set<String> DEADLINE = Set.of("by", "until", "till", "through",
            "no later than", "before");

    private CalendarPeriods() {
    }

    /** The first period the claim forecasts for, or null; dates are null when the period needs the document's. */
    static Found first(String claim, int from, LocalDate documentDate) {
        if (!PERIOD.mayFind(claim)) {
            return null; // most claims name no period: the words every period holds answer before the expression
        }
        Matcher m = PERIOD.matcher(claim).region(from, claim.length()).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            String preposition = m.group("preposition") == null ? "" : m.group("preposition").toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ");
            if (preposition.equals("since") || SAYING.matcher(claim.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // "since 2024", "wrote this month that …", "told us in October that …" date a fact or the saying
            }
            if (THAT_AFTER.matcher(claim).region(m.end(), claim.length()).lookingAt()
                    && SAID_BEFORE.matcher(claim.substring(0, m.start())).find()) {
                continue; // "told the trade weekly Kedr in March that …": however far from the verb, it dates the telling
            }
            LocalDate[] period = period(m, documentDate);
            if (period == null) {
                continue;
            }
            if (period.length == 0) {
                return new Found(m.start(), new Horizon(m.group().strip(), null, null));
            }
            String edge = edge(m);
            if (m.group("relative") != null && m.group("relative").equalsIgnoreCase("this")
                    && !m.group("unit").equalsIgnoreCase("year") && edge == null && !DEADLINE.contains(preposition)) {
                continue; // "the orders we took this quarter": a month or quarter under way is mostly told as news
            }
            LocalDate[] narrowed = edge == null ? period : narrow(period, edge, documentDate);
            if (documentDate != null && narrowed[1].isBefore(documentDate)) {
                continue; // "a model that cost $100 million in 2023": the past dates a fact
            }
            Horizon h = horizon(m.group().strip(), preposition, edge, narrowed, period, documentDate);
            Matcher bound = BOUND_AFTER.matcher(claim.substring(m.end()));
            if (bound.lookingAt()) {
                // "2028 at the earliest": the period opens the horizon; "2027 at the latest": it closes it
                h = bound.group(1).equalsIgnoreCase("earliest") ? new Horizon(h.text() + bound.group(), narrowed[0], null)
                        : new Horizon(h.text() + bound.group(), documentDate, narrowed[1]);
            } else if (DENIABLE.contains(preposition)
                    && DENIED.matcher(clauseBefore(claim, m.start())).find()) {
                // "not before 2030", "will not match them until 2028": denied before then, it comes then or later
                h = new Horizon(h.text(), narrowed[0], null);
            }
            return new Found(m.start(), h);
        }
        return null;
    }

    /** "not before", "won't … until": deadlines a denial turns into a start ("not by 2030" may deny the state instead). */
    private static final Set<String> DENIABLE = Set.of("before", "until", "till");
    private static final Pattern BOUND_AFTER = Pattern.compile("(?i),?\\s+at the (earliest|latest)\\b");
    /** A denial in the clause before a deadline: "not", "n't", "never", "no sooner". */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:not|never)\\b|n['’]t\\b");

    /** The words of the clause the period is written in, up to it. */
    private static String clauseBefore(String claim, int at) {
        String before = claim.substring(0, at);
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf('.'), before.lastIndexOf(':')));
        String clause = before.substring(cut + 1);
        // "if we don't act before 2030" or "unless …": a condition denied is no forecast of when
        return clause.matches("(?is).*\\b(?:if|unless)\\b.*") ? "" : clause;
    }

    record Found(int at, Horizon horizon) {
    }

    private static Horizon horizon(String text, String preposition, String edge, LocalDate[] narrowed, LocalDate[] period,
                                   LocalDate documentDate) {
        switch (preposition) {
            case "by", "until", "till", "through", "no later than" -> {
                return new Horizon(text, documentDate, narrowed[1]);
            }
            case "before" -> {
                // "before the end of 2026" is due by then; "before 2030" is due by the end of 2029
                return "end".equals(edge) || "late".equals(edge) ? new Horizon(text, documentDate, period[1])
                        : new Horizon(text, documentDate, narrowed[0].minusDays(1));
            }
            case "from", "starting", "starting in", "starting from", "beginning in" -> {
                return new Horizon(text, narrowed[0], null);
            }
            case "after" -> {
                return new Horizon(text, narrowed[1].plusDays(1), null);
            }
            default -> {
                return new Horizon(text, narrowed[0], narrowed[1]);
            }
        }
    }

    /** First and last day of the period, an empty array when it needs the document's date and has none, null if none. */
    private static LocalDate[] period(Matcher m, LocalDate documentDate) {
        if (m.group("year") != null) {
            int first = Integer.parseInt(m.group("year"));
            String second = m.group("lastYear") != null ? m.group("lastYear") : m.group("lastYear2");
            int last = second == null ? first : fullYear(second, first);
            if (last < first) {
                return null; // "2026-2" is not a pair of years
            }
            return new LocalDate[] {LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)};
        }
        if (m.group("fiscal") != null) {
            int first = fullYear(m.group("fiscal"), 2000);
            int last = m.group("fiscalLast") == null ? first : fullYear(m.group("fiscalLast"), first);
            return last < first ? null : new LocalDate[] {LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)};
        }
        if (m.group("decade") != null) {
            return years(Integer.parseInt(m.group("decade")), 10);
        }
        if (m.group("relative") != null) {
            if (documentDate == null) {
                return new LocalDate[0];
            }
            int shift = m.group("relative").equalsIgnoreCase("next") ? 1 : 0;
            return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
                case "year" -> years(documentDate.getYear() + shift, 1);
                case "decade" -> years(documentDate.getYear() / 10 * 10 + 10 * shift, 10);
                case "quarter" -> months(documentDate.withDayOfMonth(1)
                        .withMonth((documentDate.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * shift), 3);
                default -> months(documentDate.withDayOfMonth(1).plusMonths(shift), 1);
            };
        }
        if (m.group("the") != null) {
            if (documentDate == null) {
                return new LocalDate[0];
            }
            return m.group("the").equalsIgnoreCase("decade") ? years(documentDate.getYear() / 10 * 10, 10)
                    : years(documentDate.getYear(), 1);
        }
        int firstMonth;
        int length;
        String year;
        if (m.group("quarter") != null) {
            firstMonth = (quarter(m.group("quarter")) - 1) * 3 + 1;
            length = 3;
            year = yearOf(m, "q");
        } else if (m.group("half") != null) {
            String h = m.group("half").toLowerCase(Locale.ROOT);
            firstMonth = h.equals("h1") || h.startsWith("first") ? 1 : 7;
            length = 6;
            year = yearOf(m, "h");
            if (year == null && !h.startsWith("h")) {
                return null; // "the second half of the talk" is no time
            }
        } else if (m.group("season") != null || m.group("seasonOfYear") != null) {
            String s = (m.group("season") != null ? m.group("season") : m.group("seasonOfYear")).toLowerCase(Locale.ROOT);
            firstMonth = switch (s) {
                case "spring" -> 3;
                case "summer" -> 6;
                case "winter" -> 12;
                default -> 9;
            };
            length = 3;
            year = m.group("season") == null ? m.group("seasonYear")
                    : yearOf(m, "s") != null ? yearOf(m, "s") : m.group("seasonWhich");
        } else {
            String month = m.group("month") != null ? m.group("month") : m.group("monthOfYear");
            firstMonth = Month.valueOf(month.toUpperCase(Locale.ROOT)).getValue();
            length = 1;
            year = m.group("month") != null ? m.group("monthYear") : m.group("monthOfYearYear");
        }
        if (year != null && year.matches("\\d{4}")) {
            return months(LocalDate.of(Integer.parseInt(year), firstMonth, 1), length);
        }
        if (documentDate == null) {
            return new LocalDate[0];
        }
        int y = documentDate.getYear() + ("next".equalsIgnoreCase(year) ? 1 : 0);
        LocalDate[] p = months(LocalDate.of(y, firstMonth, 1), length);
        if (year == null && p[1].isBefore(documentDate)) {
            p = months(LocalDate.of(y + 1, firstMonth, 1), length); // "in the third quarter": the next one
        }
        return p;
    }

    /** The period's part an edge names: the first, middle or last third; "by the end of" keeps the period's end. */
    private static LocalDate[] narrow(LocalDate[] period, String edge, LocalDate documentDate) {
        long days = period[1].toEpochDay() - period[0].toEpochDay() + 1;
        long third = days / 3;
        return switch (edge) {
            // "for the rest of the decade": from now to its end
            case "rest" -> new LocalDate[] {documentDate != null && documentDate.isAfter(period[0]) ? documentDate
                    : period[0], period[1]};
            case "start", "beginning", "early" -> new LocalDate[] {period[0], period[0].plusDays(third - 1)};
            case "middle", "mid" -> new LocalDate[] {period[0].plusDays(third), period[1].minusDays(third)};
            default -> new LocalDate[] {period[1].minusDays(third - 1), period[1]};
        };
    }

    private static String edge(Matcher m) {
        for (String g : new String[] {"edgeOf", "mid", "early"}) {
            if (m.group(g) != null) {
                return m.group(g).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The year written after a quarter, half or season: digits, "this", "next" or "the", or null. */
    private static String yearOf(Matcher m, String prefix) {
        return m.group(prefix + "Year") != null ? m.group(prefix + "Year") : m.group(prefix + "Which");
    }

    private static int quarter(String written) {
        String q = written.toLowerCase(Locale.ROOT);
        if (q.startsWith("q")) {
            return q.charAt(1) - '0';
        }
        return q.startsWith("first") ? 1 : q.startsWith("second") ? 2 : q.startsWith("third") ? 3 : 4;
    }

    private static LocalDate[] years(int first, int count) {
        return new LocalDate[] {LocalDate.of(first, 1, 1), LocalDate.of(first + count - 1, 12, 31)};
    }

    private static LocalDate[] months(LocalDate first, int count) {
        return new LocalDate[] {first, first.plusMonths(count).minusDays(1)};
    }

    private static int fullYear(String written, int first) {
        int y = Integer.parseInt(written);
        return written.length() == 2 ? first / 100 * 100 + y : y;
    }
}
