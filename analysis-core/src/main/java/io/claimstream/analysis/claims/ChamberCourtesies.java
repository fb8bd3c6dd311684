package io.claimstream.analysis.claims;

import java.util.regex.Pattern;

import io.claimstream.analysis.text.Anywhere;

/**
 * The courtesies of a debating chamber (a parliament, an assembly, a council), which every contribution wraps its
 * argument in: the address to the chair ("My Lords,", "Mr Speaker,", "Madam Chair,"), the interests declared, the
 * previous speaker followed and thanked, the points counted out before they are made and a question to the minister
 * announced, agreement with what another member said, the minister's report of who raised what. Each runs the debate
 * and asserts nothing about its subject; the argument is in the sentences around them.
 */
final class ChamberCourtesies {

    /** How members of a chamber are called in it: "the noble Lord", "my honourable friend", "the right reverend Prelate". */
    private static final String MEMBER = "(the|my|our) (noble|honourable|hon\\.?|right honourable|right hon\\.?|right"
            + " reverend|most reverend|learned|gallant|noble and learned|hon\\.? and learned|noble and gallant)"
            + "( [\\p{L}-]+){1,3}";

    /** "My Lords, ", "Mr Speaker, ", "Madam Deputy Speaker, ", "Mr Chairman, ": the chair addressed before the words. */
    private static final Pattern ADDRESS = Pattern.compile("^(?:(?:my|noble) lords|(?:mr|madam|madame)\\.? (?:deputy )?"
            + "(?:speaker|chair|chairman|chairwoman|president|presiding officer)|(?:madam )?chair|members of the"
            + " (?:committee|council|assembly|house)),\\s+(?=\\p{L})", Pattern.CASE_INSENSITIVE);

    /**
     * "I declare my interests as set out in the register.", "I should declare that for some years I advised …", "I refer
     * noble Lords to my registered interests": the member's interests, declared so the house weighs what follows.
     */
    private static final Anywhere DECLARED = Anywhere.compile("(?i)^((and |but |first,? |before i (begin|start),? )?(i|let me)"
            + " (must |should |have to |need to |also |first )?(declare|refer (the house|noble lords|members|the committee"
            + "|colleagues) to|draw (the house['’]s |noble lords['’] |members['’] )?attention to) (my|an|that|a)\\b).*");

    /**
     * "It is a pleasure to follow the noble Baroness, whose …", "it is always a privilege to follow the right reverend
     * Prelate, and I endorse what he said": the speaker before greeted, whatever is added in the same breath.
     */
    private static final Anywhere FOLLOWING = Anywhere.compile("(?i)^(it is|it['’]s|it has been) (always |once again |again"
            + " |a great |such a |a real |an enormous )?(a )?(great |real |particular )?(pleasure|privilege|honou?r|delight)"
            + " to (follow|speak after|respond to|come after|take part in this|speak in this|open this|close this|wind up"
            + " this)\\b.*");

    /**
     * "I am grateful to the noble Baroness for securing this debate", "I thank the noble Baroness, Lady X, for the debate
     * and all noble Lords for their contributions, which …", "I also thank all noble Lords who have spoken": thanks for
     * the debate itself and to whoever took part in it, however long the sentence runs on.
     */
    private static final Anywhere THANKS_FOR_THE_DEBATE = Anywhere.compile("(?i)^((and|but|first|finally|again|also),? )?"
            + "(i|we) (am |are |also |again |too )?(would like to |want to |wish to |must |should like to )?(very |most |also"
            + " )?(thank|grateful to|pay tribute to)\\b[^;:]{0,80}?\\b(for (securing|initiating|opening|introducing|tabling"
            + "|calling|bringing forward|leading|the way|this (debate|opportunity)|the (debate|opportunity|question)"
            + "|(his|her|their|your) (contributions?|speeches|remarks|questions?|kind words))"
            + "|(all )?(noble lords|honourable members|hon\\.? members|members|colleagues) who (have )?(spoken|taken part"
            + "|contributed|put their names down))\\b.*");

    /**
     * "I agree with a good deal of what the noble Lord said, which will surprise neither of us.", "I entirely endorse
     * what he said about children.": agreement with another member's speech, the speech not restated.
     */
    private static final Anywhere AGREED_WITH_WHAT_WAS_SAID = Anywhere.compile("(?i)^((and|but|so),? )?(i|we) (entirely"
            + " |wholly |largely |strongly |very much |also |certainly |readily )?(agree with|endorse|echo|support"
            + "|associate (myself|ourselves) with) ((much|most|all|every word|a (good|great) deal|some|a lot|part|everything)"
            + " (of )?)?what [^;:]{1,80}?\\b(said|has said|argued|has argued|told us|put)\\b[^;:]{0,60}[.!]*$");

