package io.claimstream.analysis.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Turn;

/**
 * An audience's questions transcribed under one label that names nobody ({@code QUESTIONER:}, {@code Audience Member:})
 * when the moderator asks each asker to say who they are: a turn that opens, after its thanks, with the asker's name and
 * where they come from ("Hi, thank you. Bowen Xie, I'm a graduate student at …", "Thanks. Tom Alvarado from The Wire
 * Desk.", "Hello, I'm Lena Ortiz, with …") is that person's turn, a different person under the same label each time.
 */
public final class SelfIntroducedAskers {

    private static final String PLEASANTRIES = "(?:(?:hi|hello|yes|yeah|thanks|thank you(?: (?:so|very) much)?|good (?:morning|afternoon|evening)"
            + "|great|okay|ok|sure)(?:,? (?:everyone|everybody|all|there|for taking my question|for this))?[.!,][ \\t]*)*";
    private static final String NAME = SelfIntroductions.WRITTEN_NAME;
    /** "Bowen Xie, I'm a graduate student", "Tom Alvarado from The Wire Desk", "Lena Ortiz, with the Post". */
    private static final Pattern NAME_THEN_WHO = Pattern.compile("(?i:" + PLEASANTRIES + ")" + NAME
            + "(?:,[ \\t]*(?:(?i:I['’]m|I am)[ \\t]+(?:a|an|the|with|from|at|in|on|one of|part of|currently|now)\\b"
            + "|I (?:work|run|teach|write|lead|study|research|report|cover|manage|founded|co-founded)\\b"
            + "|(?:with|from|of|at)[ \\t]+(?:the[ \\t]+)?\\p{Lu})"
            + "|[ \\t]+(?:from|with|of|at)[ \\t]+(?:the[ \\t]+)?\\p{Lu})");
    /** The thanks and greetings an asker opens with, before "I'm Lena Ortiz, with …". */
    private static final Pattern OPENING_PLEASANTRIES = Pattern.compile("(?i:" + PLEASANTRIES + ")");

    private SelfIntroducedAskers() {
    }

    /**
     * Turn index to the name its asker gives, for the turns under a label that names nobody.
     *
     * @param known names the labels already give (a questioner does not introduce themselves as a panelist)
     */
    public static Map<Integer, String> names(String text, List<Turn> turns, java.util.Set<String> known) {
        Map<Integer, String> names = new HashMap<>();
        if (text == null) {
            return names;
        }
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.speaker() == null || !RoleLabels.isUnnamedVoice(turn.speaker()) || turn.span() == null
                    || turn.span().end() > text.length()) {
                continue;
            }
            String said = turn.span().of(text).strip();
            String name = givenName(said);
            if (name != null && known.stream().noneMatch(k -> PersonName.of(k).sameAs(PersonName.of(name)))) {
                names.put(i, name);
            }
        }
        return names;
    }

    /**
     * Where each named asker's introduction opens in the text (the name's first letter): the sentence there says who
     * is asking, not what they claim.
     */
    public static java.util.Set<Integer> introductionsAt(String text, List<Turn> turns, java.util.Set<String> known) {
        java.util.Set<Integer> at = new java.util.HashSet<>();
        names(text, turns, known).forEach((i, name) -> {
            Turn turn = turns.get(i);
            int found = text.indexOf(name.split(" ")[0], turn.span().start());
            if (found >= 0 && found < turn.span().end()) {
                at.add(found);
            }
        });
        return at;
    }

    /** The name an asker opens with, or null. */
    static String givenName(String said) {
        Matcher nameThenWho = NAME_THEN_WHO.matcher(said);
        String name = asName(nameThenWho.lookingAt() ? nameThenWho.group(1) : null);
        if (name != null) {
            return name;
        }
        Matcher thanks = OPENING_PLEASANTRIES.matcher(said);
        return asName(SelfIntroductions.nameOpening(thanks.lookingAt() ? said.substring(thanks.end()) : said));
    }

    /** The name as one line, if it is a person's full name and not a title with a name ("Dr. Xie"). */
    private static String asName(String given) {
        if (given == null) {
            return null;
        }
        String name = given.replaceAll("[ \\t]+", " ");
        return PersonName.of(name).tokens().size() >= 2 && !Honorifics.startsWithTitle(name) ? name : null;
    }
}
