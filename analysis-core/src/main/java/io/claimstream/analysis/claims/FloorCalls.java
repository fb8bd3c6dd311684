package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * A chair giving the floor without a verb: somebody in the audience named by where they sit or what they wear ("The
 * man by the window.", "Yes, you, with the red scarf."); a guest presented as joining from elsewhere is one of
 * {@link BroadcastLinks}. A person named with no predicate asserts nothing of them.
 */
final class FloorCalls {

    /** Where somebody sits or what they have: "in the second row", "at the back", "with the laptop". */
    private static final String WHERE_OR_WITH = "(,? (in|at|near|by|on|with|behind|beside|next to|by|up|over|under)"
            + " (the |that |a |an |your |this )?[^,;:.!?]{1,30}){1,2}";

    /** "The woman at the back.", "Next, the young man near the door.", "The gentleman in the third row, please.". */
    private static final Anywhere CALLED_BY_DESCRIPTION = Anywhere.compile("(?i)^((next|yes|and|now|ok(ay)?|right|then"
            + "|finally|go ahead|please),? )*((the|that) ((young|older|tall|other) )?(lady|gentleman|man|woman|person|guy"
            + "|gent|student|colleague)|you( (over )?there)?)" + WHERE_OR_WITH
            // "The gentleman near the aisle, and please say who you are.": asked to name themselves first
            + "(,? (and )?please( (say|tell us|state|give us) (who you are|your name|your (name and )?affiliation))?)?[.!?]*$");

    /**
     * "I promised one question, but the man in the third row has been waving for a while.": somebody in the room waiting
     * to ask, named by their seat, which calls on them.
     */
    private static final Anywhere WAITING_TO_ASK = Anywhere.compile("(?i)^([^;:\"“]{0,40}, (but|and|so) )?(the|that)"
            + " ((young|older|tall|other) )?(lady|gentleman|man|woman|person|guy|gent|student|colleague)" + WHERE_OR_WITH
            + " (has been|have been|is|keeps) (holding|waving|raising|putting)( up)?( (her|his|their|a) hands?( up)?)?"
            + "( (up|patiently))?( for [^,;:]{1,30})?[.!]*$");

    private FloorCalls() {
    }

    /** Whether the sentence only gives somebody the floor, naming them and nothing they did. */
    static boolean givesTheFloor(String sentence) {
        String s = sentence.strip();
        return CALLED_BY_DESCRIPTION.in(s) || WAITING_TO_ASK.in(s);
    }
}
