package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * What a host or a guest says to the room about the occasion itself rather than the subject: where the food is
 * ("Lunch is in the atrium."), jokes about the venue's coffee or catering ("The tea ran out at noon, so bear with
 * me."), a promise to keep the session lively, a plan to bring the guests back and check their forecasts ("We'll
 * post your numbers on the website so we can check them next year."), and a reply that sets the last remark aside
 * ("I'm a lawyer, so I'll pretend I didn't hear that.") or invites a critic to come and see, the timetable, a
 * lightning round announced, the guest called up to the stage and the clock running out. Said in a panel's opening
 * or closing, it claims nothing.
 */
final class RoomTalk {

    /** What an event lays on for those who attend it. */
    private static final String PROVISIONS = "(dinner|lunch|breakfast|coffee|tea|drinks|snacks|refreshments|food|wifi|wi-fi"
            + "|the (reception|buffet|bar|cloakroom|restrooms|bathrooms|toilets|coffee|tea|lunch|dinner|food|wifi|wi-fi"
            + "|air conditioning|heating))";

    /** The meals and drinks of the day, which a host sends the room to. */
    private static final String MEALS = "(dinner|lunch|breakfast|coffee|drinks|snacks|refreshments|the (reception|buffet|bar"
            + "|coffee|lunch|dinner|drinks))";

    /** "Dinner is on the third floor.", "Coffee will be served in the foyer.": where the event's provisions are. */
    private static final Anywhere WHERE_PROVIDED = Anywhere.compile("(?i)^((and|oh|also|now|finally),? )?" + MEALS
            + " (is|are|will be|['’]s) (now |still )?(served |available |waiting |set up |laid on )?(on the|in the|at the"
            + "|upstairs|downstairs|outside|next door|across the|just outside|right outside)\\b.*");

    /**
     * "I know the coffee ran out an hour ago, …", "There was supposed to be lunch at this summit.": the provisions
     * failing, or the provisions of this very event, are small talk however the sentence goes on.
     */
    private static final Anywhere PROVISIONS_JOKE = Anywhere.compile("(?i).*\\b" + PROVISIONS + "\\b[^.;:]{0,30}?\\b(ran out"
            + "|has run out|have run out|is gone|are gone|was gone|went cold|is cold|ran dry|is down|went down|broke)\\b.*"
            + "|(?i).*\\b(free )?" + PROVISIONS + "\\b[^.;:]{0,20}?\\b(at|in) this (conference|forum|event|venue|summit|session"
            + "|building|hall|room|meetup|festival|expo)\\b.*");

    /** "So I will try to keep this lively.": how the speaker means to run the session. */
    private static final Anywhere KEEP_IT_LIVELY = Anywhere.compile("(?i).*\\b(i|we)(['’]ll| will| am going to|['’]m going to)"
            + " (try to |do (my|our) best to |aim to )?keep (this|it|things|us|everyone|you|the (session|conversation|discussion"
            + "|panel|answers))"
            + " (lively|short|brief|moving|quick|fun|on time|on track|light|tight)\\b.*");

    /**
     * "We will invite the four of you back next year and check who was right", "We'll put them on the website so we
     * can check next year.": the host's plan for the guests and their forecasts, a chore of the event.
     */
    private static final Anywhere CHECK_BACK = Anywhere.compile("(?i)^((so|and|well|ok(ay)?),? )?(we|i)(['’]ll| will| are going"
            + " to|['’]re going to| am going to|['’]m going to) ((invite|bring|have|get) (you|all of you|both of you|the \\w+ of"
            + " you|them|our (guests|panel|panellists|panelists)|everyone) back\\b|(put|post|publish|keep|write down|record"
            + "|save|pin) (them|these|those|it|all of (them|this)|your (numbers|predictions|forecasts|answers|bets)|the (numbers"
            + "|predictions|forecasts|answers|bets)) (up )?(on|in|somewhere|online)\\b[^;:]{0,60}\\bcheck\\b)[^;:]{0,60}$"
            // "Then let's meet here again in 2030 and check.": the guests asked back to see whose forecast held
            + "|(?i)^((so|and|well|then|ok(ay)?),? )*(let['’]s|let us|we['’]ll|we will|we should) (all )?meet (here |back here )?"
            + "(again )?(in|next|at) [^,;:]{1,30} and (check|see)( (who|whose|which) [^,;:]{1,30})?[.!]*$");

    /**
     * "We'll invite the biggest vendor on the show and ask them.", "Let me know how that goes.": a guest the show means
     * to book, and the guest wishing it luck.
     */
    private static final Anywhere BOOKING = Anywhere.compile("(?i)^((so|and|well|then|ok(ay)?),? )*(we|i)(['’]ll| will|['’]re"
            + " going to| are going to|['’]d| would)( (love|like|want|try) to)? (invite|have|bring|get|ask) [^;:,\"“]{1,40}"
            + " (on|onto|to|into) (the|this|our) (show|podcast|programme|program|panel|stage|studio)( and [^;:,\"“]{1,30})?[.!]*$"
            + "|(?i)^((well|ok(ay)?|good luck),? )?(let|tell) (me|us) (know )?how (that|it|this) (goes|went|turns out)[.!]*$");

