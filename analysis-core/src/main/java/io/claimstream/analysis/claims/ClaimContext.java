package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimstream.analysis.predictions.OddsWords;
import io.claimstream.analysis.predictions.ProbabilityReader;
import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;

/**
 * The text around a claim that tells what it is about: the heading of its section and, in a
 * transcript, the end of the previous turn when somebody else spoke it (usually the question
 * being answered), and the sentence before it in its paragraph, which "this" and "that" point back
 * to. Used as weak evidence for topics.
 */
public final class ClaimContext {

    private static final int QUESTION_SENTENCES = 3;
    /** Tokens of a sentence too short to tell alone what its paragraph is about, its full stop included. */
    private static final int SHORT_SENTENCE = 8;

    private final Map<String, List<Token>> headings = new HashMap<>();
    /** For each sentence under a section heading, that heading's words ({@link #sectionHeading}). */
    private final Map<Integer, List<Token>> sectionHeadings = new HashMap<>();
    private final List<Sentence> sentences;
    private final Map<Integer, List<Token>> questionBefore = new HashMap<>();
    private final List<Token> lead = new ArrayList<>();
    private final Map<Integer, ?> turnSpeakers;
    private final ShortReplies replies;
    /** Sentences that put a proposition to a round of odds without a question mark ({@link OddsRounds}). */
    private final java.util.Set<Integer> propositionsPut;
    /** For a turn in a round of odds, the question that opened the round ({@link #oddsAskedInRound}). */
    private final Map<Integer, List<Token>> roundOddsAsked = new HashMap<>();
    /** For narrated figures, the sentence naming the odds they give ({@link ReportedOdds}). */
    private final Map<Integer, List<Token>> oddsNamed;

    public ClaimContext(String text, List<Sentence> sentences, Map<Integer, ?> turnSpeakers) {
        this.sentences = sentences;
        this.turnSpeakers = turnSpeakers;
        this.replies = ShortReplies.of(text, sentences, turnSpeakers);
        this.propositionsPut = OddsRounds.propositionsPut(text, sentences);
        this.oddsNamed = ReportedOdds.oddsNamed(sentences);
        Map<Integer, List<Sentence>> byTurn = new HashMap<>();
        readSectionHeadings(sentences);
        for (Sentence s : sentences) {
            if (s.block().kind() == BlockKind.HEADING) {
                headings.put(s.block().span().toString(), s.tokens());
                headings.putIfAbsent(s.block().section(), s.tokens());
            }
            if (s.block().inTurn()) {
                byTurn.computeIfAbsent(s.block().turn(), t -> new ArrayList<>()).add(s);
            }
        }
        readLead(sentences);
        readRoundsAskedForOdds(byTurn);
        for (Integer turn : byTurn.keySet()) {
            List<Sentence> previous = byTurn.get(turn - 1);
            Object speaker = turnSpeakers.get(turn);
            List<Token> headingAsks = askingHeading(byTurn.get(turn).get(0));
            if (previous != null && headingAsks != null
                    && !previous.get(0).block().section().equals(byTurn.get(turn).get(0).block().section())) {
                previous = null; // the turn before answered the section before's question
            }
            if (previous != null && speaker != null && speaker != turnSpeakers.get(turn - 1)) {
                // "Professor Xu?" only gives the floor: the question it hands on was put to the round before
                List<Sentence> asked = asks(previous) && !callsOn(previous) && !prompts(previous)
                        || opensWithAQuestion(byTurn.get(turn))
                        ? previous : questionAnsweredInTurn(turn, speaker, byTurn);
                if (asked == null && headingAsks != null) {
                    questionBefore.put(turn, headingAsks);
                    continue;
                }
                List<Sentence> answered = asked == null ? previous : asked;
                List<Token> tokens = new ArrayList<>();
                answered.subList(Math.max(0, answered.size() - QUESTION_SENTENCES), answered.size())
                        .forEach(s -> tokens.addAll(s.tokens()));
                questionBefore.put(turn, tokens);
            } else if (speaker != null && headingAsks != null) {
                // the first answer under the heading, or one more from a speaker the layout split into two turns
                questionBefore.put(turn, headingAsks);
            }
        }
    }

