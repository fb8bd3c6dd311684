package io.claimstream.analysis.types;

import java.util.regex.Pattern;

/**
 * What a report in the past tense moves back a tense ("He said the findings were a reminder that …", "she said they had
 * little interest in it"): the words the speaker used ("the findings are a reminder", "they have little interest") with
 * "was", "were" and "had" put back in the present. Where they carry a past of their own they stay: a progressive or a
 * passive ("was already being used"), and a perfect ("had produced false alarms") tell what went on before the report.
 */
public final class Backshift {

    private static final Pattern BE = Pattern.compile("\\b(was|were)\\b(?!\\s+(already |still |now |not )?([a-z]+ing"
            + "|[a-z]+ed)\\b)");
    private static final Pattern HAVE = Pattern.compile("\\bhad\\b(?!\\s+(already |just |long |never |not |since |also )?"
            + "([a-z]+ed|[a-z]+en|been|made|done|seen|begun|got|left|lost|won|paid|sold|built|spent|told|found|kept|brought"
            + "|bought|taught|thought|held|led|run|put|set|cut|hit|grown|gone|come|become|fallen|risen)\\b)");

    private Backshift() {
    }

    public static String undone(String content) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher be = BE.matcher(content);
        while (be.find()) {
            be.appendReplacement(out, be.group(1).equals("was") ? "is" : "are");
        }
        be.appendTail(out);
        return HAVE.matcher(out.toString()).replaceAll("has");
    }
}
