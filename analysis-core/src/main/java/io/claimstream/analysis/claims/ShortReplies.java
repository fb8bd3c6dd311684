package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.claimstream.analysis.predictions.ProbabilityReader;
import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;

/**
 * Replies that assert however few their words, read from the dialogue rather than from the words alone. A turn that
 * opens right after somebody else asked for a view ("Do you buy that?" "Completely.", "How hard is it to hire?"
 * "Brutal.") answers with the question's proposition: its first sentence is the speaker's position on it. And in a
 * round of odds, where the speakers answer one after another with a figure and at least one of them gives it as a
 * percentage ("Seventy percent." "Sixty." "Sixty-five."), a bare figure is that speaker's probability.
 */
final class ShortReplies {

    /** "Can I ask …?", "May we …?", "Could you introduce yourself?": asking leave or a service, not a view. */
    private static final Pattern REQUEST = Pattern.compile("(?i)^(\\p{L}+, )?((can|could|may|shall|might) (i|we)\\b"
            + "|(can|could|would|will) you (hear|see|introduce|say a (few )?words?|start|walk|give|tell|share|explain"
            + "|describe|repeat|unmute|mute|hold)\\b|would you (like|mind)\\b|are you (there|ready|with us)\\b"
            + "|(can|could) (people|everyone|everybody|all of you|you all) (see|hear)\\b"
            + "|how are you\\b|how['’]s it going\\b|ready\\b|shall we\\b)");
    /** "… and you're happy for me to record?": asking consent. */
    private static final Pattern CONSENT = Pattern.compile("(?i)\\b(happy|ok|okay|fine|alright|all right|comfortable)\\b"
            + "[^?]{0,25}\\b(record|recording|if i|if we|for me|for us)\\b");
    /** A reply about the question rather than to it: "Good question.", "Pass.", "Objection. Form.". */
    private static final Set<String> ABOUT_THE_QUESTION = Set.of("question", "pass", "objection");
    /** "… and I won't say whose it was.": a reply that declines to answer. */
    private static final Pattern DECLINES = Pattern.compile("(?i)\\b(won['’]t|will not|can['’]t|cannot|not going to"
            + "|wouldn['’]t|would rather not) (say|tell|comment|name|get into)\\b|\\bno comment\\b");

    private static final Set<String> STAGE_NOTE = Set.of("(", "[");
    /** Answers tagged as interjections that still take a position, unlike "Sure." or "Hmm.". */
    private static final Set<String> YES_OR_NO = Set.of("yes", "yeah", "yep", "no", "nope");

    private final Set<Integer> replies = new HashSet<>();
    private final Set<Integer> odds = new HashSet<>();
    /** The opening sentence of every turn in a round of odds, bare figure or figure argued ("Ten, because …"). */
    private final Set<Integer> roundAnswers = new HashSet<>();
    /** Answers in a round asked for a score out of ten whose figure names no unit ("Seven."): tenths, not percent. */
    private final Set<Integer> outOfTen = new HashSet<>();
    private final Set<Integer> arguedFurther = new HashSet<>();

    private ShortReplies() {
    }

