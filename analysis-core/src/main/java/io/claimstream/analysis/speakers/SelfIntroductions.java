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

    /** "this is Jonah Mbeki, in case …", "I'm Lena Ortiz and …": the words and a full name anywhere in a message. */
    private static final Pattern NAME_ANYWHERE = Pattern.compile("\\b(?i:(?:" + NAMING_WORDS + ")[ \\t]+)" + WRITTEN_NAME
            + "(?=[ \\t]*[,.;!]|[ \\t]+(?i:and|from|with|at|of|in)\\b|[ \\t]*$)");
    /**
     * "Jonah here", "hey all, Marisol here.": a chat's sender signing a message with their name, at its start, after a
     * greeting or after a stop; not "Tom here is right" nor "the data here".
     */
    private static final Pattern NAME_HERE = Pattern.compile("(?:^|[,.!;:][ \\t]*|\\b(?i:hi|hey|hello|morning)(?:[ \\t]+"
            + "(?i:all|everyone|folks|team))?,?[ \\t]+)(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?)[ \\t]+here"
            + "(?=[ \\t]*[,.;!]|[ \\t]*$)");

    private SelfIntroductions() {
    }

    /**
     * The name a message gives its writer ("hi all, Jonah here", "for the record this is Jonah Mbeki, …"): a full name
     * where one is given, else the name signed before "here"; null when the message names nobody so.
     */
    static String nameGivenIn(CharSequence said) {
        Matcher full = NAME_ANYWHERE.matcher(said);
        if (full.find()) {
            return full.group(1).replaceAll("[ \\t]+", " ");
        }
        Matcher signed = NAME_HERE.matcher(said);
        return signed.find() ? signed.group(1).replaceAll("[ \\t]+", " ") : null;
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