    /**
     * The question a round of answers is answering: where the turn before is another guest's answer rather than a
     * question ("What should a young person do this year?" and then four guests in a row), the question is the last
     * turn before that asks one, as long as this speaker has not spoken since; their neighbour's answer is about its
     * own subject ("read the code of an open model") more than about what all of them were asked.
     */
    private List<Sentence> questionAnsweredInTurn(int turn, Object speaker, Map<Integer, List<Sentence>> byTurn) {
        String section = byTurn.get(turn).get(0).block().section();
        int answers = 0;
        for (int earlier = turn - 2; earlier >= 0 && answers < ROUND_OF_ANSWERS - 1; earlier--) {
            List<Sentence> sentences = byTurn.get(earlier);
            Object asker = turnSpeakers.get(earlier);
            if (sentences == null || !sentences.get(0).block().section().equals(section)) {
                return null;
            }
            if (prompts(sentences)) {
                // "Ding Shuang?", "That high?", "Noted. Ben?": the host hands the floor on or asks one guest to go on;
                // the question all of them answer is still the one put before
                continue;
            }
            answers++;
            if (asker != null && asker == speaker) {
                // a host who puts a proposition to a round of odds gives a figure last, for what they asked
                return (asks(sentences) || asksBeforeCalling(sentences)) && (replies.answersInARoundOfOdds(byTurn.get(turn).get(0))
                        || asksForOdds(sentences) && ReportedOdds.givesAPercentage(byTurn.get(turn).get(0).tokens())) ? sentences : null;
            }
            if (asks(sentences) && !callsOn(sentences) || asksBeforeCalling(sentences)) {
                // somebody the text does not name may ask it too: a question from the floor put to every guest
                return sentences;
            }
            if (asker == null) {
                return null;
            }
        }
        return null;
    }

    /**
     * For each turn, the latest turn before it in the same section that asks for odds ("Now the lightning round. What
     * is the probability that …, by the end of 2027? Kevin first."), from the sentence that asks on: the guests answer
     * it one after another, with the host calling on each or putting a side question to one of them, and every figure
     * given in the round is for what that question asked.
     */
    private void readRoundsAskedForOdds(Map<Integer, List<Sentence>> byTurn) {
        for (Integer turn : byTurn.keySet()) {
            String section = byTurn.get(turn).get(0).block().section();
            for (int earlier = turn - 1; earlier >= turn - ODDS_ROUND_TURNS; earlier--) {
                List<Sentence> asking = byTurn.get(earlier);
                if (asking == null || !asking.get(0).block().section().equals(section)) {
                    break;
                }
                List<Token> asked = oddsAskedIn(asking);
                if (asked != null) {
                    roundOddsAsked.put(turn, asked);
                    break;
                }
            }
        }
    }

    /** How many turns a round of odds may run: a host calling on five or six guests, and a few asides. */
    private static final int ODDS_ROUND_TURNS = 12;

    /** The words of a turn from its first sentence asking for odds on, or null when it asks for none. */
    private static List<Token> oddsAskedIn(List<Sentence> turn) {
        for (int i = 0; i < turn.size(); i++) {
            if (asksForOdds(turn.subList(i, i + 1))) {
                List<Token> words = new ArrayList<>();
                turn.subList(i, turn.size()).forEach(s -> words.addAll(s.tokens()));
                return words;
            }
        }
        return null;
    }

    /**
     * The question that opened the round of odds the sentence's turn answers in ({@link #readRoundsAskedForOdds}), or
     * nothing outside such a round.
     */
    public List<Token> oddsAskedInRound(Sentence s) {
        return s.block().inTurn() ? roundOddsAsked.getOrDefault(s.block().turn(), List.of()) : List.of();
    }

    /**
     * The heading over a turn when it asks a question ("## 2. What is the probability that … before 2030?"): where the
     * same questions were put to several people and their answers printed under each, no turn asks it, the heading
     * does, and every answer under it answers that. Null when the heading asks nothing.
     */
    private List<Token> askingHeading(Sentence s) {
        List<Token> heading = sectionHeadings.get(s.index());
        return heading != null && heading.stream().anyMatch(t -> t.text().equals("?")) ? heading : null;
    }

    /** "Professor Xu?", "And Nora?": a turn that only names the next to answer, in a few words, asks nothing new. */
    private static boolean callsOn(List<Sentence> turn) {
        if (turn.size() != 1) {
            return false;
        }
        List<Token> words = turn.get(0).tokens().stream().filter(Token::isWord).toList();
        return words.size() <= CALL_WORDS && words.stream().allMatch(w -> w.isCapitalized()
                || CALLING.contains(w.lower()));
    }

