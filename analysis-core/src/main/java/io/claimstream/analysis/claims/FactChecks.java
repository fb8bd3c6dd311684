package io.claimstream.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact-check article: its head prints the claim checked in a box ({@code Claim: "…"}), who made it ({@code Who said
 * it: Dana Park, …}, {@code Claimed by:}) and the outlet's rating ({@code Rating: Mostly false}). The quotation in the
 * box is the claimant's words; everything else the piece finds and rules, without naming another source, is the
 * outlet's, which publishes the check under its own name (a masthead like {@code **Verity Check** · June 3, 2026})
 * even when no reporter signs it. A roundup of checks prints several boxes down the page, in capitals as wire copy has
 * them ({@code CLAIM: "…" — Dana Park, chief executive of Fennel, in a keynote on Nov. 24.}, {@code VERDICT: False.},
 * {@code THE FACTS: …}): the credit after the words checked names the claimant on the claim's own line, and the
 * outlet signs in its dateline ({@code SAN JOSE, Calif. (Verity Check) —}) when no masthead names it.
 */
public final class FactChecks {

    /** The box sits at the top: a fact-check leads with what it checked and its verdict. */
    private static final int HEAD = 1500;
    private static final String FIELD_START = "(?m)^[ \\t>*_-]*";
    private static final String FIELD_END = "[ \\t]*[*_]*[ \\t]*:[ \\t]*[*_]*[ \\t]*";
    /**
     * {@code **Claim:** "…"}, {@code CLAIM: "…" — Name, …}: the field that prints the words checked, in quotation marks
     * or with a credit after them (see {@link #claimQuotationAt}).
     */
    private static final Pattern CLAIM_FIELD = Pattern.compile(FIELD_START
            + "(?i:(?:The[ \\t]+)?(?:Claim|Statement|Claim[ \\t]+checked|What[ \\t]+was[ \\t]+said))" + FIELD_END);
    /**
     * {@code "…" — Dana Park, chief executive of Fennel, …}: a dash after the words checked, then the claimant's name
     * before a comma or the line's end, as a roundup credits each claim on its own line.
     */
    private static final Pattern INLINE_CREDIT = Pattern.compile("(?<=[\"”.!?])[ \\t]*[—―–][ \\t]*"
            + "(?<name>\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]+){0,3})(?=[ \\t]*(?:[,.]|$))", Pattern.MULTILINE);
    /** {@code **Who said it:** Name, …}: the field naming the claimant. */
    private static final Pattern CLAIMANT_FIELD = Pattern.compile(FIELD_START
            + "(?:Who[ \\t]+said[ \\t]+it|Who[ \\t]+made[ \\t]+the[ \\t]+claim|Said[ \\t]+by|Claimed[ \\t]+by|Made[ \\t]+by"
            + "|Claimant|Speaker|Attributed[ \\t]+to)" + FIELD_END + "(?<name>\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]+){0,3})");
    /** {@code **Rating: Mostly false**}, {@code Verdict: False}, {@code Our ruling: Misleading}. */
    private static final Pattern RATING_FIELD = Pattern.compile(FIELD_START
            + "(?i:(?:Our[ \\t]+)?(?:Rating|Verdict|Ruling))" + FIELD_END + "\\S");
    /** A wire dateline naming the outlet in brackets: {@code SAN JOSE, Calif. (Verity Check) —}. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\p{Lu}[\\p{Lu} .'’-]+,[^\\n(]{0,30}\\((?<name>\\p{Lu}"
            + "[\\p{L}&'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}&'’.-]*){0,3})\\)[ \\t]*[—–-]");
    /** A masthead: the outlet's name alone before a separator and a date ({@code **Verity Check** · December 2, 2026}). */
    private static final Pattern MASTHEAD = Pattern.compile("(?m)^[ \\t*_]*(?<name>\\p{Lu}[\\p{L}&'’.-]*"
            + "(?:[ \\t]+\\p{Lu}[\\p{L}&'’.-]*){0,3})[ \\t*_]*[·|•–—][ \\t]*(?:\\p{Lu}[a-z]{2,8}\\.?[ \\t]+\\d{1,2},?[ \\t]+\\d{4}"
            + "|\\d{1,2}[ \\t]+\\p{Lu}[a-z]{2,8}[ \\t]+\\d{4}|\\d{4}-\\d{2}-\\d{2})");

    private FactChecks() {
    }

    /** Whether the text is a fact-check: its head holds a claim box with a rating. */
    public static boolean isFactCheck(String text) {
        String head = head(text);
        if (!RATING_FIELD.matcher(head).find()) {
            return false;
        }
        Matcher m = CLAIM_FIELD.matcher(head);
        while (m.find()) {
            int lineEnd = head.indexOf('\n', m.end());
            if (claimQuotationAt(head, m.start(), lineEnd < 0 ? head.length() : lineEnd) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The outlet a fact-check's masthead names, or null (and null for any other text). */
    public static String outlet(String text) {
        if (!isFactCheck(text)) {
            return null;
        }
        Matcher m = MASTHEAD.matcher(head(text));
        if (m.find()) {
            return m.group("name");
        }
        Matcher dateline = DATELINE.matcher(head(text));
        return dateline.find() ? dateline.group("name") : null;
    }

    /**
     * Where the quotation of a claim field starts when {@code from}..{@code to} holds one ({@code Claim: "…"}), else -1.
     */
    public static int claimQuotationAt(String text, int from, int to) {
        Matcher m = CLAIM_FIELD.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return -1;
        }
        boolean quoted = m.end() < to && (text.charAt(m.end()) == '"' || text.charAt(m.end()) == '“');
        // "CLAIM: Open models are "a gift to bad actors." — Name, …": words in part paraphrased, credited on the line
        return quoted || inlineCredit(text, m.end(), to) != null ? m.end() : -1;
    }

    /**
     * Where the body of a fact-check under a wire dateline starts ({@code SAN JOSE, Calif. (Verity Check) —}): what
     * stands above it is the headline and the byline, no finding. 0 without a dateline, and for any other text.
     */
    public static int bodyStart(String text) {
        if (!isFactCheck(text)) {
            return 0;
        }
        Matcher dateline = DATELINE.matcher(head(text));
        return dateline.find() ? dateline.start() : 0;
    }

    /** A claimant credited after the words checked, and where the credit starts (the words end there). */
    public record Credit(int at, String name) {
    }

    /** The credit after the words of a claim field between {@code from} and {@code to} ({@code "…" — Dana Park, …}), or null. */
    public static Credit inlineCredit(String text, int from, int to) {
        Matcher m = INLINE_CREDIT.matcher(text).region(from, to);
        return m.find() ? new Credit(m.start(), m.group("name")) : null;
    }

    /** The claimant a claimant field between {@code from} and {@code to} names ({@code Who said it: Dana Park}), or null. */
    public static String claimantIn(String text, int from, int to) {
        Matcher m = CLAIMANT_FIELD.matcher(text).region(from, to);
        return m.lookingAt() ? m.group("name") : null;
    }

    /** Whether {@code from}..{@code to} is a field of the box that labels rather than claims: the claimant, the rating. */
    public static boolean isBoxField(String text, int from, int to) {
        return CLAIMANT_FIELD.matcher(text).region(from, to).lookingAt() || RATING_FIELD.matcher(text).region(from, to).lookingAt();
    }

    private static String head(String text) {
        return text.length() > HEAD ? text.substring(0, HEAD) : text;
    }
}
