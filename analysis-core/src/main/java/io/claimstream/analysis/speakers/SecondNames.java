package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text gives one person a second name: an English name beside a Chinese one, a nickname, a name on an ID card.
 * Translated panels write the legal name in the introduction and label the turns by the name the guest uses with
 * foreigners ("Serena Gu:" for Gu Xinyi), so the two must be one person, named as the text first names them.
 */
public final class SecondNames {

    /**
     * A name the text declares for the person it calls {@code name}; {@code marked} when words say so ("known as",
     * "English name"), rather than a bare bracket that must share a part of the name to count.
     */
    public record Declared(String name, String alias, boolean marked) {
    }

    private SecondNames() {
    }

    /** Every second name the text declares, in the order of the ways below. */
    public static List<Declared> in(String text) {
        List<Declared> found = new ArrayList<>();
        Matcher m = IN_BRACKETS.matcher(text);
        while (m.find()) {
            found.add(new Declared(m.group("name"), m.group("alias"), m.group("marker") != null));
        }
        for (Pattern marked : List.of(IN_APPOSITION, NICKNAME_IN_APPOSITION, IN_RELATIVE_CLAUSE, OWN_SECOND_NAME,
                OWN_NAME_IS_FINE, OWN_LEGAL_NAME)) {
            m = marked.matcher(text);
            while (m.find()) {
                found.add(new Declared(m.group("name"), m.group("alias"), true));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The name a speaker label stands for when the text declares the label's name a second name of somebody: the label
     * is that second name ("Serena Gu" of "Gu Xinyi, who uses the name Serena Gu"), or the given second name with the
     * person's family name ("Harry Jia" of "I'm Jia Haoran, and my English name is Harry"). Null unless exactly one
     * person is meant.
     */
    public static String nameBehind(String label, List<Declared> declared) {
        PersonName written = PersonName.of(label);
        if (written.isEmpty()) {
            return null;
        }
        String behind = null;
        for (Declared d : declared) {
            if (!d.marked()) {
                continue;
            }
            PersonName name = PersonName.of(lastNameIn(d.name()));
            PersonName alias = PersonName.of(d.alias());
            if (name.isEmpty() || alias.isEmpty() || name.sameAs(written) || name.endsInOrganisationWord()) {
                continue;
            }
            boolean isAlias = alias.sameAs(written) || alias.isSingleWord() && written.tokens().size() == 2
                    && written.tokens().contains(alias.tokens().get(0))
                    && written.tokens().stream().anyMatch(t -> !t.equals(alias.tokens().get(0)) && name.hasPart(t));
            if (isAlias) {
                if (behind != null && !PersonName.of(behind).sameAs(name)) {
                    return null;
                }
                behind = name.display();
            }
        }
        return behind;
    }

    /** The last two words of a capitalised run ("On stage were Professor Shen Bo" names Shen Bo). */
    static String lastNameIn(String run) {
        String[] words = run.strip().split("\\s+");
        return words.length <= 2 ? run.strip() : words[words.length - 2] + " " + words[words.length - 1];
    }

    /** "I'm", "I am", "my name is": the words a speaker names themselves with, as {@link SelfIntroductions} reads them. */
    private static final String OWN_NAME = "\\b(?i:" + SelfIntroductions.OWN_NAME_WORDS + ")[ \\t]+";
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){1,3}";
    private static final String SECOND = "\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}";

    /** "Ke Ming (English name Kevin Ke)", "Wang Lei (also known as Ray Wang)", "Chen Yu (Yuki Chen)". */
    private static final Pattern IN_BRACKETS = Pattern.compile(
            "(?<name>\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,3})[ \\t]*\\("
            + "(?<marker>(?:(?:his|her|their)\\s+)?(?:English|Western|Chinese|given|full|legal)\\s+name(?:\\s+is)?:?\\s+"
            + "|(?:also\\s+|better\\s+|widely\\s+)?known\\s+as\\s+|a\\.?k\\.?a\\.?\\s+|aka\\s+|nicknamed\\s+|or\\s+)?"
            + "(?<alias>" + SECOND + ")\\)");

    /**
     * A name, perhaps a bracket after it, then ", also known (by his English name|as) Second Name", or known to some
     * people as it: "Xu Kaiming, known to nearly everyone in the room as Andrew Xu".
     */
    private static final Pattern IN_APPOSITION = Pattern.compile(
            "(?<name>" + NAME + ")[ \\t]*(?:\\([^()\\n]{0,120}\\))?,[ \\t]+"
            + "(?:also[ \\t]+|better[ \\t]+|widely[ \\t]+)?known[ \\t]+(?:to[ \\t]+(?:\\p{Ll}+[ \\t]+){0,5}as[ \\t]+"
            + "|by[ \\t]+(?:his|her|their)[ \\t]+(?:English|Western|given|Chinese|nick)[ \\t]*name[ \\t]+|as[ \\t]+)"
            + "(?<alias>" + SECOND + ")");

    /**
     * A name, then a dash or a comma, a single capitalised word and whom it is the name to: "X — Teddy, to everyone",
     * "X, Peggy to her staff,". The people named after "to" are what makes the word a nickname, not a role or a place.
     */
    private static final Pattern NICKNAME_IN_APPOSITION = Pattern.compile(
            "(?<name>" + NAME + ")[ \\t]*(?:[—–][ \\t]*|,[ \\t]+)"
            + "(?<alias>\\p{Lu}[\\p{L}'’-]+),?[ \\t]+to[ \\t]+(?:(?:his|her|their|the)[ \\t]+)?(?:friends|colleagues|everyone"
            + "|everybody|staff|students|employees|family|fans|insiders|intimates|the[ \\t]+team|team|readers)\\b");

    /** "Jia Haoran, who runs serving at Cloudpeak and goes by Harry with foreign colleagues": in the person's clause. */
    private static final Pattern IN_RELATIVE_CLAUSE = Pattern.compile(
            "(?<name>" + NAME + "),[ \\t]+who\\b[^.;:()\\n]{0,100}?\\b(?:goes[ \\t]+by|uses[ \\t]+the[ \\t]+name"
            + "|is[ \\t]+called|calls[ \\t]+(?:him|her|them)sel(?:f|ves)|prefers[ \\t]+to[ \\t]+be[ \\t]+called)[ \\t]+"
            + "(?<alias>" + SECOND + ")");

    /**
     * A speaker giving their own second name after their name: "I'm Jia Haoran, and my English name is Harry", "I am
     * Park Ji-ho, but call me Jay".
     */
    private static final Pattern OWN_SECOND_NAME = Pattern.compile(
            OWN_NAME + "(?<name>" + NAME + ")[,;][ \\t]+(?:(?:and|but|so)[ \\t]+)?"
            + "(?:my[ \\t]+(?:English|Western|foreign|nick)[ \\t]*name[ \\t]+is|(?:please[ \\t]+|you[ \\t]+can[ \\t]+)?"
            + "call[ \\t]+me|everyone[ \\t]+calls[ \\t]+me)[ \\t]+(?<alias>" + SECOND + ")");

    /** "I'm Gu Xinyi, Serena is fine": the name the speaker is happy to be called by. */
    private static final Pattern OWN_NAME_IS_FINE = Pattern.compile(
            OWN_NAME + "(?<name>" + NAME + ")[,;][ \\t]+(?<alias>\\p{Lu}[\\p{L}'’-]+)[ \\t]+is[ \\t]+fine\\b");

    /** "I'm Andrew, or Xu Kaiming on my ID card": the name used first, the legal one after. */
    private static final Pattern OWN_LEGAL_NAME = Pattern.compile(
            OWN_NAME + "(?<alias>" + SECOND + "),[ \\t]+or[ \\t]+(?<name>" + NAME + ")[ \\t]+"
            + "(?:on|in)[ \\t]+my[ \\t]+(?:ID(?:[ \\t]+card)?|passport|papers|business[ \\t]+card|documents)\\b");
}
