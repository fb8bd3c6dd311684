package io.claimstream.parse.turns;

import io.claimstream.parse.participants.RoleWords;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An unnamed witness's label over its paragraphs, as an oral history or a feature sets one: {@code A FORMER
 * LATTICE ENGINEER, who asked not to be named:}, {@code AN INVESTOR IN TWO OF THE LABS, who spoke on condition of
 * anonymity:}. The description in capitals, without its article, is the only name the voice has ("Former Lattice
 * Engineer"), and it owns the paragraphs below until the next label. Only on a line of its own, with a clause that
 * says why no name is given: a sentence opening "A former engineer, who …" runs on past its comma.
 */
final class AnonymousVoices {

    /** The description in capitals after its article, ending in a position's head noun ("ENGINEER"). */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?:A|AN|ONE)\\s+(\\p{Lu}[\\p{Lu}\\p{N}'\u2019.&-]*(?:\\s+\\p{Lu}[\\p{Lu}\\p{N}'\u2019.&-]*){0,5})");
    /** Why the voice goes unnamed: "who asked not to be named", "who spoke on condition of anonymity". */
    private static final Pattern UNNAMED_BECAUSE = Pattern.compile(
            "(?i)who\\b.{0,60}\\b(?:named|identified|anonymity|anonymously)\\b.*");

    private AnonymousVoices() {
    }

    /**
     * The voice's label, or null.
     *
     * @param nameEnd where the description ends, before its comma
     * @param clause the words between the comma and the colon that ends the line
     */
    static SpeakerLabel read(String text, int start, int p, int nameEnd, String clause, int to, Long millis) {
        Matcher m = DESCRIPTION.matcher(text).region(p, nameEnd);
        if (!m.matches() || !UNNAMED_BECAUSE.matcher(clause).matches()) {
            return null;
        }
        String[] words = m.group(1).split("\\s+");
        if (!RoleWords.isHead(words[words.length - 1])) {
            return null;
        }
        return new SpeakerLabel(m.group(1), null, m.start(1), m.end(1), start, to, false, millis, true);
    }
}
