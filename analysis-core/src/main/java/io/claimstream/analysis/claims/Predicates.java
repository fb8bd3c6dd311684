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
            return t.stream().anyMatch(Token::isVerbal);
        }
        if (adviceColumns(s.block().columns())) {
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

    private static boolean adviceColumns(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(c -> c.matches(".*\\b(action|recommendation|advice|suggestion|what to do|takeaway)s?\\b.*"));
    }
}
