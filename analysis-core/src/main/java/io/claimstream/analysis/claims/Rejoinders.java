package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * Replies that only weigh what was just said: a verdict on whether the last speaker (or the speaker) is right ("I hope
 * you are right.", "That is exactly right.", "I stand corrected."), the kind of number or answer it was ("That is a
 * brave number for a bank."), the remark taken as something ("I'll take that as a yes."), the question called a
 * familiar one ("Investors ask me that every month."), a question the asker meant to put and no longer needs, and
 * someone quoted next said to put it better. Each points back at the exchange with "that", "this" or "you" and holds
 * no proposition about the world; with a clause of its own ("You are right that prices fell") it is a claim again.
 */
final class Rejoinders {

    /** ", Ada." or ", Professor Ito.": the person the reply turns to, after it. */
    private static final String VOCATIVE = "(, (\\p{Lu}[\\p{L}'’.-]+ ){0,2}\\p{Lu}[\\p{L}'’.-]+)?";

    /** How sure a verdict is: "exactly right", "partly wrong". */
    private static final String DEGREE = "((exactly|absolutely|completely|entirely|totally|quite|partly|partially|half"
            + "|probably|mostly|largely|only|more or less|dead) )?";

    /**
     * "I hope you are right.", "You're probably wrong, Ada.", "That is exactly right.", "That is fair.": whether the last
     * remark holds, said of it or of whoever made it, with nothing it holds about.
     */
    private static final Anywhere VERDICT = Anywhere.compile("(?i)^((well|so|and|but|ha|oh|yes|no|ok(ay)?),? )*"
            // hoping the other is right wishes them well and judges nothing; "I think he is half right" weighs a view
            + "((i|we) (really |sincerely )?hope (that )?you(['’]re| are) " + DEGREE + "(right|correct|wrong)( (about|on) (that"
            + "|this|it)( one)?)?"
            // "You may be right.": the other's view allowed, nothing said of the subject
            + "|you (may|might|could) (well |just |yet )?be (right|correct|wrong)( (about|on) (that|this|it)( one)?)?"
            + "|(that|this)(['’]s| is| was) " + DEGREE + "(right|correct|fair|true|wrong)"
            + "|(i|we) stand corrected(,? " + DEGREE.replace(" )?", ")?") + ")?"
            // "I would be very happy to be wrong on this one.", "I'd happily lose that bet.": wishing their own words wrong
            + "|(i|we)(['’]d| would) (be )?(very |really |more than |only too )?(happy|glad|delighted|pleased) to be"
            + " (proved |proven )?wrong( (on|about) (this|that|it)( one)?)?"
            + "|(i|we)(['’]d| would) (very )?(happily|gladly|love to) lose (that|this|the|my) bet)"
            + VOCATIVE + "[.!]*$");

    /**
     * "That is a brave number.", "That's an honest answer for a founder.": what kind of figure or reply the last one
     * was, with "a" before it; "That is the wrong bet" names the bet itself and stays.
     */
    private static final Anywhere KIND_OF_REPLY = Anywhere.compile("(?i)^((well|so|and|ha|oh|ok(ay)?|wow),? )?(that|this)"
            + "(['’]s| is| was) (a|an|such a|quite a) (very |really |pretty |quite |so |rather |remarkably )?[\\p{L}-]+"
            + " (number|figure|answer|reply|response|estimate|guess|twist|range|spread)( (for|from) (a|an|the|your|someone"
            + "|somebody) [^,;:]{1,40})?" + VOCATIVE + "[.!]*$");

    /**
     * "Spoken like a CEO.", "That's the saddest fact we've had on this show.": the last remark put down to who made it,
     * or ranked among what the show has had; "the boldest thing anyone has said on this show" weighs the view itself.
     */
    private static final Anywhere REMARK_RANKED = Anywhere.compile("(?i)^((well|so|and|ha|oh|wow),? )?(spoken|said|put)"
            + " like a (true |real |proper )?[\\p{L}-]+( [\\p{L}-]+)?" + VOCATIVE + "[.!]*$"
            + "|(?i)^((well|so|and|ha|oh|wow),? )?(that|this)(['’]s| is| was) (the|our) ([\\p{L}-]+ ){1,2}(thing|fact|line|answer"
            + "|story|remark|quote|sentence|number|prediction|confession)( (we|i)(['’]ve| have)? (ever )?(had|heard))? on (this"
            + "|the|our) (show|podcast|panel|stage|programme|program|call|episode)( (so far|ever|this year|in years))?[.!]*$");

    /**
     * "Which I won, for the record.": a turn taking up the last speaker's sentence with a relative pronoun, a remark
     * on what they said; "Which is why prices fell" goes on to a claim.
     */
    private static final Anywhere TAKEN_UP = Anywhere.compile("^Which (?!(?i:is why|was why|means|meant|explains|is how"
            + "|was how|is what|was what)\\b)([\\p{L}'’-]+,? ){1,6}[\\p{L}'’-]+[.!]*$");

    /** "I'll take that as a yes.", "I will take it as a compliment, Ada.": the remark taken as something. */
    private static final Anywhere TAKEN_AS = Anywhere.compile("(?i)^((well|so|then|ok(ay)?|ha|oh),? )*(i|we)(['’]ll| will"
            + "| am going to|['’]m going to|['’]d| would)( (just|happily|gladly))? take (that|this|it) as (a|an)( [\\p{L}-]+){1,2}"
            + VOCATIVE + "[.!]*$");

    /** "Investors ask me that every month.", "People ask us this all the time.": the question called a familiar one. */
    private static final Anywhere ASKED_BEFORE = Anywhere.compile("(?i)^((well|ha|oh|so),? )?(people|everyone|everybody"
            + "|(my|our|the) [\\p{L}-]+|[\\p{L}-]+s|they) (ask|asks|keep asking|have asked|always ask|still ask) (me|us) (that"
            + "|this)( question)?( (every|each) [\\p{L}-]+| all the time| a lot| constantly| often| again| daily)?[.!]*$");

    /**
     * "I was going to ask about pricing, but you answered it.": the question the asker meant to put, which the last
     * answer made unnecessary.
     */
    private static final Anywhere MEANT_TO_ASK = Anywhere.compile("(?i)^((interesting|good|great|right|ok(ay)?|so|well|ha)"
            + "[,.!]? )*(i|we) (was|were) (just )?(going|about|planning|hoping) to ask (you )?(about )?[^,;:]{1,40}"
            + "(,? (but|and) you( (just|already|have))? (answered|covered|addressed|mentioned|got to) (it|that|them)"
            + "( already)?)?[.!]*$");

    /**
     * "My colleague Ada Kim put it better than I can.", "A friend of mine put it best.": a lead-in to somebody else's
     * words, which come next; it says only that they will be better said.
     */
    private static final Anywhere PUT_BETTER = Anywhere.compile("(?i)^[^;:\"“]{1,80}? put (it|this|that) (better|best"
            + "|more simply|more clearly|well|nicely|perfectly)( than (i|we) (can|could|ever could|ever can|did|would))?[.!:]*$");

    private Rejoinders() {
    }

    /** "[laughter]", "[laughs]": what the transcript notes of the room after the words, no part of them. */
    private static final java.util.regex.Pattern STAGE_DIRECTION = java.util.regex.Pattern.compile(
            "(\\s*\\[[^\\[\\]]{1,30}\\])+\\s*$");

    /** Whether the sentence only weighs the last remark or the exchange itself. */
    static boolean weighsTheLastRemark(String sentence) {
        String s = STAGE_DIRECTION.matcher(sentence.strip()).replaceFirst("");
        return VERDICT.in(s) || KIND_OF_REPLY.in(s) || TAKEN_AS.in(s) || ASKED_BEFORE.in(s) || MEANT_TO_ASK.in(s)
                || PUT_BETTER.in(s) || REMARK_RANKED.in(s) || TAKEN_UP.in(s);
    }
}
