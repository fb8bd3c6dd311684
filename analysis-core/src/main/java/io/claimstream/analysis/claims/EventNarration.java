package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * The writer telling what happened in the room: the audience or the one running the conversation doing what an
 * audience or a host does ("The interviewer pushed him twice on the launch date.", "Half of the room applauded the
 * answer."), the session opened or closed by somebody doing so ("The chair ended the hearing by thanking the
 * witnesses."), who left or stayed on the stage, and a quotation the writer marks as said in jest ("…," she said,
 * laughing.), the room's own vote, the event that hosted the conversation and which investor backed a company the piece
 * has named, who sat on the stage and where in the event the news came. Such a sentence reports the event, not
 * anybody's view of the world; where the sentence goes on to what somebody said, it stays.
 */
final class EventNarration {

    /** Who in a reported event is not a source but its room: the audience, the host and whoever runs the session. */
    private static final String ROOM = "(?i:((most|much|many|some|half|all|parts?|the rest) of )?(the )?(audience|crowd|room|hall"
            + "|host|hosts|moderator|interviewer|chair|chairman|chairwoman|presenter|anchor|listeners|attendees|delegates"
            + "|spectators|onlookers)( members)?)";

    /** What the room does: reacts, or, for the host, presses and thanks. */
    private static final String ROOM_DOES = "(?i:(then |again |also |only |briefly |repeatedly |loudly )?(laughed|applauded"
            + "|clapped|cheered|gasped|groaned|murmured|nodded|smiled|pressed|pushed|interrupted|thanked|fell silent|went quiet"
            + "|burst into)\\b)";

    /** Reported words after it make the sentence a report of them ("…, and the moderator said that …"). */
    private static final String NO_WORDS_REPORTED = "(?!.*\\b(?i:said|says|told|replied|answered|argued|added|insisted"
            + "|noted|warned|predicted)\\b)";

    private static final Anywhere ROOM_REACTED = Anywhere.compile("^" + NO_WORDS_REPORTED + "((?i:and|but|then|when|as),? )?"
            + ROOM + " " + ROOM_DOES + "[^;:\"“]{0,120}$"
            // "That gap got the biggest reaction of the morning.", "Cue some muttering in the front row.": the room's
            // response, told of what provoked it or cued like a stage direction
            + "|^" + NO_WORDS_REPORTED + "[^;:\"“]{1,50}? (?i:got|drew|earned|won|brought|prompted) (?i:the (biggest|loudest|only"
            + "|first|warmest|longest)|a|an|some|more|the) ((?i:big|loud|warm|long|nervous|audible) )?(?i:reaction|laugh|laughs"
            + "|laughter|applause|round of applause|groans?|gasps?|murmurs?|cheers?|muttering)\\b[^;:\"“]{0,40}$"
            + "|^(?i:cue) (?i:some |the |a |more |much )?((?i:nervous|loud|audible|polite) )?(?i:laughter|laughs|muttering|applause"
            + "|groans|murmurs|gasps|nodding|cheers|eye-rolling)\\b[^;:\"“]{0,40}$");

    /** "The chair closed the session by thanking the guests.": how somebody opened or ended the event itself. */
    private static final Anywhere SESSION_BOUNDED = Anywhere.compile("^" + NO_WORDS_REPORTED + "[^;:\"“]{1,60}? (?i:(closed"
            + "|opened|ended|wrapped up|concluded|kicked off|began|started) the (session|panel|discussion|forum|event"
            + "|conversation|evening|day|debate|conference|summit|interview|programme|program|show|meeting|hearing|talk)"
            + " (by|with) (thanking|inviting|asking|introducing|welcoming|reading|playing|handing|calling|showing"
            + "|a (round|show|vote|thank|joke|poll|minute)))\\b[^;:\"“]{0,100}$");

    /** "…," she said, laughing.: the writer's frame says the words were a joke. */
    private static final Anywhere SAID_IN_JEST = Anywhere.compile("(?i)^.*[\"”’'],? (s?he|they|\\p{L}+( \\p{L}+)?) "
            + "(said|says|added|replied|answered),? (with a (laugh|grin|chuckle)|laughing|jokingly|half-jokingly|in jest"
            + "|half in jest),?( (to|from) [^;:\"“]{1,30})?[.!]*$");

    /**
     * "Ada left for a board meeting; the others stayed on stage for another hour.": who came and went on the stage,
     * the event's movements, not anybody's words.
     */
    private static final Anywhere STAGE_MOVES = Anywhere.compile("^" + NO_WORDS_REPORTED + "[^;:\"“]{1,60}? (?i:(left (for a"
            + " (customer |client |board |press )?(meeting|call|flight|train|appointment)|the (stage|room|hall|podium)|early)"
            + "|stayed on( the)? stage|(took|left|returned to) the (stage|podium)|walked (off|on|onto|on to)( the)? stage))\\b"
            + "[^:\"“]{0,160}$");

