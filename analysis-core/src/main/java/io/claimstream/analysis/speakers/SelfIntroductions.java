package io.claimstream.analysis.speakers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.text.Anywhere;

/**
 * A speaker giving their own name: "I'm Ana Ruiz", "I am Ana Ruiz", "my name's Ana Ruiz", on the air or the phone
 * also "This is Dana from …". The one reader of those words; its callers decide what the introduction means to them
 * (a sentence that introduces claims nothing, what follows it describes the one just named, an asker under a label
 * that names nobody is the person named).
 */
public final class SelfIntroductions {

    /**
     * The words a speaker gives their own name with, to be read case-insensitively; for the readers of an
     * introduction after a lead-in ("Hi everyone, I'm Ana Ruiz, I run …") to build on.
     */
    public static final String OWN_NAME_WORDS = "i['’]m|i am|my name is|my name['’]s";
    /** The same, with how a caller or a host names themselves: "This is Dana", "I'm called Kip". */
    public static final String NAMING_WORDS = OWN_NAME_WORDS + "|this is|i['’]m called";
    /** A name as written: two or three capitalised words, not the "I'm" of a sentence that goes on. */
    static final String WRITTEN_NAME = "((?!I['’])\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})";

    /**
     * "I'm Ana Ruiz", "This is Dana from …". Under (?i) the capital matches any letter, so a negation right after the
     * verb is ruled out by name: "I'm not against FP8, but …" denies a position, it introduces nobody.
     */
    private static final Anywhere OPENS_WITH = Anywhere.compile(
            "(?i)^(" + NAMING_WORDS + ")\\s+(?!(?:not|no|never|hardly)\\b)\\p{Lu}.*"
            // "And I'm Ben Ode, but everybody calls me Ben.": the second host, after the first, a name written as one
            + "|^(?i:and|so) (?i:" + OWN_NAME_WORDS + ") \\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+)?([,.!]| (?i:and|but|from|of|at)\\b|$).*");
    /** The words, then a capital, anywhere in a sentence: "Hi, I'm Ana Ruiz and …". */
    private static final Pattern ANYWHERE = Pattern.compile("\\b(?i:" + OWN_NAME_WORDS + ") \\p{Lu}");
    /** "I'm Lena Ortiz, with …", "My name is Lena Ortiz and …": the words, the name, and where the name ends. */
    private static final Pattern NAME_GIVEN = Pattern.compile("(?i:(?:" + NAMING_WORDS + ")[ \\t]+)" + WRITTEN_NAME
            + "(?=[ \\t]*[,.;]|[ \\t]+(?i:and|from|with|at|of)\\b)");

    private SelfIntroductions() {
    }

    /**
     * Whether the sentence opens with the speaker naming themselves: whether a name really follows (and not "I'm
     * Not Sure") is the caller's to judge from its tokens.
     */
    public static boolean opensWithOne(String sentence) {
        return OPENS_WITH.in(sentence);
    }

    /** Whether the speaker gives their name anywhere in the sentence. */
    public static boolean holdsOne(String sentence) {
        return ANYWHERE.matcher(sentence).find();
    }

    /** The name given where {@code said} opens ("I'm Lena Ortiz, with …" gives "Lena Ortiz", unfolded), or null. */
    static String nameOpening(CharSequence said) {
        Matcher m = NAME_GIVEN.matcher(said);
        return m.lookingAt() ? m.group(1) : null;
    }
}
