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
 * {@code 40T to 80T unique tokens}) and orders of magnitude. A range keeps its text; its value is
 * the lower bound.
 */
public final class QuantityFinder {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String SCALE = "(?:thousand|million|billion|trillion|k|K|M|B|T|bn)";
    private static final String UNIT_WORDS = "(?:unique\\s+)?(?:tokens?|lines?(?:\\s+of\\s+code)?|cards?|GPUs?|chips?|"
            + "hours?|days?|weeks?|months?|years?|people|users?|parameters?|points?|tasks?|dollars?|yuan|RMB|"
            + "employees?|engineers?|researchers?|companies|models?|minutes?|seconds?|orders? of magnitude|"
            + "percentage points?|businesses|customers?|clients?|enterprises|developers?|downloads?|subscribers?|"
            + "seats?|queries|requests|servers?|data cent(?:er|re)s?|cities|countries|languages|papers|agents?|"
            + "robots?|vehicles?|cars?|units?|steps?|pages?|words?|files?|repos?|repositories)";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<money>[$€£¥]\\s?(?<mv>" + NUMBER + ")\\s?(?<ms>" + SCALE + ")?\\b(?:\\s*(?:per|a|/)\\s*(?<per>month|year|hour|"
                    + "user|token|day|seat|query|million tokens))?)"
                    + "|(?<range>(?<lo>" + NUMBER + ")\\s?(?<ls>" + SCALE + "|%|x)?\\s?(?:-|–|—|to)\\s?(?<hi>" + NUMBER
                    + ")\\s?(?<hs>" + SCALE + "\\b|%|x\\b|times\\b|percent\\b)?(?:\\s*(?<ru>" + UNIT_WORDS + "))?)"
                    + "|(?<single>(?<v>" + NUMBER + ")\\s?(?<s>" + SCALE + "\\b|%|x\\b|times\\b|percent\\b)?"
                    + "(?:[\\s-]*(?<u>" + UNIT_WORDS + ")\\b)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(s)?");

    public List<Quantity> find(String text, Span within) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            Quantity q = build(text, m);
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    private static Quantity build(String text, Matcher m) {
        String whole = m.group().strip();
        if (whole.isEmpty()) {
            return null;
        }
        Span span = new Span(m.start(), m.start() + m.group().stripTrailing().length());
        if (m.group("money") != null) {
            String unit = currency(whole.charAt(0)) + (m.group("per") != null ? " per " + m.group("per") : "");
            return new Quantity(whole, scaled(m.group("mv"), m.group("ms")), unit, span);
        }
        if (m.group("range") != null) {
            String scale = m.group("hs") != null ? m.group("hs") : m.group("ls");
            return new Quantity(whole, scaled(m.group("lo"), scale), unit(scale, m.group("ru")), span);
        }
        String value = m.group("v");
        String scale = m.group("s");
        String unitWords = m.group("u");
        if (scale == null && unitWords == null) {
            return null; // a bare number: a year, an ordinal, a count without a unit
        }
        if (YEAR.matcher(value).matches() && scale == null) {
            return null;
        }
        return new Quantity(whole, scaled(value, scale), unit(scale, unitWords), span);
    }

    private static String currency(char symbol) {
        return switch (symbol) {
            case '€' -> "EUR";
            case '£' -> "GBP";
            case '¥' -> "CNY";
            default -> "USD";
        };
    }

    private static String unit(String scale, String words) {
        String s = scale == null ? "" : scale.strip().toLowerCase(Locale.ROOT);
        String symbol = switch (s) {
            case "%", "percent" -> "%";
            case "x", "times" -> "x";
            default -> "";
        };
        String w = words == null ? "" : words.strip().replaceAll("\\s+", " ");
        return (symbol + (symbol.isEmpty() || w.isEmpty() ? "" : " ") + w).strip().isEmpty() ? scaleName(s)
                : (symbol + (symbol.isEmpty() || w.isEmpty() ? "" : " ") + w).strip();
    }

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
