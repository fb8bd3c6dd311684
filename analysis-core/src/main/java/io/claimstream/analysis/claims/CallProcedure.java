package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * The housekeeping of an earnings or investor call, said between the figures: the call handed on ("I will now turn the
 * call over to our CFO"), the conventions of the numbers ("Unless otherwise noted, all figures are in RMB"), the
 * guidance hedged and the obligation to update declined, an analyst putting their own question into English, a reply
 * announcing that more is coming ("Maybe I can add one thing.", "Let me add some color."), a question on reports turned
 * away, the investor-relations contact. None of it is a claim about the business.
 */
final class CallProcedure {

    private static final Anywhere FLOOR_PASSED = Anywhere.compile("(?i)^((and |so )?with that,? |thank you\\.? |now,? )?"
            + "(operator,? )?("
            // "With that, I will now turn the call over to Mr. Ren.", "I'd now like to hand the call back to Ana."
            + "(i|we)(['’]ll| will| would like to|['’]d like to| want to) (now )?(turn|hand|pass) (the call|the conference"
            + "|it|things|the floor|the line)( (back|over))? (over |back )?to\\b[^;:]{1,80}"
            // "With that, operator, we are now ready to take questions.": the question session opened
            + "|(we|i)(['’]re| are| am|['’]m) (now )?ready (for|to take|to begin|to open( the line for)?) (the |your )?"
            + "(q&a|questions|question-and-answer session)( now)?)[.!]*$");

    /** "Unless otherwise noted, all figures are in RMB, and all comparisons are year-over-year." */
    private static final Anywhere CONVENTIONS = Anywhere.compile("(?i)^((unless|except where) (otherwise )?(noted|stated"
            + "|specified|indicated|mentioned)|for (ease of |the purposes of )?comparison),? (all )?(the )?(figures|amounts"
            + "|numbers|comparisons|financials?|growth rates|percentages|results)\\b.*");

    /**
     * "This forecast reflects our current and preliminary view, which is subject to change.", "The company does not
     * undertake any obligation to update any forward-looking information.": the guidance and its caveats' boilerplate.
     */
    private static final Anywhere GUIDANCE_HEDGED = Anywhere.compile("(?i)^(this|the|these|our|such) (forecast|outlook"
            + "|guidance|estimates?|projections?) (reflects?|represents?|is based on|are based on) (our|the company['’]s"
            + "|management['’]s) (current|preliminary)\\b.*"
            + "|.*\\b(undertakes? no|does not undertake (any|an)|assumes? no|disclaims? any) (obligation|duty) to (update"
            + "|revise)\\b.*");

    /**
     * "Let me translate my question myself.", "I will translate myself again.": an analyst putting it into English;
     * "Mr. Ren will speak in Chinese, and I will read the English translation afterwards.": how the call will be given.
     */
    private static final Anywhere OWN_TRANSLATION = Anywhere.compile("(?i)^((and |so )?(let me|i will|i['’]ll|i would"
            + "|i['’]d|i can) (now |just |quickly )?(translate|interpret) (my (question|questions|own question)|myself|it|that"
            + "|for myself)( (myself|again|now|quickly|into english))*)[.!]*$"
            + "|(?i).*\\b(i|we)(['’]ll| will| shall) (then |also )?(read|give|provide) (out )?the (english )?(translation"
            + "|interpretation)\\b[^;:]{0,30}$");

    /**
     * "And maybe I can add one thing.", "On the second question, let me add some color.": more of the answer announced,
     * which the sentences after give.
     */
    private static final Anywhere MORE_ANNOUNCED = Anywhere.compile("(?i)^((and|so|also),? )?((on|for|to) (the|your) "
            + "(first|second|third|last|other|follow-up|margin|second part of the) (question|point|part)[^.;:]{0,20},? )?"
            + "((maybe|perhaps) )?(i can|i could|let me|i['’]d like to|i would like to|i want to|can i|may i|i['’]ll|i will)"
            + " (just |also |quickly |briefly )?(add|give|provide|offer) (one|a|another|some|a bit of|a little|a little bit"
            + " of)( more| further| quick| little)? (thing|point|comment|note|colou?r|detail|details|context)[.!]*$");

    /**
     * "Let me bring Bob in on margins.", "I'll leave the rest to him.": the host or the chief executive passing a
     * question to a colleague, which the colleague then answers; "If I can add one thing to Bob's point.": more of an
     * answer announced in a conditional, as a second answerer cuts in.
     */
    private static final Anywhere COLLEAGUE_CALLED = Anywhere.compile("(?i)^((and|so|now|ok(ay)?),? )?(let me|let['’]s"
            + "|i['’]ll|i will|i want to|i['’]d like to|i would like to) (just )?(bring|pull|get) [\\p{Lu}][\\p{L}'’.-]*"
            + "( [\\p{Lu}][\\p{L}'’.-]*)? in( (on|here|for) [^;:?]{1,50})?[.!]*$"
            + "|(?i)^((and|so),? )?(i['’]ll|i will|let me|i['’]m going to|i am going to) leave (the rest|that|it|the details"
            + "|that part|the numbers|that one)( of (it|that))? to (him|her|them|[\\p{Lu}][\\p{L}'’.-]*)( [^;:]{1,30})?[.!]*$"
            + "|(?i)^((and|so),? )?if i (can|could|may|might) (just )?add (one|a|another) (thing|point|comment|note)"
            + "( (to|on) [^;:?]{1,50})?[.!]*$");

    /**
     * "And I'll stick to the guidance we gave on the last call.": the outlook kept where it was given, no new figure;
     * "I need to point you to the disclosures on our website …", "This transcript may not be 100 percent accurate …":
     * the host's, the vendor's and the transcriber's disclaimers.
     */
    private static final Anywhere GUIDANCE_KEPT = Anywhere.compile("(?i)^((and|so|but),? )?(i['’]ll|i will|we['’]ll|we will"
            + "|i['’]m going to|we['’]re going to|i['’]d|we['’]d) (just )?(stick (to|with)|stand by|keep to|refer you to"
            + "|reiterate|point you to) (the|our) (guidance|outlook|targets?|framework|range)( (we|i) (gave|provided|issued"
            + "|set|shared)[^;:]{0,40})?[.!]*$"
            + "|(?i)^([^;:,]{1,30}, )?(i|we) (need|have|want|would like|['’]d like) to (point|refer|direct) you to (the"
            + "|our) ((important|regulatory|required|analyst) )?(disclosures?|disclaimers?|safe harbou?r( statement)?"
            + "|certifications?)\\b[^;:]{0,160}$"
            + "|(?i)^this (transcript|document|text) (may|might|could) (not be (100 percent|100%|fully|entirely|completely)"
            + " accurate|contain (misspellings|errors|inaccuracies))\\b[^;:]{0,160}$"
            + "|(?i)^this (transcript|document) is provided [\"“]?as is[\"”]?[^;:]{0,160}$");

    /** "As you said, we cannot comment on specific reports.": market talk declined, with nothing said of it. */
    private static final Anywhere REPORTS_NOT_COMMENTED = Anywhere.compile("(?i)^((as you (said|say|mentioned|noted|know"
            + "|can imagine)|as (a matter of )?(policy|practice)|of course|first),? )?(we|i) (can(no|['’])t|do not|don['’]t"
            + "|will not|won['’]t) (comment|speculate) on (specific |individual |any |the )?(media |press |market )?(reports"
            + "|rumou?rs|speculation|customers|deals)[.!]*$");

    /** "If you have any further questions, please feel free to contact our investor relations team." */
    private static final Anywhere CONTACT = Anywhere.compile("(?i)^(if you have (any )?(further |more |other |additional "
            + "|follow-up )?questions,? )(please )?(feel free to |do )?(contact|reach out to|get in touch with|email|call)"
            + "\\b[^;:]{0,80}[.!]*$");

    /**
     * "My question is for Dr. Lin.", "Mine is for Mr. Ma.", "For Ms. Guo.": whom the asker from the floor or the line
     * puts the question to, the question still to come.
     */
    private static final Anywhere QUESTION_ADDRESSED = Anywhere.compile("(?i)^((and|so|ok(ay)?|thanks?|thank you),? )?"
            + "(((my|our|the|this|a) ((first|second|next|last|follow-up|quick|short) )?(question|one|follow-up)|mine|this one"
            + "|the next one)( is)? (for|to) |(for|to) (mr|mrs|ms|dr|prof|professor)\\.? )[\\p{Lu}][^;:,?!]{0,40}[.!]*$");

    /** "Now turning to our outlook.": the next part of the prepared remarks, reached. */
    private static final Anywhere PART_REACHED = Anywhere.compile("(?i)^((and|so),? )?(now,? )?(turning|moving|coming)"
            + " (now |next )?to (our|the|my) ([\\p{L}-]+ ){0,3}[\\p{L}-]+[.!]*$");

    private CallProcedure() {
    }

    /** Why the sentence only runs the call, or null. */
    static String reason(String s) {
        if (FLOOR_PASSED.in(s) || OWN_TRANSLATION.in(s) || MORE_ANNOUNCED.in(s) || CONTACT.in(s)
                || QUESTION_ADDRESSED.in(s) || COLLEAGUE_CALLED.in(s)) {
            return "hand-off";
        }
        if (CONVENTIONS.in(s) || GUIDANCE_HEDGED.in(s) || GUIDANCE_KEPT.in(s)) {
            return "disclaimer";
        }
        if (PART_REACHED.in(s)) {
            return "signpost";
        }
        if (REPORTS_NOT_COMMENTED.in(s)) {
            return "non-answer";
        }
        return null;
    }
}