    /**
     * "According to the Daily Ledger, on Friday the Harbour Forum hosted a panel between Ana Ruiz, a founder, and Tom
     * Berg, an investor.": the event that brought the speakers together and who met there, the news peg of a report;
     * what they said there comes after it.
     */
    private static final Anywhere CONVERSATION_HOSTED = Anywhere.compile("^" + NO_WORDS_REPORTED
            + "(?!.*\\b(?i:that|believes?|thinks?|expects?|predicted|claimed)\\b)[^;:\"“]{1,160}? (?i:hosted|held|staged"
            + "|organi[sz]ed|convened|put on) (?i:a|an)( [\\p{L}-]+){0,3} (?i:dialogue|conversation|fireside( chat)?|chat|panel"
            + "|roundtable|round-table|debate|discussion|interview|session)( (?i:discussion|session))? (?i:between|with|featuring"
            + "|among|bringing together)\\b[^;:\"“]{1,200}$");

    /**
     * "Closing audience vote: FOR 52% | AGAINST 40%", "Studio poll results: …": the room's own vote, recorded by the
     * transcript; a tally of the audience, not a claim anybody makes.
     */
    private static final Anywhere ROOM_VOTE = Anywhere.compile("^(?i:((pre|post)-?(debate|show|event|session|talk)"
            + "|opening|closing|final|first|second|live) )?(?i:audience|room|studio|floor|live|debate)"
            + " (?i:vote|poll|show of hands)( (?i:results?|tally|count))?\\s*[:：].*");

    /**
     * "Keel Ventures led the company's $80 million Series C in 2024.": which investor put money into a company the
     * piece has already named, the background of the people on stage, told by the writer.
     */
    private static final Anywhere ROUND_LED = Anywhere.compile("^" + NO_WORDS_REPORTED + "\\p{Lu}[\\p{L}'’-]+"
            + "( \\p{Lu}[\\p{L}'’-]+){0,3} (?i:(also )?(led|co-led|joined|backed|participated in|took part in)) (?i:the"
            + " company['’]s|its|their|his|her|the start-up['’]s|the startup['’]s) ([^;:\"“]{1,40}? )?(?i:(series [a-h]|seed"
            + "|pre-seed|angel|pre-ipo|strategic|funding|financing|investment)( round| rounds)?)( (?i:in|last|this) [\\p{L}\\d]+)?"
            + "[.!]*$");

    /**
     * "In 2024 Lanyue raised 4.2 billion yuan in a round led by Keel Ventures.", "Kettle has raised $18 million since
     * 2023.": the same backing told from the company's side, its round and who led it; a speaker's own "We raised …" in
     * a turn is their account, and stays.
     */
    private static final Anywhere FUNDS_RAISED = Anywhere.compile("^" + NO_WORDS_REPORTED + "((?i:in|by|since|last|this)"
            + " [^,;:\"“]{1,30},? )?(?!(?i:we|i|they|you|he|she|it)\\b)\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,3}"
            + " (?i:(has |had )?raised) (?i:(about|roughly|some|more than|over|nearly|almost|another|a further) )?[$€£¥]?\\d[\\d.,]*"
            + "( ?(?i:million|billion|bn|m|k))?( (?i:yuan|dollars|euros|pounds|yen|rupees))? (?i:(in|through) (a|an|its|the)"
            + " [^;:\"“]{0,40}round( led by [^;:\"“]{1,80})?|from [^;:\"“]{1,80}|since [^;:\"“]{1,40}|(in|last|this)"
            + " [\\p{L}\\d]+( \\d{4})?)[.]$");

    /** "Keel's fund is an investor in Tidewater.": who backs a company the piece has named, the writer's background. */
    private static final Anywhere INVESTED_IN = Anywhere.compile("^\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,3}"
            + "(['’]s? (?i:firm|fund|company|family office))? (?i:is|was|has been|had been) (?i:(also )?(an|a|the)"
            + " (early |lead |major |minority |significant |existing )?(investor|backer|shareholder) in) \\p{Lu}[\\p{L}'’.-]+"
            + "( \\p{Lu}[\\p{L}'’.-]+){0,3}[.]$");

