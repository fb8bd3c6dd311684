package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.Person;

/**
 * The turns of whoever conducts a conversation, and what they put to the other in them. A host or moderator is known
 * by how their turns end: on a question, most of the time. A tag question closing such a turn ("That is cheap, isn't
 * it?") asks the other to confirm, and so does a turn of one short "So …" sentence that says the last answer back
 * ("So the robot is training the robot."); neither is the asker's claim, nor is the statement after a question of a few
 * words that makes up the rest of the turn ("What about chips? Export controls tightened again in March."), which says
 * what the question is about. A view the asker marks as their own ("…, won't it?", "So I think …") stays theirs.
 */
final class AskingTurns {

    /** "So the robot is training the robot.": the last answer said back, opening on "so". */
    private static final Pattern SAID_BACK = Pattern.compile("(?i)^so,? (\\p{L}+ ){1,9}\\p{L}+[.!]$");

    /** How many words a question of a few words has at most: "What about chips?", "Isn't that lock-in?". */
    private static final int SHORT_QUESTION = 5;

    private AskingTurns() {
    }

    private static long words(Sentence s) {
        return s.tokens().stream().filter(io.claimstream.analysis.text.Token::isWord).count();
    }

    /**
     * The turns held by somebody who asks more than they answer: two or more of their turns end on a question, and at
     * least half of all their turns do, in a conversation of two voices or more. Turns nobody is known to hold (a
     * publication asking under its name) are left out.
     */
    static Set<Integer> ofInterviewers(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers,
                                       List<Candidate> candidates) {
        Map<Integer, Object> holders = new HashMap<>();
        turnSpeakers.forEach((turn, person) -> holders.put(turn, person));
        for (Candidate c : candidates) {
            if (c.sentence().block().inTurn() && c.speaker() != null) {
                holders.putIfAbsent(c.sentence().block().turn(), c.speaker());
            }
        }
        Map<Integer, Sentence> lastOfTurn = new HashMap<>();
        for (Sentence s : sentences) {
            if (s.block().inTurn()) {
                lastOfTurn.put(s.block().turn(), s);
            }
        }
        Map<Object, Integer> turns = new HashMap<>();
        Map<Object, Integer> asking = new HashMap<>();
        Object nobody = new Object();
        for (Map.Entry<Integer, Sentence> e : lastOfTurn.entrySet()) {
            Object holder = holders.getOrDefault(e.getKey(), nobody);
            turns.merge(holder, 1, Integer::sum);
            if (e.getValue().isQuestion(text)) {
                asking.merge(holder, 1, Integer::sum);
            }
        }
        Set<Integer> interviewerTurns = new HashSet<>();
        for (Integer turn : lastOfTurn.keySet()) {
            Object holder = holders.getOrDefault(turn, nobody);
            int asked = asking.getOrDefault(holder, 0);
            if (holder != nobody && turns.size() >= 2 && asked >= 2 && asked * 2 >= turns.get(holder)) {
                interviewerTurns.add(turn);
            }
        }
        return interviewerTurns;
    }

    /** Indexes of the sentences in the interviewer's turns that ask the other to confirm, not the asker's claims. */
    static Set<Integer> premises(String text, List<Sentence> sentences, Set<Integer> interviewerTurns) {
        Map<Integer, List<Sentence>> byTurn = new HashMap<>();
        for (Sentence s : sentences) {
            if (s.block().inTurn() && interviewerTurns.contains(s.block().turn())) {
                byTurn.computeIfAbsent(s.block().turn(), t -> new ArrayList<>()).add(s);
            }
        }
        Set<Integer> premises = new HashSet<>();
        for (List<Sentence> turn : byTurn.values()) {
            if (turn.size() == 1 && SAID_BACK.matcher(turn.get(0).text(text).strip()).matches()
                    && !NonClaims.marksAView(turn.get(0).text(text))) {
                premises.add(turn.get(0).index());
                continue;
            }
            if (turn.size() == 2 && turn.get(0).isQuestion(text) && !turn.get(1).isQuestion(text)
                    && words(turn.get(0)) <= SHORT_QUESTION && !NonClaims.marksAView(turn.get(1).text(text))) {
                premises.add(turn.get(1).index()); // "What about chips? Export controls tightened in March."
                continue;
            }
            Sentence closing = turn.get(turn.size() - 1);
            if (closing.isQuestion(text) && Questions.isTagQuestion(closing.text(text))
                    && !NonClaims.marksAView(closing.text(text))) {
                premises.add(closing.index());
            }
        }
        return premises;
    }
}
