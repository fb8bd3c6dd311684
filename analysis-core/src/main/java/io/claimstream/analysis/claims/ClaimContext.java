package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<String, List<Token>> headings = new HashMap<>();
    private final List<Sentence> sentences;
    private final Map<Integer, List<Token>> questionBefore = new HashMap<>();
    private final List<Token> lead = new ArrayList<>();

    public ClaimContext(List<Sentence> sentences, Map<Integer, ?> turnSpeakers) {
        this.sentences = sentences;
        Map<Integer, List<Sentence>> byTurn = new HashMap<>();
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
        for (Integer turn : byTurn.keySet()) {
            List<Sentence> previous = byTurn.get(turn - 1);
            Object speaker = turnSpeakers.get(turn);
            if (previous != null && speaker != null && speaker != turnSpeakers.get(turn - 1)) {
                List<Token> tokens = new ArrayList<>();
                previous.subList(Math.max(0, previous.size() - QUESTION_SENTENCES), previous.size())
                        .forEach(s -> tokens.addAll(s.tokens()));
                questionBefore.put(turn, tokens);
            }
        }
    }

    public List<Token> around(Sentence s) {
        List<Token> context = new ArrayList<>(headings.getOrDefault(s.block().section(), List.of()));
        if (s.block().inTurn()) {
            context.addAll(questionBefore.getOrDefault(s.block().turn(), List.of()));
        }
        if (s.index() > 0 && sentences.get(s.index() - 1).block().paragraph() == s.block().paragraph()) {
            context.addAll(sentences.get(s.index() - 1).tokens());
        }
        Sentence intro = listIntroduction(s);
        if (intro != null) {
            context.addAll(intro.tokens());
        }
        return context;
    }

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
