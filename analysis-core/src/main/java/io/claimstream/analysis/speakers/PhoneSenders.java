package io.claimstream.analysis.speakers;

import java.util.List;
import java.util.regex.Pattern;

import io.claimstream.contracts.Turn;

/**
 * A chat export shows a sender the phone has no contact for by their number ({@code +44 7700 900412},
 * {@code +1 (415) 555-0148}). Such a sender is whoever they say they are in their own messages ("hi all, Jonah here",
 * "this is Jonah Mbeki, in case your export shows a number"): a number is nobody's name, and the chat names its
 * people in words.
 */
public final class PhoneSenders {

    /** An international or local phone number, its groups spaced, dashed or bracketed as phones display them. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d \\t().-]{5,20}\\d");

    private PhoneSenders() {
    }

    /** Whether the label is a phone number rather than a name. */
    public static boolean isNumber(String label) {
        String l = label.strip();
        return NUMBER.matcher(l).matches() && l.chars().filter(Character::isDigit).count() >= 7;
    }

    /**
     * The name the sender under the number {@code label} gives themselves in their messages, a full name before a
     * first name wherever either is given; null when they never say, or when the label is no number.
     */
    public static String nameGiven(String label, List<Turn> turns, String text) {
        if (!isNumber(label) || text == null) {
            return null;
        }
        String first = null;
        for (Turn turn : turns) {
            if (turn.speaker() == null || !turn.speaker().strip().equals(label.strip()) || turn.span() == null
                    || turn.span().end() > text.length()) {
                continue;
            }
            String said = turn.span().of(text);
            String name = SelfIntroductions.nameGivenIn(said);
            if (name != null && PersonName.of(name).tokens().size() >= 2) {
                return PersonName.of(name).display();
            }
            if (name != null && first == null) {
                first = name;
            }
        }
        return first;
    }
}
