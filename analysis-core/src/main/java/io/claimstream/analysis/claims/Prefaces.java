package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * A speaker announcing their next act of speech, with only a placeholder for what it will say: "I will say one thing
 * as a teacher.", "Let me read something before we go on.", "I agree with him, but I
 * would add one condition.", "There is one thing I want to stress.", "I am worried about one thing, though." The
 * condition, the thing and the worry are the claims of the sentences that follow; the preface itself says nothing of
 * them. With a clause or a colon after the act ("I'd add that audits fail", "Let me say one thing: prices will fall")
 * the sentence says it, and stays. (The prefaces that announce a kind of content, "Let me give you some numbers", are
 * {@link NonClaims}' announcements.) A disagreement announced ("I'd push back a little.") already takes a side on the
 * last remark, a stance of its own, and is no preface.
 */
final class Prefaces {

    /** Words a preface may open with: "And", "But", "So", "Well, …". */
    private static final String OPENER = "((and|but|so|well|ok(ay)?|now|then|first|finally|look|honestly|still),? )*";

    /** "I'll", "we would", "I'd like to", "I want to", "I have to": the speaker's intent. */
    private static final String INTENT = "(i|we)(['’]ll| will| shall|['’]d| would|['’]d like to| would like to| want to"
            + "| wish to| need to| have to| must| am going to|['’]m going to| can| may) ";

    /** Transitive acts of speech and the placeholders that stand for what they will say. */
    private static final String ACT_WITH_PLACEHOLDER = "(say|add|stress|emphasi[sz]e|mention|flag|raise|offer|share|make"
            + "|read( you| out)?|tell( you| everyone| the (room|audience))?|point out|give( you)?) (one|a|another|two|three"
            + "|a couple of|a few) (more |small |quick |short |big |last |final |further )?(thing|point|condition|caveat"
            + "|note|word|remark|qualification|footnote|correction|objection|reservation|warning)s?"
            + "|(say|add|read( you| out)?|tell( you)?|mention|share) something"
            + "|(tell|say) (you )?the truth|(tell|say) (you )?(it|this) (honestly|frankly|straight)";

    /** "as a teacher", "from the chip side", "before we go on", "though": where the speaker stands, or when. */
    private static final String TAIL = "( (as|from) (a|an|the|my|our) [\\p{L}'’ -]{1,30}?)?( (here|first|now|today|though"
            + "|too|again|briefly|quickly|then))?(,? (before|while|since|because|as|if) [^;:\"“]{1,50})?(,? though)?[.!]*$";

    /** "I'll be the professor and add one caveat.": a part the speaker takes up before the act. */
    private static final String PART_TAKEN = "(be the [\\p{L}-]+( [\\p{L}-]+)? and )?";

    private static final Anywhere ANNOUNCED_ACT = Anywhere.compile("(?i)^" + OPENER
            // "I agree with her, but I would add one condition.": the agreement is the lead-in to the condition
            + "((i|we) (fully |mostly |partly |largely )?agree with [^,;:\"“]{1,30}?,? (but|and) )?"
            + "(" + INTENT + "(also |just |only |first |now |still )?" + PART_TAKEN
            + "|(let me|allow me to) (also |just |first |now )?)"
            + "(" + ACT_WITH_PLACEHOLDER + ")" + TAIL);

    /** "And there is one thing I want to emphasize.": the thing still to be said, announced as there. */
    private static final Anywhere THING_TO_SAY = Anywhere.compile("(?i)^" + OPENER + "there(['’]s| is) (just )?(one|a|another)"
            + " (more |last |final )?(thing|point) (that )?(i|we) (want|would like|need|have|['’]d like) to (say|add|stress"
            + "|emphasi[sz]e|mention|point out|flag|make)( here| first| today| now)?[.!]*$");

    /** "I am worried about one thing, though.": the worry announced, what it is still to come. */
    private static final Anywhere WORRY_ANNOUNCED = Anywhere.compile("(?i)^" + OPENER + "(i|we)(['’]m| am|['’]re| are)"
            + " (also |still |only |really )?(worried|concerned|nervous|uneasy|anxious) about (one|a|two|one more|a couple of)"
            + " (thing|point|risk|detail)s?(,? though| too| here)?[.!]*$");

    private Prefaces() {
    }

    /** Whether the sentence only announces what the speaker is about to say. */
    static boolean announcesTheNextRemark(String sentence) {
        String s = sentence.strip();
        return ANNOUNCED_ACT.in(s) || THING_TO_SAY.in(s) || WORRY_ANNOUNCED.in(s);
    }
}