    /** "…, so I'll pretend I didn't hear that.": the last remark set aside, a reply that says nothing itself. */
    private static final Anywhere SET_ASIDE = Anywhere.compile("(?i)^([^;:]{0,50}, so )?(i['’]ll|i will|let me|we['’]ll|we will"
            + "|i['’]m going to) (just )?(pretend|act as if|act like) (i|we) (didn['’]t|did not|never) (hear|heard|see|saw|read)"
            + " (that|this|it)[.!]*$"
            // "I won't argue with the person who signs my cheques.": declining to dispute whoever just spoke
            + "|(?i)^((well|ok(ay)?|look),? )?(i|we) (won['’]t|will not|can['’]t|cannot|am not going to|['’]m not going to) argue"
            + " with (that|this|you|him|her|them|the (person|man|woman|people|one) (who|that)\\b)[^;:,]{0,40}[.!]*$"
            // "The senator is welcome to visit our plant any time.": an invitation that answers a critic, no claim
            + "|(?i)^[^;:,\"“]{1,40}? (is|are) (always |more than |very |most )?welcome to (visit|come|tour|see|drop by|stop by"
            + "|join us|check)\\b[^;:]{0,40}$");

    /**
     * "The next session begins at eleven in Hall B.", "The keynote starts at two.": the event's timetable, read out to
     * the room.
     */
    private static final Anywhere TIMETABLE = Anywhere.compile("(?i)^((and|so|now|also|finally|just a reminder),? )*(the"
            + " )?(next|last|final|closing|afternoon|morning|evening|first) (session|talk|panel|keynote|speaker|break|workshop)"
            + " (begins|starts|is|will (begin|start|be)|resumes|opens)( (at|in|after|on|right after|straight after)"
            + " [^,;:]{1,30})+[.!]*$");

    /**
     * "Before we let you go, a lightning round: short answers only.", "Time for our rapid-fire round.": the host
     * announcing the game of quick questions that ends a session.
     */
    private static final Anywhere QUICK_ROUND = Anywhere.compile("(?i)^[^;\"“]{0,60}\\b(a|the|our|my|some|one) (lightning"
            + "|rapid[- ]fire|speed|quick[- ]fire|quick|odds|betting|prediction|predictions|forecast|forecasting) round\\b"
            + "[^;\"“]{0,50}[.!]*$"
            // "Everybody gives a number, no explanations.": the rules of the round
            + "|(?i)^(so,? |and |ok(ay)?,? )?(everybody|everyone|each of you|all of you|every guest|each guest) (gives?|picks?|names?"
            + "|says?|writes? down) (a|one|your|their|his or her) (number|probability|percentage|figure|word|year|answer)\\b"
            + "[^;:\"“]{0,60}[.!]*$");

    /**
     * "Teacher Zhang, please come up.", "Please join me on stage, Ada.": the guest called on to the stage, after
     * whatever is said of them before the colon.
     */
    private static final Anywhere CALLED_UP = Anywhere.compile("(?i)^([^;\"“]{0,80}[:,] )?please (come up|come (up )?on"
            + " ?(to )?(the )?stage|join (me|us)( (up )?(here|on (the )?stage))?|take (a|your) seats?)(,? (\\p{Lu}[\\p{L}'’.-]+"
            + " ?){1,3})?[.!]*$");

    /**
     * "I have more questions, but Ada is looking at the clock.", "The organisers are pointing at the clock.": time
     * running out, shown by whoever keeps it.
     */
    private static final Anywhere THE_CLOCK = Anywhere.compile("(?i)^[^;\"“]{0,60}\\b(is|are|keeps|keep)"
            + " (looking|pointing|glancing|staring|tapping|waving) at (me and at |me and )?(the|my|his|her|their) (clock"
            + "|watch)[.!]*$");

    /** "I can see some of you smiling.": the speaker remarking on the faces in the room. */
    private static final Anywhere FACES_IN_THE_ROOM = Anywhere.compile("(?i)^((and|now|oh|ah|ha),? )?(i can |i )?see (some"
            + " of you|a few of you|many of you|you|people|heads|everyone)( (in|at) the (back|front|room|hall|audience))?"
            + " (smiling|laughing|nodding|shaking (your|their) heads|taking notes|writing (this|that|it) down|checking (your"
            + "|their) phones|looking (worried|sceptical|skeptical|confused))[.!]*$");

    private RoomTalk() {
    }

    /** Whether the sentence is talk about the occasion, its provisions and its guests, not about the subject. */
    static boolean aboutTheOccasion(String sentence) {
        String s = sentence.strip();
        return WHERE_PROVIDED.in(s) || PROVISIONS_JOKE.in(s) || KEEP_IT_LIVELY.in(s) || CHECK_BACK.in(s) || SET_ASIDE.in(s)
                || TIMETABLE.in(s) || QUICK_ROUND.in(s) || CALLED_UP.in(s) || THE_CLOCK.in(s) || BOOKING.in(s)
                || FACES_IN_THE_ROOM.in(s);
    }
}
