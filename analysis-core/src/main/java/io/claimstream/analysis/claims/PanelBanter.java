package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * What the people on a stage say about one another as members of the panel rather than about the field: the parts
 * they play in it ("So the lawyer is the sceptic and the engineer the believer."), who is who among them ("You are the
 * one with the budget.", "I am the one who used to sign the cheques."), who sits in the room ("I have my board in the
 * audience."), how they get on ("That is why we are still friends."), agreeing with everyone as a novelty of the
 * occasion, a reply labelled by whose reply it is ("That is a very lawyerly answer."), a clash welcomed ("Good, we
 * have a fight."), why the organisers invited them, how a remark was meant ("I'm only half joking.") and who else is
 * listening ("I hope my investors are listening."). Each is a remark about the conversation, with no proposition about
 * the world the conversation is about.
 */
final class PanelBanter {

    /** The parts a panel casts its members in. */
    private static final String PARTS = "(pessimist|optimist|sceptic|skeptic|contrarian|realist|idealist|bull|bear|cynic"
            + "|believer|doubter|heretic|outlier|odd one out|cautious one|bullish one|bearish one|devil['’]s advocate)";

    /** A member of the panel named by what they are: "the investor", "our regulator", "the two founders". */
    private static final String MEMBER = "(the|our|my) ([\\p{L}-]+ )?[\\p{L}-]+";

    /**
     * "So the investor is the pessimist and the founder the optimist.", "I'll be the contrarian, then.": a member cast
     * in a part of the debate.
     */
    private static final Anywhere CAST = Anywhere.compile("(?i)^((so|and|well|then|okay|ok|right),? )*(" + MEMBER
            + " (is|was|['’]s|are|were)|(i|you)(['’]ll| will| can| am|['’]m| are|['’]re)( be| play)?) (the|our|your|my)"
            + " (resident |designated |usual )?" + PARTS + "s?( here| today| then| on (this|the) (panel|stage|call))?"
            + "(,? and " + MEMBER + " ((is|was|['’]s|are) )?(the |our )?" + PARTS + "s?)?(,? then)?[.!]*$");

    /**
     * "Ana, you are the one with the budget.", "I am the one who used to have the money.": who is who among those
     * present, said to them or of oneself.
     */
    private static final Anywhere WHO_IS_WHO = Anywhere.compile("(?i)^((\\p{Lu}[\\p{L}'’.-]+ ){0,2}\\p{Lu}[\\p{L}'’.-]+, )?"
            // "I want to be careful here because I am the person on this panel whose …": a caution, then who the speaker is
            + "([^;:\"“]{0,50} (because|since|as) )?"
            + "(and |so |well,? )?(i am|i['’]m|you are|you['’]re) (the|our) (only )?(one|person|people|ones)( here| on (this|the)"
            + " (panel|stage|call|show)| in (this|the) room)? (who|whose|with|that)\\b[^;:,\"“]{0,40}[.!]*$"
            // "I will be the boring person on this panel.", "You're the brave one here.": the part a member takes, in a word
            + "|(?i)^((so|and|well|then|ok(ay)?|right),? )*(i|you)(['’]ll| will| am|['’]m| are|['’]re| can)( be| play)? the"
            + " [\\p{L}-]+ (one|person|voice)( here| today| tonight| then| on (this|the) (panel|stage|call|show))?(,? then)?[.!]*$");

    /** "I have investors in the room.", "We've got two regulators on this panel.": who is present. */
    private static final Anywhere WHO_IS_PRESENT = Anywhere.compile("(?i)^((well|look|but|and|so|careful|remember),? )*"
            + "(i|we)( have|['’]ve got| have got| see| know there are| know there['’]s) [^;:,\"“]{1,30} (in the (room|audience|hall"
            + "|front row|crowd|studio)|on (the|this) (panel|stage|call|line))( (today|tonight|right now|now))?[.!]*$");

    /**
     * "I should be careful, Ana is sitting right next to me.": who sits beside the speaker, a remark about the stage.
     */
    private static final Anywhere SITS_BESIDE = Anywhere.compile("^([^;:\"“]{0,30}, )?((\\p{Lu}[\\p{L}'’.-]+ ){0,2}"
            + "\\p{Lu}[\\p{L}'’.-]+|(?i:he|she|they|my [\\p{L}-]+|our [\\p{L}-]+)) (?i:is|are|['’]s|['’]re) (?i:sitting|standing"
            + "|seated|right) (?i:right )?(?i:next to|beside|behind|in front of|opposite|across from) (?i:me|us)"
            + "( (?i:today|tonight|right now|now))?[.!]*$");

    /** "That is why we get along.": how the speakers get on, put down to what was just said. */
    private static final Anywhere HOW_WE_GET_ON = Anywhere.compile("(?i)^((and|so|well|but),? )?(that|this)(['’]s| is)"
            + " (exactly |precisely |probably |perhaps |maybe )?(why|how) (we|you and i|the two of us|(he|she|they) and i)"
            + " (still )?(get (on|along)|are (still )?friends|['’]re (still )?friends|work (so )?well together|like each other|stay friends"
            + "|never agree|always argue|argue so much|disagree so often|keep arguing)( so well)?[.!]*$"
            // "That is why they invited us.": the speakers' place on the stage put down to what was just said
            + "|(?i)^((and|so|well|but),? )?(that|this)(['’]s| is) (exactly |precisely |probably |perhaps |maybe |clearly )?why"
            + " (they|you|the organi[sz]ers|the (forum|conference|festival|show|summit)) (invited|asked|booked|chose|picked)"
            + " (us|me|you|them|him|her)( (here|today|tonight|on (this|the) (panel|stage|show)))?[.!]*$");

    /**
     * "I agree with both of them, which almost never happens on a podcast.": agreeing with everyone, told as a novelty
     * of the occasion; "…, which is why prices will fall" goes on to a claim and does not match.
     */
    private static final Anywhere AGREEING_AS_A_NOVELTY = Anywhere.compile("(?i)^((well|so|and|honestly),? )?(i|we)"
            + " (fully |completely |actually )?(agree|disagree) with (all|both|everyone|everybody|each|every one|the (other|two"
            + "|three|four|five|rest))\\b[^;:,\"“]{0,25}, which (has |had )?(never|rarely|almost never|hardly ever|seldom)"
            + " (happened|happens)\\b[^;:\"“]{0,40}[.!]*$");

    /**
     * "That is the investor's answer.", "That's a very diplomatic reply.": a reply labelled by whose or what kind of
     * reply it is, which weighs the exchange and not the subject.
     */
    private static final Anywhere REPLY_LABELLED = Anywhere.compile("(?i)^((well|ha|oh|and|so),? )?(that|this|it)(['’]s| is"
            + "| was) (such |quite |very much )?(a|an|the|your|a very|a typical|the typical|a classic|the classic|a true"
            + "|a real)( [\\p{L}'’-]+){1,2} (answer|reply|response)[.!]*$");

    /**
     * "Then I will hold you to that.", "I'll quote you on it.": the speaker taking the other at their word, a promise
     * about the conversation.
     */
    private static final Anywhere AT_THEIR_WORD = Anywhere.compile("(?i)^((then|so|well|ok(ay)?|good|great|right|fine),? )*"
            + "(i|we)(['’]ll| will| am going to|['’]m going to| are going to|['’]re going to| shall) (hold you to|quote you on"
            + "|take you at your word|take your word for|keep you to)\\b[^;:]{0,40}[.!]*$");

    /** "Good, we have a fight.", "Finally, a disagreement!": the host welcoming a clash on the panel. */
    private static final Anywhere A_FIGHT = Anywhere.compile("(?i)^((good|great|excellent|finally|ok(ay)?|wonderful|ha|oh"
            + "|now),? )*((now |finally )?(we|you two|you both) (have|['’]ve got|have got) )?(a|an|our|some) (real |proper |first"
            + " |little )?(fight|disagreement|argument|clash|debate|difference of opinion)( (here|at last|finally|on (the|this)"
            + " (panel|stage)))?[.!]*$");

    /** "I am only half joking.", "I'm not even kidding.": how the speaker means the remark before, no remark itself. */
    private static final Anywhere HOW_MEANT = Anywhere.compile("(?i)^((and|but|well|ok(ay)?|no|look),? )?(i['’]m|i am|i was)"
            + "( only| just| not| half| partly| mostly| entirely| completely| even| only partly)* (joking|kidding|serious)"
            + "( (here|now|about (this|that|it)))?[.!]*$");

    /** "I hope my investors are listening.": the speaker minding who else hears the panel, not the subject. */
    private static final Anywhere WHO_IS_LISTENING = Anywhere.compile("(?i)^((and|so|well|but),? )?(i hope|hopefully|let['’]s"
            + " hope|i bet) (my|our|your) [\\p{L} -]{1,30} (is|are|isn['’]t|aren['’]t)( not)? (listening|watching|reading)"
            + "( (this|now|today|tonight))?[.!]*$");

    private PanelBanter() {
    }

    /** Whether the sentence is said about the panel and its members, not about the subject. */
    /** The speaker's own people: their backers, staff, family. */
    private static final String OWN_PEOPLE = "my (investors|lps|limited partners|board|co-?founders?|engineers|team|staff"
            + "|students|wife|husband|mother|father|kids|children|parents|boss)";

    /**
     * "Most of my investors say the same thing.", "That is exactly what my investors say about him.", "My engineers would
     * say higher.": what the speaker's own people say, pointing back at the last remark, whose words were said already;
     * "My engineers say the chip is late" says what they say, and stays.
     */
    private static final Anywhere ECHOED_BY_OWN_PEOPLE = Anywhere.compile("(?i)^((and|but|well|so|honestly),? )*((most|all"
            + "|some|half) of )?" + OWN_PEOPLE + " (say|says|said|would say|will say|keep saying|tell me|told me) (the same"
            + "( thing)?|so|that( too)?|higher|lower|more|less|the opposite)( (all the time|every (day|week)|too))?[.!]*$"
            + "|(?i)^((and|but|well|so|ha),? )*(that|this)(['’]s| is) (exactly |precisely |just |also )?what " + OWN_PEOPLE
            + " (say|says|said|tell me|told me|keep saying)( about (him|her|them|it|me|you|us))?[.!]*$");

    /**
     * "And now it's on a podcast, so it's a promise.", "I will tell her it was a public promise.": a remark held to
     * because it was said on the record, a joke about the occasion.
     */
    private static final Anywhere ON_THE_RECORD = Anywhere.compile("(?i)^((and|but|well|so|ok(ay)?),? )*(now )?(it['’]s|it is"
            + "|that['’]s|that is) (now )?on (a|the) (podcast|record|tape|air|camera|video|livestream|stream)(,? so it['’]s a"
            + " (promise|commitment|deal))?[.!]*$"
            + "|(?i)^((and|but|well|so),? )*(i['’]ll|i will) (tell|remind) (her|him|them|you|my [\\p{L}-]+) (it|that) (was|is)"
            + " a (public |formal )?(promise|commitment)[.!]*$");

    static boolean aboutThePanel(String sentence) {
        String s = sentence.strip();
        return CAST.in(s) || WHO_IS_WHO.in(s) || WHO_IS_PRESENT.in(s) || SITS_BESIDE.in(s) || HOW_WE_GET_ON.in(s)
                || AGREEING_AS_A_NOVELTY.in(s) || REPLY_LABELLED.in(s) || AT_THEIR_WORD.in(s) || A_FIGHT.in(s)
                || HOW_MEANT.in(s) || WHO_IS_LISTENING.in(s) || ECHOED_BY_OWN_PEOPLE.in(s) || ON_THE_RECORD.in(s);
    }
}