    private static final int CALL_WORDS = 3;

    /**
     * "Ding Shuang?", "That high?", "Noted. Ben?": a turn of a few words without a verb that ends by asking, which gives
     * the floor to a guest or asks one to go on, and puts no question of its own to the round.
     */
    private static boolean prompts(List<Sentence> turn) {
        List<Token> last = turn.get(turn.size() - 1).tokens();
        if (last.isEmpty() || !last.get(last.size() - 1).text().equals("?") || last.stream().anyMatch(Token::isVerbal)
                || last.stream().filter(Token::isWord).count() > CALL_WORDS) {
            return false;
        }
        // what comes before the prompt only acknowledges the answer before ("Noted.", "Fair enough.")
        return turn.subList(0, turn.size() - 1).stream()
                .allMatch(s -> s.tokens().stream().filter(Token::isWord).count() <= ACKNOWLEDGING_WORDS);
    }

    private static final int ACKNOWLEDGING_WORDS = 2;

    /** Whether a turn asks for odds in their words ("What is the probability that …?"). */
    private static boolean asksForOdds(List<Sentence> turn) {
        StringBuilder words = new StringBuilder();
        turn.forEach(s -> s.tokens().forEach(t -> words.append(t.text()).append(' ')));
        return ProbabilityReader.asksForOdds(words.toString());
    }

    private static final java.util.Set<String> CALLING = java.util.Set.of("and", "you", "what", "about", "how");

    /** "What is the probability …? Nora, you first.": the question, and then who answers it first. */
    private boolean asksBeforeCalling(List<Sentence> turn) {
        return turn.size() >= 2 && asks(turn.subList(0, turn.size() - 1))
                && turn.get(turn.size() - 1).tokens().stream().filter(Token::isWord).count() <= CALL_WORDS + 1;
    }

    /**
     * Whether a turn opens by asking something ("Can I push back a little?"): it takes up what was just said, not a
     * question put to everyone before it.
     */
    private static boolean opensWithAQuestion(List<Sentence> turn) {
        return turn.get(0).tokens().stream().anyMatch(t -> t.text().equals("?"));
    }

    /**
     * Whether a turn ends by asking something: its last sentence is a question, or puts one in the words of an odds
     * round ("The chance that a rival ships first, by the end of 2028.") or as the proposition the round then answers
     * with figures ("Last one. An agent designs a chip that ships by 2030.").
     */
    private boolean asks(List<Sentence> turn) {
        Sentence lastSentence = turn.get(turn.size() - 1);
        List<Token> last = lastSentence.tokens();
        return !last.isEmpty() && (last.stream().anyMatch(t -> t.text().equals("?")) || namesOdds(last)
                || propositionsPut.contains(lastSentence.index()));
    }

    /** "The chance that …", "Odds that …", "The probability of …": a sentence that is only the thing to put odds on. */
    private static boolean namesOdds(List<Token> sentence) {
        int k = 0;
        if (k < sentence.size() && sentence.get(k).lower().equals("the")) {
            k++;
        }
        return k + 1 < sentence.size() && OddsWords.NOUNS.contains(sentence.get(k).lower())
                && sentence.get(k + 1).lower().matches("that|of");
    }

    /** How many answers before a turn its question may lie: a panel of four or five guests answering in turn. */
    private static final int ROUND_OF_ANSWERS = 6;

    /** Whether the sentence is a bare figure given as a probability in a round of odds ("Sixty."). */
    public boolean givesOdds(Sentence s) {
        return replies.givesOdds(s);
    }

    /** Whether the sentence answers a round asked for a score out of ten with a bare figure ("Seven."): tenths. */
    public boolean scoresOutOfTen(Sentence s) {
        return replies.scoresOutOfTen(s);
    }

    /** Whether the sentence opens a turn in a round of odds, bare figure or argued ("Ten, because …"). */
    public boolean answersInARoundOfOdds(Sentence s) {
        return replies.answersInARoundOfOdds(s);
    }

    /** Whether the sentence opens a turn answering the question another speaker has just put ("Completely."). */
    public boolean answersAQuestion(Sentence s) {
        return replies.answersAQuestion(s);
    }

