package io.claimstream.analysis.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Quantity;
import io.claimstream.contracts.Span;

/**
 * Finds quantities with their units in a claim: money ({@code $200 per month}), percentages and
 * multiples ({@code 20%}, {@code 10-20x}), scaled counts ({@code 50 million lines},
 * {@code 40T to 80T unique tokens}), orders of magnitude, figures said in words ({@code eleven points},
 * {@code ten to twenty times}) and what a large figure counts ({@code 21,000 enterprise customers}). A range keeps
 * its text; its value is the lower bound.
 */
public final class QuantityFinder {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String SCALE = "(?:thousand|million|billion|trillion|k|K|M|B|T|bn)";
    private static final String UNIT_WORDS = "(?:unique\\s+)?(?:tokens?|lines?(?:\\s+of\\s+code)?|cards?|GPUs?|chips?|"
            + "hours?|days?|weeks?|months?|years?|people|users?|parameters?|points?|tasks?|dollars?|yuan|RMB|"
            + "employees?|engineers?|researchers?|companies|models?|minutes?|seconds?|orders? of magnitude|"
            + "percentage points?|businesses|customers?|clients?|enterprises|developers?|downloads?|subscribers?|"
            + "seats?|queries|requests|servers?|data cent(?:er|re)s?|cities|countries|languages|papers|agents?|"
            + "robots?|vehicles?|cars?|units?|steps?|pages?|words?|files?|repos?|repositories|accelerators?|"
            + "experiments?|cases|calls|gigawatts?|megawatts?|GW|MW|(?:kilo|centi|milli)?met(?:re|er)s?|kilometres?)";
    /** The units a number written in words counts: not spans of time, which the horizon reader takes. */
    /** The units a number written in words counts: not spans of time, which the horizon reader takes. */
    private static final String WORDED_UNITS = "(?:percent|per cent|times(?!\\s+out\\s+of)|x|(?!(?:hours?|days?|weeks?"
            + "|months?|years?|minutes?|seconds?)\\b)" + UNIT_WORDS + ")";
    /** "forty-five", "eleven", "a hundred", "two thousand": a number written in words (not "one", "a": any noun's). */
    private static final String WORDED = "(?:(?:a|one)\\s+(?:hundred|thousand|million|billion|trillion)"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight"
            + "|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five"
            + "|six|seven|eight|nine)(?:\\s+(?:hundred|thousand|million|billion|trillion))?";
    /** "per million tokens", "per client", "a month": what a price is for. */
    private static final String PER = "(?:\\s*(?:per|/)\\s*(?<%s>(?:million|thousand|\\d{1,3}(?:,\\d{3})*|1[MK])\\s+[a-z]+"
            + "|[a-z]+(?:[- ]hours?)?)|\\s+an?\\s+(?<%s>month|year|week|day|hour|seat|user|head))?";
    /** A currency named after its amount: "5 million euros", "1.2 trillion won" (won only with a scale). */
    private static final String CURRENCY_WORDS = "(?<cur>euros?|yuan|renminbi|RMB|yen|pounds(?: sterling)?|dollars?|rupees?"
            + "|EUR|USD|CNY|GBP|JPY|KRW|(?<=" + "(?:thousand|million|billion|trillion)\\s)won)";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<money>[$€£¥]\\s?(?<mv>" + NUMBER + ")\\s?(?<ms>" + SCALE + ")?\\b" + PER.formatted("per", "perA") + ")"
                    + "|(?<named>(?<cv>" + NUMBER + ")(?:\\s|-(?=" + SCALE + "\\b))?(?<cs>" + SCALE + ")?[\\s-]+" + CURRENCY_WORDS
                    + "\\b"
                    + PER.formatted("cper", "cperA") + ")"
                    + "|(?<range>(?<lo>" + NUMBER + ")\\s?(?<ls>" + SCALE + "|%|x)?\\s?(?:-|–|—|to)\\s?(?<hi>" + NUMBER
                    + ")\\s?(?<hs>" + SCALE + "\\b|%|x\\b|times\\b|percent\\b|per cent\\b)?(?:\\s*(?<ru>" + UNIT_WORDS + "))?)"
                    + "|(?<share>\\b(?<num>one|two|three|four|a)[- ]in[- ](?<den>two|three|four|five|six|seven|eight|nine|ten"
                    + "|twenty|a hundred|\\d{1,3})\\b(?!\\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\\b))"
                    // "eleven points", "ten to twenty times", "Forty-five percent": figures a speaker says in words
                    + "|(?<worded>\\b(?<wlo>" + WORDED + ")(?:\\s+(?:to|or)\\s+(?<whi>" + WORDED + "))?\\s+(?<wu>"
                    + WORDED_UNITS + ")\\b)"
                    // "32-billion-parameter": a scale and its unit may be joined to the number by hyphens
                    + "|(?<single>(?<v>" + NUMBER + ")(?:\\s|-(?=" + SCALE + "\\b))?(?<s>" + SCALE
                    + "\\b|%|x\\b|times\\b|percent\\b|per cent\\b)?"
                    + "(?:[\\s-]*(?<u>" + UNIT_WORDS + ")\\b(?![-‑]on[-‑]))?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(s)?");
    /** A unit word on its own, compiled once: counted nouns are checked against it for every figure in a text. */
    private static final Pattern UNIT_WORD = Pattern.compile(UNIT_WORDS, Pattern.CASE_INSENSITIVE);

    public List<Quantity> find(String text, Span within) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            Quantity q = gluedToAName(text, m.start()) ? null : build(text, m);
            if (q != null) {
                found.add(q);
            }
        }
        return sharingUnits(text, found);
    }

    /**
     * "Kunpeng-3 models", "GPT4", "Fortune 500 companies": a number joined to a word, or written after a capitalised
     * word inside the sentence, is part of a name, not a count.
     */
    private static boolean gluedToAName(String text, int start) {
        if (start == 0 || !Character.isDigit(text.charAt(start))) {
            return false;
        }
        char before = text.charAt(start - 1);
        return Character.isLetter(before)
                || (before == '-' || before == '‑') && start >= 2 && Character.isLetter(text.charAt(start - 2))
                || NAME_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
                && !SCALED.matcher(text.substring(start, Math.min(text.length(), start + 24))).find();
    }

    /** "Larch 34B", "SEK 540 million": a scaled figure after a name is its size or its amount. */
    private static final Pattern SCALED = Pattern.compile("^" + "(?:" + NUMBER + ")\\s?" + SCALE + "\\b");

    /** A capitalised word that does not open its sentence, right before the number. */
    private static final Pattern NAME_BEFORE = Pattern.compile("[\\p{L},;]\\s+\\p{Lu}\\p{Ll}+\\s$");

    /**
     * "8-billion and 32-billion-parameter models", "5 to 10 million users": the first figure of a pair shares the
     * unit written after the second.
     */
    private static List<Quantity> sharingUnits(String text, List<Quantity> found) {
        List<Quantity> shared = new ArrayList<>(found);
        for (int i = shared.size() - 2; i >= 0; i--) {
            Quantity first = shared.get(i);
            Quantity second = shared.get(i + 1);
            String between = text.substring(first.span().end(), second.span().start());
            if (between.matches("\\s*(?:and|or|to|,)\\s*") && SCALE_ONLY.matcher(String.valueOf(first.unit())).matches()
                    && second.unit() != null && !SCALE_ONLY.matcher(second.unit()).matches()) {
                shared.set(i, new Quantity(first.text(), first.value(), second.unit(), first.span()));
            }
        }
        return shared;
    }

    private static final Pattern SCALE_ONLY = Pattern.compile("(?i)null|thousand|million|billion|trillion|k|m|b|t|bn");

    private static Quantity build(String text, Matcher m) {
        String whole = m.group().strip();
        if (whole.isEmpty()) {
            return null;
        }
        Span span = new Span(m.start(), m.start() + m.group().stripTrailing().length());
        if (m.group("money") != null) {
            return new Quantity(whole, scaled(m.group("mv"), m.group("ms")), currency(String.valueOf(whole.charAt(0)))
                    + per(m.group("per"), m.group("perA")), span);
        }
        if (m.group("named") != null) {
            return new Quantity(whole, scaled(m.group("cv"), m.group("cs")), currency(m.group("cur"))
                    + per(m.group("cper"), m.group("cperA")), span);
        }
        if (m.group("share") != null) {
            // "one in five" is a share, given as the percentage it is
            double share = (double) WrittenCounts.count(m.group("num")) / WrittenCounts.count(m.group("den"));
            return new Quantity(whole, Math.round(1000.0 * share) / 10.0, "%", span);
        }
        if (m.group("worded") != null) {
            String u = m.group("wu").toLowerCase(Locale.ROOT);
            String unit = switch (u) {
                case "percent", "per cent" -> "%";
                case "times", "x" -> "x";
                default -> m.group("wu");
            };
            if (!u.endsWith("s") && !unit.equals("%") && !unit.equals("x") && !u.equals("people") && !u.equals("yuan")) {
                return null; // "two chip companies": a count of something the singular word describes
            }
            return new Quantity(whole, WordedNumbers.value(m.group("wlo")), unit, span);
        }
        if (m.group("range") != null) {
            String scale = m.group("hs") != null ? m.group("hs") : m.group("ls");
            if (scale == null && m.group("ru") == null && YEAR.matcher(m.group("lo")).matches()) {
                return null; // "in 2026-27": a pair of years, which the horizon reader takes
            }
            return new Quantity(whole, scaled(m.group("lo"), scale), unit(scale, m.group("ru")), span);
        }
        String value = m.group("v");
        String scale = m.group("s");
        String unitWords = m.group("u");
        if (unitWords == null && (scale == null || SCALE_ONLY.matcher(scale.strip()).matches())
                && !(scale == null && YEAR.matcher(value).matches())) {
            // "21,000 enterprise customers", "2.4 million cases": what a large or scaled figure counts, said after it
            String counted = countedNoun(text, m.end(), scale != null || isLarge(value));
            if (counted != null) {
                int end = m.end() + text.substring(m.end()).indexOf(counted) + counted.length();
                return new Quantity(text.substring(m.start(), end), scaled(value, scale), counted, new Span(m.start(), end));
            }
        }
        if (scale == null && unitWords == null) {
            return null; // a bare number: a year, an ordinal, a count without a unit
        }
        if (unitWords != null && !unitWords.endsWith("s") && !unitWords.endsWith("%")) {
            // "900 agent start-ups", "a 7-billion-parameter models": the unit word describes the noun after it
            int at = m.end() - m.group().length() + m.group().lastIndexOf(unitWords);
            String counted = countedNoun(text, at - 1, true);
            if (counted != null && counted.startsWith(unitWords + " ")) {
                int end = at + counted.length();
                return new Quantity(text.substring(m.start(), end), scaled(value, scale), unit(scale, counted),
                        new Span(m.start(), end));
            }
        }
        if (YEAR.matcher(value).matches() && scale == null) {
            return null;
        }
        return new Quantity(whole, scaled(value, scale), unit(scale, unitWords), span);
    }

    /**
     * "derivative models", "tool calls", "monthly users": up to two words describing a plural noun right after the figure;
     * null when none follows, or when the figure is a small bare number ("we had 3 ideas" counts nothing worth keeping).
     */
    private static String countedNoun(String text, int from, boolean sizeable) {
        Matcher noun = COUNTED.matcher(text.substring(from, Math.min(text.length(), from + 60)));
        boolean spaced = from > 0 && Character.isWhitespace(text.charAt(from - 1))
                || from < text.length() && Character.isWhitespace(text.charAt(from));
        if (!spaced || !noun.lookingAt()) {
            return null;
        }
        String words = noun.group(1).strip();
        String last = words.substring(words.lastIndexOf(' ') + 1);
        boolean listed = UNIT_WORD.matcher(last).matches();
        if (NOT_COUNTED.matcher(words).find() || !sizeable && !listed) {
            return null;
        }
        return words;
    }

    private static final Pattern COUNTED = Pattern.compile("\\s*((?:[a-z][a-z-]+\\s+){0,2}?[a-z][a-z-]{2,}s)\\b(?![-‑'’])");
    /** Words a plural noun phrase does not hold: "200 million a year ago", "3,000 were sold", "2,000 of its staff". */
    private static final Pattern NOT_COUNTED = Pattern.compile("(?i)\\b(?:the|a|an|of|and|or|to|in|on|at|for|from|by|with|that"
            + "|which|who|was|were|is|are|has|have|had|its|their|his|her|our|more|less|than|this|those|these|as|per|years?"
            + "|months?|weeks?|days?|hours?|ago|always|perhaps|sometimes|unless|across|plus|thus|does|says|needs)\\b");

    private static boolean isLarge(String number) {
        return number.contains(",") || Double.parseDouble(number) >= 100 && !YEAR.matcher(number).matches();
    }

    private static String currency(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.startsWith("€") || w.startsWith("euro") || w.equals("eur")) {
            return "EUR";
        }
        if (w.startsWith("£") || w.startsWith("pound") || w.equals("gbp")) {
            return "GBP";
        }
        if (w.startsWith("¥") || w.equals("yuan") || w.equals("renminbi") || w.equals("rmb") || w.equals("cny")) {
            return "CNY";
        }
        return switch (w) {
            case "yen", "jpy" -> "JPY";
            case "won", "krw" -> "KRW";
            case "rupee", "rupees" -> "INR";
            default -> "USD";
        };
    }

    private static String per(String per, String perA) {
        String p = per != null ? per : perA;
        return p == null ? "" : " per " + p.strip().replaceAll("\\s+", " ");
    }

    private static String unit(String scale, String words) {
        String s = scale == null ? "" : scale.strip().toLowerCase(Locale.ROOT);
        String symbol = switch (s) {
            case "%", "percent", "per cent" -> "%";
            case "x", "times" -> "x";
            default -> "";
        };
        String w = words == null ? "" : WHITE_SPACE_RUN.matcher(words.strip()).replaceAll(" ");
        return (symbol + (symbol.isEmpty() || w.isEmpty() ? "" : " ") + w).strip().isEmpty() ? scaleName(s)
                : (symbol + (symbol.isEmpty() || w.isEmpty() ? "" : " ") + w).strip();
    }

    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

    private static String scaleName(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Double scaled(String number, String scale) {
        double v = Double.parseDouble(number.replace(",", ""));
        if (scale == null) {
            return v;
        }
        return switch (scale.strip().toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> v * 1e3;
            case "million", "m" -> v * 1e6;
            case "billion", "b", "bn" -> v * 1e9;
            case "trillion", "t" -> v * 1e12;
            default -> v;
        };
    }
}