    /** @param turnSpeakers who holds each turn, by turn index */
    static ShortReplies of(String text, List<Sentence> sentences, Map<Integer, ?> turnSpeakers) {
        ShortReplies r = new ShortReplies();
        Map<Integer, List<Sentence>> byTurn = new TreeMap<>();
        for (Sentence s : sentences) {
            if (s.block().inTurn() && s.block().kind() != BlockKind.HEADING && !s.tokens().isEmpty()) {
                byTurn.computeIfAbsent(s.block().turn(), t -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<Integer, List<Sentence>> e : byTurn.entrySet()) {
            List<Sentence> previous = byTurn.get(e.getKey() - 1);
            Object speaker = turnSpeakers.get(e.getKey());
            if (previous != null && speaker != null && turnSpeakers.get(e.getKey() - 1) != null
                    && speaker != turnSpeakers.get(e.getKey() - 1) && asksForAView(text, previous)
                    && !quipsOnTheWordsBefore(previous, byTurn.get(e.getKey() - 2))) {
                r.replies.add(e.getValue().get(0).index());
                // the next sentence of its paragraph goes on; "(Audience laughs)" after it is a note on the room
                Sentence opening = e.getValue().get(0);
                if (!opening.last() && opening.index() + 1 < sentences.size()
                        && !STAGE_NOTE.contains(sentences.get(opening.index() + 1).tokens().get(0).text())) {
                    r.arguedFurther.add(opening.index());
                }
            }
        }
        r.readRoundsOfOdds(text, byTurn);
        return r;
    }

    /** Whether the sentence opens a turn that answers the question another speaker has just put. */
    boolean answersAQuestion(Sentence s) {
        return replies.contains(s.index());
    }

    /** Whether the sentence is a bare figure ("Sixty.", "Lower. Two.") given as a probability in a round of odds. */
    boolean givesOdds(Sentence s) {
        return odds.contains(s.index());
    }

    /** Whether the sentence answers a round asked for a score out of ten with a figure and no unit ("Seven."). */
    boolean scoresOutOfTen(Sentence s) {
        return outOfTen.contains(s.index());
    }

    /**
     * Whether the sentence opens a turn in a round of odds ("Sixty.", "Fifty, I think demand stays ahead."): its
     * opening figure is that speaker's probability for what the round was asked.
     */
    boolean answersInARoundOfOdds(Sentence s) {
        return roundAnswers.contains(s.index());
    }

    /**
     * Whether a reply of these words takes a position: not one that only acknowledges ("Sure.", "Okay.") or declines
     * ("Pass."), which takes the turn and leaves the question open. A yes or a no is an answer.
     */
    static boolean takesAPosition(String said, List<Token> reply) {
        List<Token> words = reply.stream().filter(Token::isWord).toList();
        return !words.isEmpty() && words.stream().noneMatch(w -> ABOUT_THE_QUESTION.contains(w.lower()))
                && !DECLINES.matcher(said).find()
                && words.stream().anyMatch(w -> !w.is("INTJ") || YES_OR_NO.contains(w.lower()));
    }

    /** Whether the speaker goes on after the sentence in the same turn, arguing the answer it gave. */
    boolean goesOnAfter(Sentence s) {
        return arguedFurther.contains(s.index());
    }

    /** The last sentence of the turn asks something, and what it asks is not leave or a service. */
    private static boolean asksForAView(String text, List<Sentence> turn) {
        Sentence last = turn.get(turn.size() - 1);
        String asked = last.text(text).strip();
        return last.tokens().stream().anyMatch(t -> t.text().equals("?"))
                && !REQUEST.matcher(asked).lookingAt() && !CONSENT.matcher(asked).find();
    }

    /**
     * "… a lot of broken grippers." "Broken grippers. Is that a technical term?": a question that opens by echoing a
     * phrase of the answer before it asks about the wording, and the reply ("It's a budget line.") plays along.
     */
    private static boolean quipsOnTheWordsBefore(List<Sentence> question, List<Sentence> before) {
        List<Token> echo = question.get(0).tokens();
        if (before == null || question.size() < 2 || echo.stream().anyMatch(Token::isVerbal)
                || echo.stream().filter(Token::isWord).count() > ECHO_WORDS) {
            return false;
        }
        Set<String> said = new HashSet<>();
        before.forEach(s -> s.tokens().forEach(t -> said.add(t.lower())));
        return echo.stream().filter(Token::isWord).allMatch(t -> said.contains(t.lower()));
    }

    private static final int ECHO_WORDS = 4;

    /**
     * Runs of turns, one after another in one section, that each open on a figure ("Five percent." "Lower. Two." "Ten,
     * because …"); where one of them gives it as a percentage, the run is a round of odds, and its bare figures are
     * probabilities too.
     */
    private void readRoundsOfOdds(String text, Map<Integer, List<Sentence>> byTurn) {
        List<Sentence> run = new ArrayList<>();
        List<Boolean> bare = new ArrayList<>();
        List<Boolean> tenths = new ArrayList<>();
        boolean percent = false;
        int lastTurn = Integer.MIN_VALUE;
        String section = null;
        boolean scaleAsked = false;
        for (Map.Entry<Integer, List<Sentence>> e : byTurn.entrySet()) {
            List<Sentence> turn = e.getValue();
            if (!turn.get(0).block().section().equals(section)) {
                scaleAsked = SCALE_HEADING.matcher(turn.get(0).block().section()).find();
            }
            // "Lower. Two.": the comparison may stand as a sentence of its own before the figure
            String opening = turn.get(0).text(text).strip() + (turn.size() > 1 ? " " + turn.get(1).text(text).strip() : "");
            java.util.regex.Matcher figure = ProbabilityReader.figureOpening(opening);
            if (figure == null && !run.isEmpty() && lastTurn == e.getKey() - 1 && callsTheNextSpeaker(turn)) {
                lastTurn = e.getKey(); // "Professor Sun." between two answers: the chair calls the next, the round goes on
                continue;
            }
            if (figure == null || lastTurn != e.getKey() - 1 || !turn.get(0).block().section().equals(section)) {
                closeRound(run, bare, tenths, percent);
                percent = false;
            }
            if (figure == null && turn.stream().anyMatch(t -> ON_A_SCALE.matcher(t.text(text)).find())) {
                scaleAsked = true; // "… each of you gives me a score out of ten": the figures that follow in the section are odds
            }
            percent |= figure != null && run.isEmpty() && scaleAsked;
            if (figure != null) {
                run.add(turn.get(0));
                bare.add(figure.group("after").isEmpty() || SENTENCE_ENDS.contains(figure.group("after")));
                tenths.add(scaleAsked && figure.group("percent") == null);
                percent |= figure.group("percent") != null;
            }
            lastTurn = e.getKey();
            section = turn.get(0).block().section();
        }
        closeRound(run, bare, tenths, percent);
    }

    /**
     * "Professor Sun.", "Yao.", "Dr. Ouyang.": a turn of a few words without a verb of its own or a question,
     * in which the chair names who answers next.
     */
    private static boolean callsTheNextSpeaker(List<Sentence> turn) {
        List<Token> words = turn.get(0).tokens().stream().filter(Token::isWord).toList();
        return turn.size() == 1 && !words.isEmpty() && words.size() <= CALL_WORDS && words.get(0).isCapitalized()
                && words.stream().noneMatch(t -> t.isVerbal() || t.is("NUM"))
                && turn.get(0).tokens().stream().noneMatch(t -> t.text().equals("?"));
    }

    private static final int CALL_WORDS = 3;

    /**
     * "a score out of ten for how likely it is", "rate it on a scale of one to ten": the host asks for odds as a score
     * on a scale, which makes the bare figures answering it probabilities as a percentage would ("nine out of ten
     * startups" counts and asks for nothing).
     */
    private static final String SCALE = "(out of (ten|10)|(on )?a scale (of|from) (zero|one|0|1) to (ten|10))\\b";
    private static final Pattern ON_A_SCALE = Pattern.compile("(?i)\\b((score|rating|mark|grade|number|rate (it|them|this|that))s?"
            + "\\b[^.?!]{0,30}\\b" + SCALE + "|(on )?a scale (of|from) (zero|one|0|1) to (ten|10)\\b)");
    /** "Part 7 | The last round: out of ten": a section headed with the scale its answers are given on. */
    private static final Pattern SCALE_HEADING = Pattern.compile("(?i)\\b" + SCALE);

    private void closeRound(List<Sentence> run, List<Boolean> bare, List<Boolean> tenths, boolean percent) {
        if (run.size() >= 2 && percent) {
            for (int i = 0; i < run.size(); i++) {
                roundAnswers.add(run.get(i).index());
                if (bare.get(i)) {
                    odds.add(run.get(i).index());
                }
                if (tenths.get(i)) {
                    outOfTen.add(run.get(i).index());
                }
            }
        }
        run.clear();
        bare.clear();
        tenths.clear();
    }

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!");
}
