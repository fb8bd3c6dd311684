package io.claimstream.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term a document defines for two named parties together, as decisions, contracts and filings do: "Halden and
 * Brightlane are together referred to as the Parties", "Ostra Holdings plc and Vell Ltd (together, the Parties)".
 * What "the Parties" submit or argue is put by the first-named, the party that leads (the acquirer of a merger, the
 * first claimant): one speaker for the pair rather than none.
 */
final class JointTerms {

    private static final String NAME = "\\p{Lu}[\\p{L}&'’.-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}&'’.-]*|plc|ltd|inc\\.?|llc))*";
    private static final Pattern REFERRED = Pattern.compile("(?<first>" + NAME + ")[ \\t]+and[ \\t]+" + NAME
            + ",?[ \\t]+(?:are|were|will be)[ \\t]+(?:together|jointly|collectively)[ \\t]+(?:referred[ \\t]+to|known|defined)"
            + "[ \\t]+as[ \\t]+(?:the[ \\t]+)?[\"“]?(?<term>\\p{Lu}\\p{Ll}+)");
    private static final Pattern BRACKETED = Pattern.compile("(?<first>" + NAME + ")[ \\t]+and[ \\t]+" + NAME
            + "[ \\t]*\\((?:together|jointly|collectively),?[ \\t]+(?:the[ \\t]+)?[\"“]?(?<term>\\p{Lu}\\p{Ll}+)[\"”]?\\)");

    private JointTerms() {
    }

    /** The first-named of the two parties the text defines {@code term} for ("Parties"), or null. */
    static String leadOf(String text, String term) {
        for (Pattern p : new Pattern[] {REFERRED, BRACKETED}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.group("term").equals(term)) {
                    return m.group("first").replaceFirst("(?i)[ \\t]+(?:plc|ltd|inc\\.?|llc)$", "").strip();
                }
            }
        }
        return null;
    }
}