    /**
     * The end of the question the sentence's turn answers, or nothing where no one asked; outside turns, the words that
     * name the odds a narrated figure gives ("Asked for the probability that …, Lee said 30%").
     */
    public List<Token> questionAnswered(Sentence s) {
        return s.block().inTurn() ? questionBefore.getOrDefault(s.block().turn(), List.of())
                : oddsNamed.getOrDefault(s.index(), List.of());
    }

    /**
     * The heading of the section the sentence is in ("05b. Data: the scarce resource is a task with a checker"), where
     * the document is divided into sections: an editor's word for what the section is about. Not the headings before
     * the body (a title, a dateline), which head everything and say what the whole is about ({@link #lead}).
     */
    public List<Token> sectionHeading(Sentence s) {
        return sectionHeadings.getOrDefault(s.index(), List.of());
    }

    /**
     * A heading holds until the next one; a line in brackets that the layout sets apart like a heading ("(Applause)",
     * "[LOWER THIRD: Ray Dutton | County Commissioner]") is a note on the recording, not a new section.
     */
    private void readSectionHeadings(List<Sentence> sentences) {
        List<Token> current = List.of();
        int headingBlock = -1;
        boolean body = false;
        for (Sentence s : sentences) {
            if (s.block().kind() != BlockKind.HEADING) {
                body = true;
                if (!current.isEmpty()) {
                    sectionHeadings.put(s.index(), current);
                }
            } else if (body && !bracketed(s.block().section())) {
                current = s.block().index() == headingBlock ? concat(current, s.tokens()) : s.tokens();
                headingBlock = s.block().index();
            }
        }
    }

    private static boolean bracketed(String line) {
        String t = line.strip();
        return t.length() > 1 && (t.charAt(0) == '(' && t.endsWith(")") || t.charAt(0) == '[' && t.endsWith("]"));
    }

