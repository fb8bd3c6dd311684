package io.claimstream.analysis.sentences;

import io.claimstream.contracts.Span;

/**
 * French and German typography quote with other marks than English: «…» with a space inside each mark, and „…“,
 * whose closing mark is the English opening one; Chinese and Japanese text, and translations that keep its marks,
 * quote with corner brackets, 「…」 outside and 『…』 inside. Every pattern of reported speech is written for “…” and "…", so
 * the analysis reads the others as those: « „ and 「 as “, » 」 and the “ that closes a „ as ”, 『 and 』 as ‘ and ’, and the space a French mark
 * keeps inside moved outside it ("« Nous gagnerons »," reads as " “Nous gagnerons”,"). One character for one keeps
 * every offset, so spans still index the submission, and claims are cut from the submitted text.
 */
public final class QuotationMarks {

    private QuotationMarks() {
    }

    public static String asEnglish(String text) {
        if (text.indexOf('«') < 0 && text.indexOf('»') < 0 && text.indexOf('„') < 0 && text.indexOf('「') < 0
                && text.indexOf('『') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        boolean lowOpen = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '«') {
                chars[i] = '“';
                if (i + 1 < chars.length && isSpace(chars[i + 1])) {
                    chars[i] = chars[i + 1];
                    chars[i + 1] = '“';
                    i++;
                }
            } else if (c == '»') {
                chars[i] = '”';
                if (i > 0 && isSpace(chars[i - 1])) {
                    chars[i] = chars[i - 1];
                    chars[i - 1] = '”';
                }
            } else if (c == '„') {
                chars[i] = '“';
                lowOpen = true;
            } else if (c == '「' || c == '」') {
                chars[i] = c == '「' ? '“' : '”';
            } else if (c == '『' || c == '』') {
                chars[i] = c == '『' ? '‘' : '’';
            } else if (c == '“' && lowOpen) {
                chars[i] = '”';
                lowOpen = false;
            }
        }
        return new String(chars);
    }

    /**
     * Where a span read in the analysis text lies in the file: a span that opens on a French mark the analysis moved
     * ("« Nous" read as " “Nous") opens one character earlier, on the «, and one that closes on one ("gagnerons »"
     * read as "gagnerons” ") one character later, so that a claim neither begins nor ends with the space.
     */
    public static Span inFile(Span span, String file) {
        int start = span.start();
        int end = span.end();
        if (start > 0 && start < file.length() && isSpace(file.charAt(start)) && file.charAt(start - 1) == '«') {
            start--;
        }
        if (end > start && end < file.length() && isSpace(file.charAt(end - 1)) && file.charAt(end) == '»') {
            end++;
        }
        return start == span.start() && end == span.end() ? span : new Span(start, end);
    }

    /** A space or the narrow no-break space French typesetting puts inside its quotation marks. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f';
    }
}