    /**
     * "The investor disagreed, gently.", "She laughed.", "He was unconvinced.", "The architect did not reply to that
     * directly.", "The former official added one warning.": a panellist's reaction, or the announcement of a remark to
     * come, told with nothing said in it; what they argued, if anything, comes in the sentences after it.
     */
    private static final Anywhere BARE_REACTION = Anywhere.compile("^(?i:the [\\p{L}-]+( [\\p{L}-]+)?|he|she|they"
            + "|(?!(?i:our|my|their|his|her|its|your|some|many|most|all)\\b)\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+)?"
            // "Dr. Han agreed …", "Owen, characteristically, disagreed …": a title before the name, an aside after it
            + "|(?i:dr|prof|mr|mrs|ms)\\. \\p{Lu}[\\p{L}'’-]+)(, (?i:[\\p{L}]+ly),)? (?i:(also |just |only )?("
            // "… disagreed with the last sentence.", "… agreed on inference but not on training.": a side taken on what
            // was just said, pointed back to or split by its parts, the words of it told elsewhere
            + "(disagreed|agreed) (with (that|this|it|him|her|them|the (last|first|second|previous|whole) (sentence|point"
            + "|part|remark|line|answer|claim|bit))|on [\\p{L}-]+( [\\p{L}-]+)? but not (on )?[\\p{L}-]+( [\\p{L}-]+)?)"
            + "|disagreed|agreed|laughed|smiled"
            + "|nodded|shrugged|sighed|winced|grinned|frowned|demurred|hesitated|paused|objected|bristled|pushed back"
            + "|(was|were|seemed|looked|sounded|remained) (visibly |clearly |still |less |more |not )?(unconvinced"
            + "|unmoved|skeptical|sceptical|doubtful|sure|convinced|certain|unimpressed|amused|surprised)"
            + "|(did not|didn['’]t) (reply|respond|answer|react)( to (that|this|it|the (point|question|remark)))?"
            + "|(added|offered|issued|sounded|had) (one|a|another) (warning|caveat|note|thought|objection|correction"
            + "|qualification)"
            // "Ren conceded the point with a shrug.", "She dodged the question.": the point or question dealt with, and how
            + "|(conceded|granted|accepted|took|dodged|ducked|sidestepped|deflected|parried|batted away) the (point|question"
            + "|objection|criticism)( (with a (shrug|smile|laugh|grin|nod|sigh)|gracefully|graciously|cheerfully|easily))?"
            // "Ren listed three mistakes, unprompted.": the list announced, its items told in the sentences after it
            + "|(listed|named|gave|offered|described) (two|three|four|five|six|several|a few|a couple of) (mistakes|lessons"
            + "|reasons|examples|points|things|rules|risks|worries)(,? (unprompted|without being asked|in turn|in order))?"
            + ")(,? (gently|politely|firmly|quietly|sharply|immediately|directly|visibly|again|too"
            + "|at first|at that|for a (while|moment)|loudly))*)[.!]*$");

    /**
     * "On stage were Ada Kim, who runs …; Ben Ode, …", "Joining them by video was …": who sat on the panel, listed by
     * the writer; what they said comes after it.
     */
    private static final Anywhere ON_STAGE = Anywhere.compile("^" + NO_WORDS_REPORTED + "(?i:(with (him|her|them) )?(on (the )?"
            + "(stage|panel|podium|dais|call|screen)|onstage|joining (him|her|them)( on (the )?(stage|panel))?( by (video|phone"
            + "|link))?)),? (?i:were|was|sat|stood|appeared) \\p{Lu}.*");

    /**
     * "The headline number came at the very end.", "The sharpest exchange came during the Q&A.": where in the event
     * something came, the writer's guide to the report and not what was said.
     */
    private static final Anywhere PLACE_IN_THE_EVENT = Anywhere.compile("(?i)^(the|its|their|our|his|her) ([\\p{L}-]+ ){0,2}"
            + "(number|numbers|moment|moments|line|quote|exchange|news|surprise|announcement|highlight|twist|remark|fireworks"
            + "|drama|disagreement|clash|laugh|applause) (came|arrived|was saved|were saved|happened|followed) (only )?(at|in"
            + "|near|towards?|during|right at|just before|after) (the )?(very )?(end|start|beginning|close|middle|last minute"
            + "|q&a|lightning round|final (minutes?|question|round|session)|(audience )?questions)( of [^;:\"“]{1,30})?[.!]*$");

    private EventNarration() {
    }

    /** Whether the sentence tells only how a person reacted, or that they added a remark, saying nothing of theirs. */
    static boolean reactsOnly(String sentence) {
        return BARE_REACTION.in(sentence.strip());
    }

    /**
     * Whether the sentence narrates the event: the room reacting, the host pressing or the session bounded, who sat on
     * the stage and where in the event something came.
     */
    static boolean narratesTheRoom(String sentence) {
        String s = sentence.strip();
        return ROOM_REACTED.in(s) || SESSION_BOUNDED.in(s) || STAGE_MOVES.in(s) || ON_STAGE.in(s)
                || PLACE_IN_THE_EVENT.in(s);
    }

    /** Whether the line records the room's vote, or tells which investor backed a named company or what it raised. */
    static boolean recordsTheRoomOrTheBacking(String sentence) {
        String s = sentence.strip();
        return ROOM_VOTE.in(s) || ROUND_LED.in(s) || FUNDS_RAISED.in(s) || INVESTED_IN.in(s);
    }

    /** Whether the sentence tells that an event hosted the conversation, and between whom. */
    static boolean hostedAConversation(String sentence) {
        return CONVERSATION_HOSTED.in(sentence.strip());
    }

    /** Whether the writer frames the quoted words as said in jest. */
    static boolean saidInJest(String sentence) {
        return SAID_IN_JEST.in(sentence.strip());
    }
}