    private static List<Token> concat(List<Token> a, List<Token> b) {
        List<Token> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public List<Token> around(Sentence s) {
        List<Token> context = new ArrayList<>(headings.getOrDefault(s.block().section(), List.of()));
        if (s.block().inTurn()) {
            context.addAll(questionBefore.getOrDefault(s.block().turn(), List.of()));
        }
        if (s.index() > 0 && sameVoice(sentences.get(s.index() - 1), s)) {
            Sentence before = sentences.get(s.index() - 1);
            context.addAll(before.tokens());
            // a short sentence before ("The rivers are low.") says too little of what the paragraph is about: the one
            // before it in the paragraph says the rest (that the new data centres draw their cooling water from them)
            if (before.tokens().size() < SHORT_SENTENCE && before.index() > 0
                    && sentences.get(before.index() - 1).block().paragraph() == s.block().paragraph()) {
                context.addAll(0, sentences.get(before.index() - 1).tokens());
            }
        }
        Sentence intro = listIntroduction(s);
        if (intro != null) {
            context.addAll(intro.tokens());
        }
        return context;
    }

    /**
     * Whether the sentence before goes on in the same voice: the same paragraph, or the same speaker's turn when a
     * chat or meeting tool puts each sentence on a line of its own (and a run of messages under a new header of
     * the same name is still that person talking), so a short line ("so your 68 is probably closer to 71") reads
     * with the line it follows up.
     */
    private boolean sameVoice(Sentence before, Sentence s) {
        if (before.block().paragraph() == s.block().paragraph()) {
            return true;
        }
        if (!before.block().inTurn() || !s.block().inTurn() || !before.block().section().equals(s.block().section())) {
            return false;
        }
        Object speaker = turnSpeakers.get(s.block().turn());
        return before.block().turn() == s.block().turn()
                || speaker != null && speaker == turnSpeakers.get(before.block().turn());
    }

    /**
     * What the conversation has just been about: the sentences before the claim in its section, whoever spoke them.
     * It speaks only for a claim that neither names a topic nor has one in the text right around it ("The research
     * leadership decided it." in an answer about licensed data), before the document's lead does, because in a
     * meeting, a thread or a deposition the topic carries on from turn to turn while the lead is a tool's header. In
     * prose, only a quotation opening its paragraph has one: the narration before it ({@link #paragraphBefore}).
     */
    /** The sentence right before in the same paragraph, or nothing where the sentence opens it. */
    public List<Token> sentenceBefore(Sentence s) {
        Sentence earlier = s.index() > 0 ? sentences.get(s.index() - 1) : null;
        return earlier != null && earlier.block().equals(s.block()) ? earlier.tokens() : List.of();
    }

    public List<Token> before(Sentence s) {
        List<Token> context = new ArrayList<>();
        if (!s.block().inTurn()) {
            return paragraphBefore(s);
        }
        for (int i = s.index() - 1, taken = 0; i >= 0 && taken < DISCOURSE_SENTENCES; i--) {
            Sentence earlier = sentences.get(i);
            if (!earlier.block().section().equals(s.block().section())) {
                break;
            }
            if (earlier.block().kind() != BlockKind.HEADING) {
                context.addAll(0, earlier.tokens());
                taken++;
            }
        }
        return context;
    }

    private static final int DISCOURSE_SENTENCES = 6;
    private static final java.util.Set<String> OPENING_QUOTES = java.util.Set.of("\"", "\u201c", "\u2018", "'",
            "\u300c", "\u00ab", "\u201e");

    /**
     * In prose, the end of the paragraph before a quotation that opens a paragraph of its own ("'The model is becoming
     * a feature of the cloud,' Pan wrote."): the narration before it introduced its speaker and what she argued (that
     * businesses will buy from the cloud platforms that hold their data), which says more of what the quotation is
     * about than the headline over a whole article. Only a quotation: a narrator's own next paragraph turns to what it
     * likes, and a narrator's topic does not carry on like a talk's, so it reaches back one paragraph only, and not
     * across a heading.
     */
    private List<Token> paragraphBefore(Sentence s) {
        List<Token> context = new ArrayList<>();
        if (s.index() == 0 || sentences.get(s.index() - 1).block().paragraph() == s.block().paragraph()
                || s.tokens().isEmpty() || !OPENING_QUOTES.contains(s.tokens().get(0).text())) {
            return context;
        }
        int paragraph = sentences.get(s.index() - 1).block().paragraph();
        for (int i = s.index() - 1, taken = 0; i >= 0 && taken < QUESTION_SENTENCES; i--) {
            Sentence earlier = sentences.get(i);
            if (earlier.block().paragraph() != paragraph || earlier.block().inTurn()
                    || earlier.block().kind() != BlockKind.PROSE || !earlier.block().section().equals(s.block().section())) {
                break;
            }
            context.addAll(0, earlier.tokens());
            taken++;
        }
        // a line of its own ("The vote on the bill is due in the spring.") introduces nobody: the headline says more
        return context.size() < NARRATION ? List.of() : context;
    }

    /** Tokens of the shortest paragraph that introduces a speaker and what they argue. */
    private static final int NARRATION = 20;

    /**
     * What the whole document says it is about: the first sentence of each of its first two blocks of
     * heading or prose (a headline and its standfirst, a title and the opening line). Weaker than
     * anything around the claim; it only speaks for a claim that names nothing itself.
     */
    public List<Token> lead() {
        return lead;
    }

    private void readLead(List<Sentence> sentences) {
        int blocks = 0;
        int lastBlock = -1;
        for (Sentence s : sentences) {
            if (s.block().index() == lastBlock) {
                continue;
            }
            lastBlock = s.block().index();
            if (s.block().index() > LEAD_BLOCKS_SCANNED || blocks == LEAD_BLOCKS) {
                break;
            }
            BlockKind kind = s.block().kind();
            if (kind == BlockKind.HEADING || kind == BlockKind.PROSE && !s.block().inTurn()) {
                lead.addAll(s.tokens());
                blocks++;
            }
        }
    }

    private static final int LEAD_BLOCKS = 2;
    private static final int LEAD_BLOCKS_SCANNED = 4;

    /** The narration that introduces a list of statements ("… gave advice to young people:"), a few blocks back. */
    private Sentence listIntroduction(Sentence s) {
        int blocksBack = 0;
        int block = s.block().index();
        for (int i = s.index() - 1; i >= 0 && blocksBack <= 4; i--) {
            Sentence before = sentences.get(i);
            if (before.block().index() != block) {
                blocksBack++;
                block = before.block().index();
                if (before.last() && !before.block().inTurn() && before.span().length() > 0
                        && before.tokens().size() > 3 && before.tokens().get(before.tokens().size() - 1).text().equals(":")) {
                    return before;
                }
            }
        }
        return null;
    }
}
