package io.claimstream.analysis.speakers;

import java.util.regex.Pattern;

/**
 * The stable labels a text gives the people it may not name: a complaint's confidential witnesses ({@code CW-1}) and
 * former employees ({@code FE-2}), a report's {@code Source A}, an inquiry's {@code Witness 3} or {@code Employee 1}.
 * Each label stands for one person throughout the text, who says things like anybody named ("CW-3 stated that …"),
 * although it is written like a product's version ("GPT-4") or a lone capital.
 */
public final class SourceLabels {

    /** The words that head such a label: what the person is to the text, never what a product is called. */
    private static final String HEADS = "(?:CW|FE|CI|CS|FW|Confidential[ \\t]+(?:Witness|Source|Informant)"
            + "|Former[ \\t]+Employee|Source|Witness|Employee|Informant|Whistleblower|Insider)";
    private static final Pattern LABEL = Pattern.compile(HEADS + "(?:[ \\t]*[-–#]?[ \\t]*)(?:\\d{1,3}|[A-Z])");
    private static final Pattern HEAD = Pattern.compile(HEADS);

    private SourceLabels() {
    }

    /** Whether the written name is such a label as a whole: "CW-1", "FE 2", "Source A", "Confidential Witness 3". */
    public static boolean isLabel(String written) {
        return written != null && LABEL.matcher(written.strip()).matches();
    }

    /** Whether a word, or words, could head a label that a number or a capital letter completes ("Source" of "Source A"). */
    static boolean isHead(String written) {
        return HEAD.matcher(written.strip()).matches();
    }
}
