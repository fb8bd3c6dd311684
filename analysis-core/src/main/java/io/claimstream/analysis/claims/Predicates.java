package io.claimstream.analysis.claims;

import java.util.List;

import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;

/**
 * Whether a line asserts something rather than naming things: a verb in a sentence or list item,
 * a finite or evaluated predicate in a table cell ({@code Optimizations can compensate},
 * {@code Severely limited}). Rows of names and noun phrases ({@code MoE + Open Source}) are
 * descriptions, not claims.
 */
final class Predicates {

    private Predicates() {
    }

    static boolean assertive(String text, Sentence s) {
        List<Token> t = s.tokens();
        if (s.block().kind() != BlockKind.TABLE_ROW) {
            return t.stream().anyMatch(Token::isVerbal) || s.block().kind() == BlockKind.BULLET && labelledVerdict(t);
        }
        if (adviceColumns(s.block().columns()) || judgedColumns(s.block().columns()) || forecastColumns(s.block().columns())
                || periodColumns(s.block().columns()) || heldColumns(s.block().columns())) {
            return true;
        }
        int cell = 0;
        boolean cellStart = true;
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            if (token.text().equals("|")) {
                cell++;
                cellStart = true;
                continue;
            }
            if (cell > 0 && predicate(t, i, cellStart)) {
                return true;
            }
            cellStart = false;
        }
        return false;
    }

    /** A modal or auxiliary, an adverb on an adjective or verb, or a verb after its subject. */
    private static boolean predicate(List<Token> t, int i, boolean cellStart) {
        Token token = t.get(i);
        if (token.is("AUX")) {
            return true;
        }
        if (token.is("ADV") && i + 1 < t.size() && (t.get(i + 1).is("ADJ") || t.get(i + 1).is("VERB"))) {
            return true;
        }
        if (!token.is("VERB") || token.lower().endsWith("ing")) {
            return false;
        }
        if (cellStart) {
            return true; // an imperative: "Make …", "Use …"
        }
        Token before = t.get(i - 1);
        return !token.isCapitalized() && (before.is("NOUN") || before.is("PRON") || before.is("PROPN")
                || before.is("ADV") || before.is("AUX"));
    }

    /**
     * {@code Teleoperation: Expensive but still the most reliable source}: a list item that names a thing and
     * then judges it with an adjective says what the thing is like, though it has no verb; so does one that says where
     * the thing comes from ({@code Source of the gains: mostly from better data}), weighs it against another
     * ({@code Bottleneck: power, not chips}) or bounds its figure ({@code Unit cost: below 100,000 yuan by 2028}).
     */
    private static boolean labelledVerdict(List<Token> t) {
        for (int i = 1; i + 1 < t.size() && i <= LABEL_TOKENS; i++) {
            if (t.get(i).text().equals(":")) {
                boolean adverb = t.get(i + 1).is("ADV") && i + 2 < t.size();
                return t.get(i + 1).is("ADJ") || adverb && (t.get(i + 2).is("ADJ") || t.get(i + 2).is("ADP"))
                        || contrasted(t, i + 1) || boundedFigure(t, i + 1);
            }
        }
        return false;
    }

    /** How far into a list item its label's colon may stand ("Unit cost for Brightfield's logistics robot:"). */
    private static final int LABEL_TOKENS = 8;

    /** "below 100,000 yuan", "about 40%": a bound or an approximation and its figure, the value the label is given. */
    private static boolean boundedFigure(List<Token> t, int from) {
        return from + 1 < t.size() && (t.get(from).is("ADP") || t.get(from).is("ADV")) && t.get(from + 1).is("NUM");
    }

    /** ", not …" after the first word of {@code from}: one thing set against another. */
    private static boolean contrasted(List<Token> t, int from) {
        for (int i = from + 1; i + 1 < t.size(); i++) {
            if (t.get(i).text().equals(",") && t.get(i + 1).lower().equals("not")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code | Area | 2024 | 2026 |}, {@code | Dimension | Past | Present |}: a row of a table that sets the
     * same thing at two times says how it changed ({@code Hardware Cost | Above 500,000 yuan | Near 150,000 yuan}),
     * even when its cells are noun phrases.
     */
    static boolean periodColumns(List<String> columns) {
        return columns.size() >= 3 && columns.stream().skip(1).filter(Predicates::isPeriod).count() >= 2;
    }

    private static boolean isPeriod(String column) {
        return column.strip().toLowerCase(java.util.Locale.ROOT).matches("(?:(?:19|20)\\d{2}s?|q[1-4] (?:19|20)\\d{2}"
                + "|(?:the )?(?:past|present|now|today|then|before|after|previously|currently|future|next|later"
                + "|(?:last|this|next) (?:year|quarter|decade)|(?:a|one|two|three|five|ten) years? (?:ago|from now)"
                + "|(?:current|previous|earlier|future) (?:state|status|situation|stage)|(?:in )?the future))");
    }

    /**
     * {@code | Player | Strategy | Chen's Assessment |}: a column headed as somebody's judgement holds a view in
     * every row, whatever its grammar ({@code Speeds up the whole ecosystem}).
     */
    private static boolean judgedColumns(List<String> columns) {
        return columns.stream().skip(1).map(c -> c.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(c -> c.matches(".*\\b(assessment|verdict|judg(e)?ment|view|evaluation|outlook|take|opinion)s?\\b.*"));
    }

    /**
     * {@code | Dimension | Lanting's approach | Typical frontier lab |}, {@code | Question | Zhou's answer | Horizon |}: a
     * column headed as a named party's own (a name's possessive, "our", or "her" in notes about one person:
     * {@code | Question | Her answer | How firm |}) gives that party's account in every row, whatever its grammar
     * ({@code Persistent, user-editable store}, {@code About even odds}); the first column only names what each row is
     * about.
     */
    static boolean heldColumns(List<String> columns) {
        return columns.stream().skip(1).map(c -> c.replaceAll("[*_]", "").strip())
                .anyMatch(c -> c.matches("(?:\\p{Lu}[\\p{L}-]+ ){0,2}\\p{Lu}[\\p{L}-]+['’]s? \\p{L}.*|(?i:our|my|his|her|their) \\p{L}.*"));
    }

    /**
     * {@code | Prediction | Horizon | Probability |}: a table that gives each row a horizon or odds lists forecasts,
     * its first cell the forecast itself ({@code Prices fall by half | 2028 | About 60% |}), whatever its grammar.
     */
    static boolean forecastColumns(List<String> columns) {
        return columns.stream().skip(1).map(c -> c.replaceAll("[*_]", "").strip().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(c -> c.matches("(?:the |our |their )?(?:probability|odds|likelihood|chance|confidence|horizon"
                        + "|by when|deadline|target date|time ?frame)s?(?: \\(%\\))?"));
    }

    private static boolean adviceColumns(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(c -> c.matches(".*\\b(action|recommendation|advice|suggestion|what to do|takeaway)s?\\b.*"));
    }
}
