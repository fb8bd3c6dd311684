package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * The running order and the practical arrangements of a press conference or a launch event, read out by its host:
 * who speaks next and in what language ("Then our CTO, Dr. Ada Kim, will go through the technical details.", "Mr.
 * Ortega will speak in Spanish."), when the session starts and when questions come ("We will begin in two minutes.",
 * "We now open the floor for questions."), and where the room finds the interpretation, the slides and the people
 * ("Interpretation is available on channel three.", "The slides are on our investor relations site.", "Interviews can
 * be arranged through the press office."), and the language a speaker switches to ("If I may, in English."). They run the event and claim nothing about the subject; a company's own
 * plans ("We will begin shipping in March.", "The weights are available on our website.") keep their verbs and
 * objects out of these shapes.
 */
final class RunningOrder {

    /** A capital, whatever the case-insensitive patterns around it say. */
    private static final String UPPER = "(?-i:\\p{Lu})";

    /** "First,", "Then", "After that,", "Before questions,": the place in the programme. */
    private static final String STEP = "((first|then|next|after that|afterwards|finally|lastly|later|now|and|so"
            + "|before (the )?(questions|q&a|the break|we (begin|start|close|finish))"
            + "|after (the )?(break|video|presentations?|remarks|keynote|demo)),? )*";

    /** A person of the event: "we", "our chairman, Mr. Ada Kim,", "Dr. Lu", "Ms. Hartmann", "Ada and Ben". */
    private static final String SPEAKER = "(we|i|(our|the) ([\\p{L}-]+ ){0,4}(chairman|chairwoman|chair|president|chief"
            + " ([\\p{L}-]+ )?officer|ceo|cto|cfo|coo|founder|co-founder|head|director|vice president|vp|moderator|host"
            + "|guest|speaker|customer|partner)( of [\\p{L} -]{1,30})?(, (" + UPPER + "[\\p{L}'’.-]+ ?){1,4},)?"
            + "|((mr|mrs|ms|dr|prof)\\.? |professor )?" + UPPER + "[\\p{L}'’-]+( " + UPPER + "[\\p{L}'’-]+){0,2}"
            + "( and ((mr|mrs|ms|dr|prof)\\.? )?" + UPPER + "[\\p{L}'’-]+)?)";

    /** What a speaker does at the event: present, speak in a language, go through the details, say a few words. */
    private static final String EVENT_ACT = "(introduce (the|our|this) (new )?(product|products|speakers?|panel|panellists"
            + "|panelists|company|launch|chip|model|guests?)"
            + "|present (the|our|this) (new )?(product|products|results|details|figures|numbers|roadmap|slides?)"
            + "|(go|walk) (you |us )?through (the|our|some of the|a few of the) [\\p{L} -]{1,30}"
            + "|take (you|us|everyone) through (the|our) [\\p{L} -]{1,30}"
            + "|say a few words( (about|on) [^;:]{1,50})?"
            + "|give (a|the|some|his|her|their) (short |brief |few )?(remarks|presentation|overview|introduction|keynote"
            + "|demonstration|demo|words)"
            + "|make (a|some|his|her|their) (short |brief |opening |closing )?(remarks|presentation|statement)"
            + "|speak (in " + UPPER + "\\p{L}+|first|next|last|briefly|after [^;:]{1,30})"
            + "|hear from (our|the|a|an) [^;:]{1,50}"
            + "|take (your |some |a few |the |any |two or three |one or two )?(last |final |first )?questions( (from"
            + " [^;:]{1,30}|until [^;:]{1,30}))?"
            + "|open the floor( (to|for) [^;:]{1,30})?"
            + "|(begin|start) (in (about |around |roughly |just )?(a|one|two|three|five|ten|a few|\\d+) minutes?|shortly|now|in a moment|on time"
            + "|with (remarks|opening remarks|a (short |brief )?(presentation|video|overview|statement|word|film)"
            + "|an? (short |brief )?(introduction|overview|presentation|statement)|a few words)\\b[^;:]*))";

    /** "Then our CTO will go through the technical details.": who does what next at the event. */
    private static final Anywhere NEXT_ON_STAGE = Anywhere.compile("(?i)^" + STEP + SPEAKER + " (will|shall|['’]ll|is going"
            + " to|are going to) (now |also |then |first |briefly )?" + EVENT_ACT + "[.!]*$"
            // "We now open the floor for questions.": the step taken as it is said
            + "|(?i)^" + STEP + "(we|i) (now )?(open the floor|move to (the )?questions|turn to (your )?questions)"
            + "( (to|for) [^;:]{1,30})?[.!]*$");

    /** What the room is handed or pointed to: the interpretation, the slides, a brochure, an interview. */
    private static final String ROOM_MATERIAL = "((simultaneous |live |english |chinese |japanese )?(interpretation|translation"
            + "|interpreting)|(the |our )?(presentation |press |product |printed )?(materials|slides|slide deck|deck|brochures"
            + "|handouts|press kits?|press releases?|transcripts?|recordings?|replay|webcast|copies)( and [^;:]{1,40})?"
            + "|interviews( with [^;:]{1,30})?|headsets|receivers"
            // "The video will be on our website this afternoon.": where the session's own recording will be
            + "|the (full )?(video|recording|audio|livestream|stream)( of (the|this|today['’]s) [\\p{L}-]+)?)";

    /** Where the room finds them: a channel, a desk, a site, a team. */
    private static final String ROOM_PLACE = "((channel|line) (\\d+|one|two|three|four|five|six)\\b[^;:]{0,30}|(the |our |your )"
            + "([\\p{L}-]+ ){0,3}(desk|counter|table|booth|entrance|foyer|lobby|investor relations (site|website|page)"
            + "|(press|media|communications|ir) (team|office|desk|room|centre|center|site|page)|website|web ?site|site"
            + "|youtube channel|channel)\\b[^;:]{0,20}"
            + "|request)";

    /** "Interpretation is available on channel two.", "Brochures are at the registration desk." */
    private static final Anywhere ARRANGEMENTS = Anywhere.compile("(?i)^((and|also|finally|as a reminder|just a reminder),? )*"
            + ROOM_MATERIAL + " (is|are|will be|can be) (now |also )?(available |provided |found |picked up |collected"
            + " |arranged |requested |downloaded )?(on|at|in|from|through|via|upon|by) " + ROOM_PLACE + "[.!]*$");

    /**
     * "If I may, in English, because this is important to me.", "Let me answer in Mandarin.": the language the speaker
     * chooses for what comes next, announced; what they say in it follows.
     */
    private static final Anywhere LANGUAGE_CHOSEN = Anywhere.compile("(?i)^((if i may|if you (don['’]t mind|allow me)|let me"
            + "|allow me to|i will|i['’]ll|i['’]d like to|i want to|i would like to)( (answer|say|speak|reply|continue|switch"
            + "|say this|answer this|do this)( to)?)?,? )?in (english|chinese|mandarin|cantonese|japanese|korean|french|german"
            + "|spanish|italian|portuguese|arabic|russian|hindi|my (own )?(language|mother tongue))(,? (because|since|as|if|so"
            + " that) [^;:\"“]{1,50})?[.!]*$");

    /**
     * "That is a good place to stop.", "Thank you. That is a practical place to end.", "That is a good bridge to the last
     * part.": the chair marking where the conversation has got to, a step in its order; "That is a good place to start
     * a company" says something of the place and stays.
     */
    private static final Anywhere PLACE_IN_THE_TALK = Anywhere.compile("(?i)^((ok(ay)?|well|and|so|good|great),? )?(that|this)"
            + "(['’]s| is| was| seems like| feels like) (a|an|the|our) (very )?(good|nice|natural|practical|fitting|perfect|great"
            + "|useful|neat|logical|sensible|happy|fine) (place|point|moment|note|spot|way) to (stop|end|finish|start|begin"
            + "|close|wrap( it)? up|pause|leave it|break|end on|start with|begin with|close on|finish on)( (for )?(today|now"
            + "|tonight|this (session|panel|evening|morning|afternoon)))?[.!]*$"
            + "|(?i)^((ok(ay)?|well|and|so|good|great),? )?(that|this)(['’]s| is) (a|an|the) (very )?(good|nice|natural"
            + "|perfect|neat|useful|great|handy) (bridge|segue|transition|lead-in|link|way in|cue) (to|into|for) (the|our|my|a"
            + "|your) ([\\p{L}-]+ ){0,3}(part|question|topic|section|round|panel|subject|segment|discussion|point|session)[.!]*$"
            // "That's a good bridge to agents.": the next subject named by itself, in a word or three
            + "|(?i)^((ok(ay)?|well|and|so|good|great),? )?(that|this)(['’]s| is) (a|an) (very )?(good|nice|natural|perfect|neat"
            + "|great|handy) (bridge|segue|transition|lead-in) (to|into) [\\p{L}-]+( [\\p{L}-]+){0,2}[.!]*$");

    /**
     * "We promised the organisers we would talk about safety, so let's do that.", "I promised the organisers we would
     * end on time, so I will be strict.", "I'll keep the introductions short, because you all came for the panel.": what
     * the chair undertook to those who run the event, or how it will run the next part, a rule of the session.
     */
    private static final Anywhere SESSION_UNDERTAKEN = Anywhere.compile("(?i)^[^;:\"“]{0,60}?\\b(i|we) (have )?(promised"
            + "|told|assured) (the )?(organi[sz]ers|organi[sz]ing committee|hosts|producers|conference|summit|forum)\\b"
            + "[^;:\"“]{0,140}[.!]*$"
            + "|(?i)^((so|and|now|ok(ay)?),? )?(i['’]ll|i will|we['’]ll|we will|let['’]s|let me) keep (the )?(introductions"
            + "|intros|opening|opening remarks|welcome)( (short|brief|quick))(,? (because|since|as|so) [^;:\"“]{1,80})?[.!]*$");

    /**
     * "We'll talk for about forty-five minutes and then open it up.", "There are microphones on both aisles.": how long
     * the panel runs before the floor's questions, and how the floor will ask them.
     */
    private static final Anywhere FLOOR_ARRANGED = Anywhere.compile("(?i)^((so|and|now|first),? )?(we['’]ll|we will|we['’]re"
            + " going to|we are going to|i['’]ll|i will) (talk|speak|chat|go|run|discuss|be up here) (for|about) (about |around"
            + " |roughly |maybe |some |just |only )?(\\d+|[\\p{L}-]+)( [\\p{L}-]+)? (minutes|hours?)( (and|before) (then )?(we['’]ll )?"
            + "(open (it|things) up|open the floor|take (your |some |a few )?questions|go to (the |your )?(questions|audience|floor"
            + "|room)|turn to (the |your )?(questions|audience|floor|room)))?[.!]*$"
            + "|(?i)^((and|also|so),? )?there (are|is|will be) (a |two |several |roaming |standing )?(microphones?|mics?)"
            + " (on|in|at|along|by) [^;:\"“]{1,40}[.!]*$");

    private RunningOrder() {
    }

    /** Whether the sentence reads out the event's running order or its arrangements for the room. */
    /**
     * "The afternoon sessions will begin in Hall B at three o'clock.", "Lunch is served in the foyer until two.": when and
     * where the event's next part takes place, a timetable read out.
     */
    private static final Anywhere TIMETABLE = Anywhere.compile("(?i)^((and|also|finally|as a reminder|just a reminder),? )*"
            + "(the |our |today['’]s |tomorrow['’]s )?(morning |afternoon |evening |next |closing |final |remaining |breakout )?"
            + "(sessions?|panels?|talks?|keynotes?|workshops?|programme|program|lunch|coffee break|reception|dinner|drinks)"
            + " (will |is going to |are going to )?(begin|begins|start|starts|resume|resumes|continue|continues|open|opens"
            + "|be served|is served|are served|take place|takes place)( (again|shortly))? (in|at|on) [^;:\"“]{0,40}\\b(hall"
            + "|room|foyer|lobby|auditorium|stage|o['’]clock|noon|half past|\\d{1,2}([:.]\\d\\d)? ?(a\\.?m\\.?|p\\.?m\\.?))"
            + "\\b[^;:\"“]{0,30}[.!]*$");

    static boolean runsTheEvent(String sentence) {
        String s = sentence.strip();
        return NEXT_ON_STAGE.in(s) || ARRANGEMENTS.in(s) || LANGUAGE_CHOSEN.in(s) || PLACE_IN_THE_TALK.in(s)
                || FLOOR_ARRANGED.in(s) || SESSION_UNDERTAKEN.in(s) || TIMETABLE.in(s);
    }
}
