package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.List;

import io.claimstream.contracts.Span;

/**
 * Quotations in a stretch of text: from an opening to a closing quotation mark ({@code “…”}, or a
 * pair of straight double quotes), possibly across several sentences. A quotation without a
 * closing mark runs to the end of the stretch, as in articles that quote a whole paragraph. French and German
 * marks arrive as curly quotes: the analysis reads them so ({@link io.claimstream.analysis.sentences.QuotationMarks}).
 */
final class Quotes {

    private Quotes() {
    }

    static List<Span> in(String text, Span within) {
        List<Span> quotes = new ArrayList<>();
        int open = -1;
        boolean straightOpen = false;
        for (int i = within.start(); i < within.end(); i++) {
            char c = text.charAt(i);
            if (c == '“' && open < 0) {
                open = i;
            } else if (c == '”' && open >= 0) {
                quotes.add(new Span(open, i + 1));
                open = -1;
            } else if (c == '"') {
                if (straightOpen) {
                    quotes.add(new Span(open, i + 1));
                    open = -1;
                    straightOpen = false;
                } else if (open < 0) {
                    open = i;
                    straightOpen = true;
                }
            }
        }
        if (open >= 0) {
            quotes.add(new Span(open, within.end()));
        }
        return quotes;
    }

    /** Whether a quotation covers most of the sentence: the sentence is quoted speech. */
    static boolean quoted(Span sentence, List<Span> quotes) {
        for (Span q : quotes) {
            int overlap = Math.min(q.end(), sentence.end()) - Math.max(q.start(), sentence.start());
            if (overlap > sentence.length() / 2) {
                return true;
            }
        }
        return false;
    }

    /** The quotation the sentence lies in, if any. */
    static Span around(Span sentence, List<Span> quotes) {
        for (Span q : quotes) {
            int overlap = Math.min(q.end(), sentence.end()) - Math.max(q.start(), sentence.start());
            if (overlap > sentence.length() / 2) {
                return q;
            }
        }
        return null;
    }
}
