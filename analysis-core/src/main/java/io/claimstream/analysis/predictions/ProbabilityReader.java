package io.claimstream.analysis.predictions;

import io.claimstream.analysis.quantities.WrittenCounts;
import io.claimstream.analysis.text.Anywhere;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The probability a prediction states: a percentage put on it, in figures or words ({@code a 70%
 * chance}, {@code I'd put that at about seventy percent}, {@code I think below 20%}), odds
 * ({@code maybe one in five}, {@code about even odds}) or words ({@code almost certainly} 0.9,
 * {@code definitely} 0.95, {@code quite confident} 0.8, {@code likely} 0.7, {@code might} 0.4,
 * {@code unlikely} 0.25). A percentage of something ({@code a price cut of 90%}, {@code 30% of the
 * code}) is a quantity, not a probability. Null when the claim states none.
 */
public final class ProbabilityReader {

    private static final Map<String, Integer> TENS = Map.of("ten", 10, "twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final String WORDS = "(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|fifteen|five|a hundred|one hundred";
    private static final Pattern PERCENT = Pattern.compile("(?i)(?<qualifier>\\b(?:below|under|less than|more than|"
            + "over|above|at least|at most|no more than|not more than|no less than|north of|south of|upwards of"
            + "|about|around|roughly|maybe|perhaps|(?:somewhere )?between)\\s+)?(?:an?\\s+)?"
            // "10 to 20%", "between 20 and 30 percent", "a 10-20% chance": a range, read as its middle
            // (a dash joins figures, not words: "thirty-five" is one figure)
            + "(?:(?<low>(?<![\\d.])\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b)?\\s*(?:to|-|–|and|or)\\s*"
            + "|(?<lowWord>\\b(?:" + WORDS + "))\\s*(?:percent\\b|per cent\\b)?\\s+(?:to|and|or)\\s+)?"
            + "(?<value>\\d{1,3}(?:\\.\\d+)?|\\b(?:" + WORDS + "))\\s*(?:%|percent\\b|per cent\\b)");
    /** "a 30% chance", "80 percent sure": the percentage is said of the odds themselves. */
    private static final Pattern ATTACHED = Pattern.compile("(?i)^\\s*(?:chance|probability|likelihood|odds|shot|sure"
            + "|certain|confident)\\b");
    /** "30% of the code", "cheaper by 90%", "another 80%": a share or a change, which is a quantity. */
    private static final Pattern QUANTITY_AFTER = Pattern.compile("(?i)^\\s*(?:of\\b|cheaper|more\\b|less\\b|faster"
            + "|slower|higher|lower|smaller|larger|bigger|better|worse|gain|jump|cut|increase|decrease|reduction"
            + "|improvement|growth|drop|rise|fall|share|stake|margin|discount|off\\b|a year|per year|annually"
            + "|year[- ]on[- ]year)");
    private static final Pattern QUANTITY_BEFORE = Pattern.compile("(?i)\\b(?:by|another|from|of|to)\\s+"
            + "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|at least\\s+|over\\s+|more than\\s+)?$");
    private static final Pattern CONTEXT = Pattern.compile("(?i)\\b(chances?|probability|likelihood|odds|likely"
            + "|optimistic|predict|bet|percentage|confidence|confident|sure|certain)\\b");
    /** "put it at", "I'd say", "give it": a figure put on the forecast itself. */
    private static final Pattern JUDGED = Pattern.compile("(?i)(?:\\bput\\b[^.;]{0,60}\\bat"
            // "I would put it lower, maybe 15%": a figure put against another's
            + "|\\bput (?:it|that|this|them|mine) (?:a (?:bit|little|lot|touch) |much |slightly |even |way )?(?:lower|higher)(?: than [^,.;]{1,40})?,?"
            + "|\\b(?:i['’]d|i would|i['’]ll"
            + "|i will|we['’]d|we would|i) (?:say|guess)|\\bgive (?:it|that|this|them)|\\bput (?:it|that|this|them|mine))[\\s\"“'‘]*(?:(?:a|an|about|around|maybe"
            + "|perhaps|roughly|well|under|below|over|above|less than|more than|north of|upwards of|no more than|at most|at least)\\s+)*[\"“'‘]?$");
    private static final Pattern PUT_ON = Pattern.compile("(?i)\\bput\\s+(?:(?:only|just|about|around|roughly|maybe"
            + "|perhaps|something like|like|no more than|at most|at least)\\s+)*$");
    private static final Pattern ON_IT = Pattern.compile("(?i)^\\s*on\\s+(?:it|that|this|them|those|the\\s+(?:bet|outcome|forecast|prediction|scenario|idea))\\b");
    /** "I think below 20%.": a figure given as the whole answer. */
    private static final Pattern BARE_ANSWER = Pattern.compile("(?i)^[\\s\"“'‘-]*(?:(?:i think|i guess|i believe"
            + "|i['’]d say|i would say|honestly|maybe|probably|perhaps|well|so)[\\s,]+)*$");
    private static final Pattern ONE_IN = Pattern.compile("(?i)\\b(one|two|three|four|five|six|seven|eight|nine|a|\\d)[- ]in[- ](two|three|four|five"
            + "|six|seven|eight|nine|ten|twenty|a hundred|\\d+)\\b");
    private static final Pattern EVEN = Pattern.compile("(?i)\\b(even odds|even chance|evens|fifty[- ]fifty|50[-/]50"
            // "Better than even that it stays independent": even, its noun left out, after a comparison
            + "|coin (?:flip|toss)|(?<=\\b(?:better|more|worse|less) than )even)\\b");
    /** "maybe seven" hedges a figure, "could never" denies: neither is the chance of the forecast. */
    private static final Pattern NOT_A_CHANCE = Pattern.compile("(?i)\\b(?:maybe|perhaps|possibly)\\s+"
            // "Maybe around 2028, …" hedges when, not how many: the year leaves the "maybe" on the forecast
            + "(?!(?:about\\s+|around\\s+|in\\s+|by\\s+)?(?:19|20)\\d\\d\\b)(?=(?:about\\s+"
            + "|around\\s+)?(?:\\d|one\\b|two\\b|three\\b|four\\b|five\\b|six\\b|seven\\b|eight\\b|nine\\b|ten\\b"
            + "|a few\\b|half\\b))|\\bcould(?:\\s+never|\\s+not|n['’]t|\\s+hardly)\\b");
    /** "in May", "May 2027": the month, which no modal is. */
    private static final Pattern MONTH_MAY = Pattern.compile("\\bMay(?=,? \\d)|(?<=\\b(?:in|by|from|until|since|early"
            + "|late|mid-|of|on|In|By|From|Until) )May\\b");

    public Double read(String claim) {
        Double stated = statedPercentage(claim);
        if (stated != null) {
            return stated;
        }
        String lower = NOT_A_CHANCE.matcher(MONTH_MAY.matcher(claim).replaceAll("month")).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        Matcher oneIn = ONE_IN.matcher(claim);
        if (oneIn.find() && (CONTEXT.matcher(claim.substring(0, oneIn.start())).find()
                || JUDGED.matcher(CLOSING_MAYBE.matcher(claim.substring(0, oneIn.start())).replaceAll("")).find()
                || ATTACHED.matcher(claim.substring(oneIn.end())).find()
                // "Nine in ten that it ships": odds on the clause after "that"
                || ON_A_CLAUSE.matcher(claim.substring(oneIn.end())).lookingAt()
                // "Then I will give a number. About one in three.": odds that are the whole sentence, as an answer
                || BARE_ANSWER.matcher(SENTENCE_BEFORE.matcher(APPROXIMATELY.matcher(claim.substring(0, oneIn.start()))
                        .replaceFirst("")).replaceFirst("")).matches() && SENTENCE_ENDS.matcher(claim.substring(oneIn.end())).lookingAt())) {
            double odds = (double) WrittenCounts.count(oneIn.group(1)) / WrittenCounts.count(oneIn.group(2));
            Matcher upper = ONE_IN.matcher(claim).region(oneIn.end(), claim.length());
            if (RANGE_TO.matcher(claim).region(oneIn.end(), claim.length()).lookingAt() && upper.find()
                    && RANGE_TO.matcher(claim.substring(oneIn.end(), upper.start())).matches()) {
                // "between one in five and one in three": the middle of the range
                odds = (odds + (double) WrittenCounts.count(upper.group(1)) / WrittenCounts.count(upper.group(2))) / 2;
            }
            return Math.round(100.0 * odds) / 100.0;
        }
        Matcher even = EVEN.matcher(lower);
        if (even.find()) {
            // "better than even odds" leans one way without saying how far
            String before = lower.substring(0, even.start());
            return BETTER_THAN.matcher(before).matches() ? 0.6
                    : WORSE_THAN.matcher(before).matches() ? 0.4 : 0.5;
        }
        if (ALMOST_CERTAIN.in(lower)) {
            return 0.9;
        }
        if (VERY_LIKELY.in(lower)) {
            return 0.85;
        }
        if (VERY_UNLIKELY.in(lower)) {
            return 0.1;
        }
        if (CERTAIN.in(lower)) {
            return 0.95;
        }
        if (UNLIKELY.in(lower)) {
            return 0.25;
        }
        if (CONFIDENT.in(lower) && !NOT_CONFIDENT.in(lower)) {
            return 0.8;
        }
        if (LIKELY.in(lower)) {
            return 0.7;
        }
        if (POSSIBLE.in(lower)) {
            return 0.4;
        }
        return null;
    }

    /** A question that asks how likely something is: "What are the odds …?", "The chance that …", "How likely is …?". */
    private static final Pattern ODDS_ASKED = Pattern.compile("(?i)\\b(" + OddsWords.NOUN_ALTERNATION
            + "|how likely)\\b");
    /**
     * An answer that opens on a figure, after a comparison or a hedge at most: "Five percent.", "Lower. Two.",
     * "Ten, because …", "I'll say three.", "Seventy percent.". Group {@code value} is the figure, {@code percent} its
     * sign or word if written, {@code after} what follows it (a full stop or a comma, or nothing at the end).
     */
    private static final Pattern FIGURE_OPENING = Pattern.compile("(?i)^((lower|higher|less|more|same|similar|maybe|honestly"
            + "|perhaps|probably|about|around|roughly|say|so|call it|i['’]d say|i['’]ll say|i say|i['’]ll go|i['’]d go)[.,!]? "
            // "Higher than Kevin. Forty-five.": the figure placed against somebody's given before it
            + "|(a (little|bit) )?(lower|higher) than [^.,;:?!\\d]{1,30}[.,!] )*"
            + "(?<value>(\\d{1,3}(\\.\\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)(-[\\p{L}]+)?)(?<percent> ?%| percent| per ?cent)?"
            + "(?<after>[.,!;]|$)");
    /** "What share of the code will agents write?": a figure in answer is a quantity, not odds. */
    private static final Pattern QUANTITY_ASKED = Pattern.compile("(?i)\\b(what|which) (share|percentage|fraction"
            + "|proportion|portion|part)\\b|\\bhow (much|many|big|large|fast|high)\\b");
    /** An answer that is a percentage and nothing else: "Seventy percent.", "Maybe 40%." */
    private static final Pattern ONLY_A_PERCENTAGE = Pattern.compile("(?i)^[\\s\"“'‘-]*(?:(?:maybe|about|around|roughly"
            + "|probably|i['’]d say|i would say|i think|honestly|oh|well|so),?\\s+)*(?:\\d{1,3}(?:\\.\\d+)?\\s*%"
            + "|(?:\\d{1,3}(?:\\.\\d+)?|" + WORDS + ")\\s*(?:percent|per cent))[\\s.!\"”'’]*$");

    public static boolean asksForOdds(String question) {
        return question != null && !question.isBlank() && ODDS_ASKED.matcher(question).find();
    }

    /**
     * The percentage an answer gives that is nothing but a percentage ("Seventy percent."), where its question asks
     * for no quantity: a forecast answered with a bare figure puts odds on what was asked. Null otherwise.
     */
    public static Double bareOdds(String answer, String question) {
        Matcher m = ONLY_A_PERCENTAGE.matcher(answer);
        if (!m.matches() || question != null && QUANTITY_ASKED.matcher(question).find()) {
            return null;
        }
        Matcher figure = PERCENT.matcher(answer);
        return figure.find() ? stated(figure) : null;
    }

    /**
     * The figure a turn's opening gives ("Lower. Two.", "Seventy percent.", "Ten, because …"), matched from its
     * start (see {@link #FIGURE_OPENING} for its groups), or null when the opening is no figure.
     */
    public static Matcher figureOpening(String opening) {
        Matcher m = FIGURE_OPENING.matcher(opening);
        return m.lookingAt() ? m : null;
    }

    /**
     * "On hardware cost, clearly yes.", "For robot hands, fifty percent.": an answer given for one respect of the
     * question, led by the respect and a comma.
     */
    private static final Pattern ANSWER_RESPECT = Pattern.compile("(?i)(on|for|in|as for|when it comes to) [^,;.]{3,40}, ");

    /** What an answer gives for the respect it opens on ("fifty percent." of "For hotels, fifty percent."), or null. */
    public static String afterRespect(String answer) {
        Matcher m = ANSWER_RESPECT.matcher(answer);
        return m.lookingAt() ? answer.substring(m.end()) : null;
    }

    /**
     * The percentage an answer to a question of odds gives as its opening figure, or for the respect it opens on
     * ("For hotels, sixty percent, maybe more."), or null.
     */
    public static Double figureAnswered(String answer) {
        String respected = afterRespect(answer.strip());
        String given = respected != null ? respected : answer.strip();
        Matcher lead = LEAD_IN.matcher(given);
        if (figureOpening(given) == null && lead.lookingAt()) {
            given = given.substring(lead.end()); // "And me, since nobody asked: 20%.": the figure after the lead-in
        }
        Matcher oneIn = ODDS_OPENING.matcher(given);
        if (oneIn.lookingAt()) {
            // "Honestly, about one in four.": odds given as a share of tries
            return Math.round(100.0 * WrittenCounts.count(oneIn.group("n")) / WrittenCounts.count(oneIn.group("of"))) / 100.0;
        }
        Matcher m = figureOpening(given);
        if (m == null) {
            return null;
        }
        String value = m.group("value").toLowerCase(Locale.ROOT);
        int hyphen = value.indexOf('-');
        if (hyphen > 0 && !UNITS.containsKey(value.substring(hyphen + 1))) {
            value = value.substring(0, hyphen); // "twenty-ish": the figure it rounds to
        }
        if (value.equals("zero")) {
            return 0.0;
        }
        if (Character.isDigit(value.charAt(0)) || value.endsWith("hundred") || value.equals("fifteen")
                || TENS.containsKey(value.split("[- ]")[0])) {
            return percent(value);
        }
        return UNITS.containsKey(value) ? UNITS.get(value) / 100.0 : null;
    }

    /**
     * "I'd guess twenty", "there I would say ten", "My own number is thirty-five": a figure the speaker says, guesses or
     * calls their number, standing alone (not "I'd say ten engineers"), with group {@code value}.
     */
    private static final Pattern JUDGED_FIGURE = Pattern.compile("(?i)(?:\\b(?:i['’]d|i would|i['’]ll|i will|i)\\s+"
            + "(?:say|guess|go with|go for)|\\bmy (?:own )?(?:number|guess|estimate|answer|figure) (?:is|would be))"
            + "\\s+(?:(?:about|around|roughly|maybe|perhaps|only|just)\\s+)*(?<value>\\d{1,3}|" + WORDS + ")"
            + "(?:\\s*(?:%|percent\\b|per cent\\b))?(?=\\s*(?:[.,;!)]|$|and\\b|but\\b))");

    /** The figure a speaker says or guesses as a number of their own ({@link #JUDGED_FIGURE}), in percent, or null. */
    public static Double judgedFigure(String answer) {
        Matcher m = JUDGED_FIGURE.matcher(answer);
        return m.find() ? percent(m.group("value")) : null;
    }

    /** "And me, since nobody asked: ", "My number: ": a few words before a colon that lead in to the figure. */
    private static final Pattern LEAD_IN = Pattern.compile("[^.;:?!]{1,30}: ");
    /** "One in four.", "Honestly, about one in five, maybe less.": an answer that opens on odds of one in so many. */
    private static final Pattern ODDS_OPENING = Pattern.compile("(?i)((honestly|frankly|maybe|perhaps|probably|about"
            + "|around|roughly|say|so|call it|i['’]d say|i would say|i['’]ll say|i say),? )*(?<n>one|two|three|four|five|six|seven|eight|nine|a|\\d{1,2})[- ]in[- ]"
            + "(?<of>two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|\\d+)(?=[.,!;]|$)");
    private static final Pattern ON_A_CLAUSE = Pattern.compile("\\s*,?\\s*that\\b");
    private static final Pattern CLOSING_MAYBE = Pattern.compile("(?i)\\bmaybe\\s*$");
    private static final Pattern BETTER_THAN = Pattern.compile("(?s).*\\b(better|more) than\\s*$");
    private static final Pattern WORSE_THAN = Pattern.compile("(?s).*\\b(worse|less) than\\s*$");
    private static final Anywhere ALMOST_CERTAIN = Anywhere.compile("(?s).*\\b(almost|nearly|near|all but|virtually) certain(ly)?\\b.*");
    private static final Anywhere VERY_LIKELY = Anywhere.compile("(?s).*\\b(very|extremely) (high|likely)\\b.*|.*\\bhighly likely\\b.*");
    private static final Anywhere VERY_UNLIKELY = Anywhere.compile("(?s).*\\b(very|extremely) (low|unlikely)\\b.*|.*\\bhighly unlikely\\b.*"
            + "|.*\\ba long shot\\b.*");
    private static final Anywhere CERTAIN = Anywhere.compile("(?s).*\\b(definitely|certainly|surely|for sure|no doubt|inevitabl[ey]|guaranteed)\\b.*");
    private static final Anywhere UNLIKELY = Anywhere.compile("(?s).*\\b(unlikely|low (" + OddsWords.NOUN_ALTERNATION + ")|("
            + OddsWords.NOUN_ALTERNATION + ")\\b[^.;]{0,120}? (is|are) (quite |rather |pretty |fairly )?low|(isn['’]t|is not) that high)\\b.*");
    private static final Anywhere CONFIDENT = Anywhere.compile("(?s).*(?<!\\bnot )(?<!n['’]t )\\b(quite |very |pretty |fairly |highly |extremely )?"
            + "confident\\b.*");
    private static final Anywhere NOT_CONFIDENT = Anywhere.compile("(?s).*\\b(not|n['’]t) (\\w+ )?confident\\b.*");
    private static final Anywhere LIKELY = Anywhere.compile("(?s).*\\b((quite |rather |pretty |fairly )?high (" + OddsWords.NOUN_ALTERNATION
            + ")|(" + OddsWords.NOUN_ALTERNATION + ")\\b[^.;]{0,120}? (is|are) (quite |rather |pretty |fairly )?high|likely|probably"
            // "odds-on to ship first": the favourite
            + "|odds-on)\\b.*");
    private static final Anywhere POSSIBLE = Anywhere.compile("(?s).*\\b(might|may|maybe|could|possibl[ey]|perhaps)\\b.*");

    /** The first percentage the claim puts on itself, or null. */
    private static Double statedPercentage(String claim) {
        Matcher m = PERCENT.matcher(claim);
        while (m.find()) {
            String before = claim.substring(0, m.start());
            String after = claim.substring(m.end());
            if (ATTACHED.matcher(after).find() || PUT_ON.matcher(before).find() && ON_IT.matcher(after).find()) {
                // "a 30% chance"; "I'd only put about 30% on that": the figure is put on the forecast
                return stated(m);
            }
            if (QUANTITY_AFTER.matcher(after).find() || QUANTITY_BEFORE.matcher(before).find()) {
                continue;
            }
            boolean qualified = m.group("qualifier") != null;
            // "On training, by the end of 2028? At most 15%.": the answer is the sentence the figure opens
            // "Dean Qiu, at least 25%", "Ms. Guo, \"in banks, no more than 5%\"": whose figure, and for what, before it
            String sentenceBefore = LEAD_TO_A_FIGURE.matcher(SENTENCE_BEFORE.matcher(before).replaceFirst("")).replaceFirst("");
            if (CONTEXT.matcher(claim).find() || JUDGED.matcher(before).find()
                    || (qualified || m.group("low") != null || m.group("lowWord") != null) && BARE_ANSWER.matcher(sentenceBefore).matches()) {
                return stated(m);
            }
        }
        return null;
    }

    /** "about", "around", "roughly" closing the words before a figure. */
    private static final Pattern APPROXIMATELY = Pattern.compile("(?i)\\b(?:about|around|roughly|maybe|perhaps)\\s+$");
    /** What may follow a figure that is the whole sentence: its end, or a comma before a hedge. */
    private static final Pattern SENTENCE_ENDS = Pattern.compile("\\s*(?:[.!;,]|$)");
    /** "and", "to", "or", a dash between the two ends of a range. */
    private static final Pattern RANGE_TO = Pattern.compile("(?i)\\s*(?:and|to|or|-|–)\\s*");

    /**
     * Everything up to the last full stop, question or exclamation mark before the figure, or the last bar of a table
     * row ("| Before end of 2027 | About 20% |": the figure fills a cell of its own).
     */
    private static final Pattern SENTENCE_BEFORE = Pattern.compile("(?s)^.*(?:(?<!\\b(?:Mr|Ms|Mrs|Dr|Prof))[.?!;][\"”'’)]?\\s+|\\|\\s*)");
    /** "Dean Qiu, ", "Ms. Guo, \"in banks, ": the person a figure in a list of answers is given by, and its respect. */
    private static final Pattern LEAD_TO_A_FIGURE = Pattern.compile("^(?:(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+\\p{Lu}[\\p{L}'’-]*|\\p{Lu}[\\p{L}'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,2}),\\s+)?(?:[\"“'‘]?(?i:in|on|for|as for) [^,;.]{3,40},\\s+)?[\"“'‘]?");

    /** The figure a percentage match states: its value, or the middle of its range ("10 to 20%" is 0.15). */
    private static double stated(Matcher m) {
        double high = percent(m.group("value"));
        String low = m.group("low") != null ? m.group("low") : m.group("lowWord");
        return low == null ? high : Math.round(100.0 * (percent(low) + high) / 2) / 100.0;
    }

    private static double percent(String written) {
        String w = written.toLowerCase(Locale.ROOT).strip();
        double value;
        if (Character.isDigit(w.charAt(0))) {
            value = Double.parseDouble(w);
        } else if (w.endsWith("hundred")) {
            value = 100;
        } else if (w.equals("five")) {
            value = 5;
        } else if (w.equals("fifteen")) {
            value = 15;
        } else {
            String[] parts = w.split("[- ]");
            value = TENS.get(parts[0]) + (parts.length > 1 ? UNITS.get(parts[1]) : 0);
        }
        return Math.min(1.0, value / 100.0);
    }
}
