package io.claimstream.analysis.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.text.Token;

/**
 * A round of introductions that the host asks the panel for ("Let's have each guest introduce themselves first.",
 * "Before we start, thirty seconds each on who you are and what you are working on.", "I'll keep the introductions
 * short."). In each guest's answer, what the guest says of their own work or their outfit's line of work ("I teach at
 * Delft, and my group works on soil chemistry.", "We make pumps for farms, mostly in the south.", "Until May I was at a
 * bank; now I'm building Keelwork, which audits loans.") tells the room who is talking, with or without a greeting
 * before it. A figure, a date or a time gone by ("We have invested in eleven companies.", "We started two years
 * ago."), a view, a forecast or a comparison, or another subject ("Our second chip shipped in May.") is news, and stays
 * a claim, as does anything the round asks for besides ("… and tell us what surprised you").
 */
final class IntroductionRounds {

    /** The host asking the whole panel who they are. "Say who you are" alone calls one person from the floor. */
    private static final Pattern CALL = Pattern.compile("(?i)\\bintroduce (yourselves|themselves|yourself|himself|herself"
            + "|each other)\\b|\\b(the|some|quick|brief|short|a round of) introductions\\b|\\bintroductions first\\b"
            + "|\\beach( guest| of you)?,? (on|to say|say|to tell us|tell us) who (you|they) are\\b"
            + "|\\b(a few words|a word|a little|a bit) about (yourselves|themselves)\\b");

    /** At most this many words in a host's turn that only calls the next guest ("Serena.", "Haoxuan, you first."). */
    private static final int CALLING_THE_NEXT = 4;

    /**
     * The speaker, or their outfit, as the subject the sentence opens with, after a connective or a short phrase of
     * time ("Until March I was …"). "My" and "our" count before the words for an outfit or a line of work only.
     */
    private static final Pattern OWN_SUBJECT = Pattern.compile("(?i)^(?:(?:and|so|also|now|currently|today)\\b,? )*"
            + "(?:(?:until|before|since|after) [^,;:\\d]{1,25}?,? (?=i\\b|we\\b))?"
            + "(?:i|i['’]m|we|we['’]re|(?:my|our) (?:[\\p{L}-]+ )?(?:lab|group|team|company|firm|start-?up|fund|department"
            + "|unit|office|studio|center|centre|research|work|job|students|business))\\b");

    /**
     * What makes a line about oneself news or a view: a figure, a count or a date; a time gone by; a verb of belief,
     * a modal or a forecast; a comparison or a concession.
     */
    private static final Pattern NEWS_OR_VIEW = Pattern.compile("(?i)\\d|%|\\b(one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?"
            + "|millions?|billions?|dozens?|half|percent|ago|last (year|month|week|quarter)|think|believe|expect|feel"
            + "|hope|doubt|suspect|bet|guess|worry|fear|predict|will|would|should|could|must|might|may|can|cannot"
            + "|can['’]t|won['’]t|best|better|worse|worst|largest|biggest|leading|fastest|cheapest|because|but|though"
            + "|although|if)\\b|['’](ll|d)\\b|(?<!rather )\\bthan\\b|\\bthe [\\p{L}-]+est\\b");

    private IntroductionRounds() {
    }

    /**
     * Indexes of the sentences in the guests' answers to a call for introductions: each guest's first turn after the
     * call, until the host speaks again beyond calling the next guest by name.
     */
    static Set<Integer> answers(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers,
                                List<Candidate> candidates) {
        Map<Integer, Person> holders = new HashMap<>(turnSpeakers);
        for (Candidate c : candidates) {
            if (c.sentence().block().inTurn() && c.speaker() != null) {
                holders.putIfAbsent(c.sentence().block().turn(), c.speaker());
            }
        }
        Set<Integer> answers = new HashSet<>();
        Person host = null;
        int callTurn = -1;
        Set<Person> answered = new HashSet<>();
        Map<Integer, Integer> wordsInTurn = new HashMap<>();
        Integer answering = null;
        for (Sentence s : sentences) {
            if (!s.block().inTurn()) {
                continue;
            }
            int turn = s.block().turn();
            Person holder = holders.get(turn);
            if (host == null) {
                if (holder != null && CALL.matcher(s.text(text)).find()) {
                    host = holder;
                    callTurn = turn;
                }
                continue;
            }
            if (turn == callTurn) {
                continue;
            }
            if (holder == host) {
                int words = wordsInTurn.merge(turn, (int) s.tokens().stream().filter(Token::isWord).count(), Integer::sum);
                if (words > CALLING_THE_NEXT) {
                    break; // the host is running the panel again: the round is over
                }
                continue;
            }
            if (holder == null) {
                continue;
            }
            if (answering == null || answering.intValue() != turn) {
                if (!answered.add(holder)) {
                    continue; // a guest's second turn is no introduction
                }
                answering = turn;
            }
            answers.add(s.index());
        }
        return answers;
    }

    /** Whether a sentence of an answer tells only what the speaker or their outfit does, or did until now. */
    static boolean tellsOwnWork(String said) {
        String s = said.strip().replaceAll("\\s+", " ");
        return OWN_SUBJECT.matcher(s).lookingAt() && !NEWS_OR_VIEW.matcher(s).find() && !NonClaims.marksAView(s);
    }
}