    /**
     * "I shall make three points.", "My third point is about testing.", "The second point concerns who owns the
     * machines.", "I have two questions for the Minister.", "But I want to put the other side of the argument on cost.":
     * the speech's own order, the points themselves still to come.
     */
    private static final Anywhere POINTS_COUNTED = Anywhere.compile("(?i)^((so|and|but|now|finally),? )?("
            + "(i|we) (shall|will|['’]ll|want to|would like to|wish to|intend to) (make|raise|offer) (one|two|three|four|five"
            + "|a few|a couple of|some|just one|just two|only one|only two) (brief |short |quick |further |main )?(points"
            + "|observations|remarks|comments|arguments|point|observation)"
            + "|(i|we) (have|want to ask|would like to ask|wish to ask) (one|two|three|four|a few|a couple of|some) (brief"
            + " |short |quick |specific )?(questions|points) (for|to) [^.;:]{1,50}"
            + "|(my|the) (first|second|third|fourth|fifth|next|final|last|other|remaining) (point|question|issue|area"
            + "|observation|concern) (is (about|on)|concerns|relates to|is to do with) [^;:]{1,80}"
            + "|(i|we) (want|would like|wish) to (put|make|present|set out|give) the (other|opposite|contrary) (side|case"
            + "|view)( of the (argument|case|debate))?( (on|about) [^.;:]{1,40})?)[.:]*$");

    /** "I hope the Minister will reflect on that.": a closing courtesy to the minister, the point already made. */
    private static final Anywhere REFLECT_ON_THAT = Anywhere.compile("(?i)^((and|so|but),? )?(i|we) (very much |do )?hope"
            + " (that )?[^;:,]{1,40} (will|would|can|may) (reflect|think|ponder|dwell) (on|about|upon) (that|this|it|these"
            + " (points|matters|remarks)|those (points|matters|remarks))[.!]*$");

    /**
     * "On the grid, my noble friend Lord X raised a serious point.", "The noble Lord, Lord Y, asked about public bodies
     * using such models.": a minister's reply naming which member raised what, before answering it; "made a fair point
     * about the difference between …" judges the point and stays.
     */
    private static final Anywhere POINT_RAISED = Anywhere.compile("(?i)^([^,;:]{1,40}, )?" + MEMBER + "(, [^,;:]{1,40},)?"
            + " (raised|made|put|pressed) (a|an|the|this|that) ((very |most )?[\\p{L}-]+ )?(point|question|issue|case)[.!]*$"
            + "|^([^,;:]{1,40}, )?" + MEMBER + "(, [^,;:]{1,40},)? (asked|enquired|inquired) (me )?about [^;:]{1,120}[.]$");

    /**
     * "I was struck by what Dr X, the chief executive of Y, told the committee last month.": the speaker's lead-in to
     * the words they go on to relay, which are the claims.
     */
    private static final Anywhere STRUCK_BY_WHAT_WAS_SAID = Anywhere.compile("(?i)^((and|but|so),? )?(i was|i have been"
            + "|i am|we were) (particularly |very |much |greatly |deeply )?(struck|interested|encouraged|moved|impressed"
            + "|troubled|alarmed|concerned) by what [^;:]{1,120}?\\b(said|told|wrote|argued|reported|found|published)\\b"
            + "[^;:]{0,60}[.]$");

    /** "I will write to the noble Baroness, Lady X, with the dates.": a letter promised to a member, its content later. */
    private static final Anywhere LETTER_PROMISED = Anywhere.compile("(?i)^((and|but|so|if i may),? )?(i|we) (will|shall"
            + "|['’]ll) (also |of course |gladly |happily )?write to " + MEMBER + "(, [^,;:]{1,40},)?( (with|about|on)"
            + " [^;:]{1,60})?[.!]*$");

    private ChamberCourtesies() {
    }

    /** The sentence without the chair addressed at its start ("My Lords, I declare …" gives "I declare …"). */
    static String withoutAddress(String sentence) {
        return ADDRESS.matcher(sentence).replaceFirst("");
    }

    /** Why the sentence (its address to the chair already taken off) only runs the debate, or null. */
    static String reason(String s) {
        if (DECLARED.in(s)) {
            return "disclosure";
        }
        if (FOLLOWING.in(s) || THANKS_FOR_THE_DEBATE.in(s) || REFLECT_ON_THAT.in(s)) {
            return "courtesy";
        }
        if (AGREED_WITH_WHAT_WAS_SAID.in(s)) {
            return "rejoinder";
        }
        if (POINTS_COUNTED.in(s)) {
            return "signpost";
        }
        if (POINT_RAISED.in(s) || STRUCK_BY_WHAT_WAS_SAID.in(s)) {
            return "lead-in";
        }
        if (LETTER_PROMISED.in(s)) {
            return "hand-off";
        }
        return null;
    }
}
