package io.claimstream.query.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a claim's answer to a central question from its words: cues that answer yes or no, turned
 * round by a negation before them ({@code will never catch up}) or by a rival as their subject
 * ({@code the US stays ahead}), weakened by hedges ({@code might}, {@code I think}) and by a
 * concession ({@code although ...}), strengthened after a contrast ({@code ..., but ...}).
 *
 * <p>A lexical reading, not understanding: sarcasm, comparisons without a cue word, and answers
 * spread over several claims are missed (they come out neutral, not wrong way round, in most
 * cases). Each result lists the cues it used, so a reader can check it.
 */
public final class StanceDetector {

    /** A claim needs at least one firm cue, or two hedged ones, to take a side. */
    static final double THRESHOLD = 0.5;
    static final int NEGATION_WINDOW = 6;

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nobody", "nothing", "neither", "nor",
            "cannot", "hardly", "barely", "without", "unlikely", "impossible", "unable", "fail", "fails", "failed",
            "doubt", "doubts", "doubtful", "skeptical", "sceptical", "nowhere");
    private static final Set<String> HEDGES = Set.of("might", "may", "could", "perhaps", "maybe", "possibly",
            "probably", "somewhat", "arguably", "guess", "suppose", "seems", "seem", "hopefully", "unclear");
    private static final Set<String> CONTRAST = Set.of("but", "however", "yet", "nevertheless", "nonetheless");
    private static final Set<String> CONCESSION = Set.of("although", "though", "whereas", "while", "despite");

    private final StanceQuestion question;
    private final List<Tokens.Term> subject;
    private final List<Tokens.Term> rival;
    private final List<Tokens.Term> support;
    private final List<Tokens.Term> oppose;

    public StanceDetector(StanceQuestion question) {
        this.question = question;
        this.subject = terms(question.subject());
        this.rival = terms(question.rival());
        this.support = terms(question.support());
        this.oppose = terms(question.oppose());
    }

    public StanceQuestion question() {
        return question;
    }

    public ClaimStance read(String text) {
        Tokens tokens = Tokens.of(text);
        int n = tokens.size();
        int[] mention = new int[n]; // +1 subject, -1 rival
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; i++) {
            int len = longest(tokens, i, subject);
            int rivalLen = longest(tokens, i, rival);
            if (len > 0 || rivalLen > 0) {
                int sign = len >= rivalLen ? 1 : -1;
                for (int k = i; k < i + Math.max(len, rivalLen); k++) {
                    covered[k] = true;
                }
                mention[i] = sign;
            }
        }
        double score = 0;
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (covered[i]) {
                continue;
            }
            int supportLen = longest(tokens, i, support);
            int opposeLen = longest(tokens, i, oppose);
            int len = Math.max(supportLen, opposeLen);
            if (len == 0) {
                continue;
            }
            int sign = supportLen >= opposeLen ? 1 : -1;
            int about = subjectOf(tokens, mention, i, i + len);
            if (about == 0) {
                i += len - 1;
                continue; // a cue about something else: not an answer to this question
            }
            StringBuilder cue = new StringBuilder(String.join(" ", tokens.written().subList(i, i + len)));
            if (negated(tokens, i)) {
                sign = -sign;
                cue.insert(0, "not ");
            }
            if (about < 0) {
                sign = -sign;
                cue.append(" (rival)");
            }
            double weight = clauseWeight(tokens, i) * (hedged(tokens, i) ? 0.6 : 1.0);
            score += sign * weight;
            cues.add(cue.toString());
            i += len - 1;
        }
        double rounded = Math.round(score * 100) / 100.0;
        return new ClaimStance(question.id(), Stance.of(score, THRESHOLD), rounded, List.copyOf(cues));
    }

    /**
     * Who the cue at {@code [start, end)} is about: the nearest mention before it in its sentence,
     * else the nearest after it in its sentence, else the last mention in earlier sentences.
     * 1 for the subject, -1 for the rival, 0 for neither (or 1 when the question has no subject).
     */
    private int subjectOf(Tokens tokens, int[] mention, int start, int end) {
        for (int i = start - 1; i >= 0 && !tokens.isSentenceEnd(i); i--) {
            if (mention[i] != 0) {
                return mention[i];
            }
        }
        for (int i = end; i < tokens.size() && !tokens.isSentenceEnd(i); i++) {
            if (mention[i] != 0) {
                return mention[i];
            }
        }
        for (int i = start - 1; i >= 0; i--) {
            if (mention[i] != 0) {
                return mention[i];
            }
        }
        return subject.isEmpty() ? 1 : 0;
    }

    /** An odd number of negators shortly before the cue, in its clause ({@code no doubt} is no negation). */
    private static boolean negated(Tokens tokens, int cue) {
        int negations = 0;
        for (int i = cue - 1; i >= Math.max(0, cue - NEGATION_WINDOW); i--) {
            String word = tokens.lower().get(i);
            if (tokens.isPunctuation(i) || CONTRAST.contains(word)) {
                break;
            }
            boolean notOnly = word.equals("not") && i + 1 < tokens.size() && tokens.lower().get(i + 1).equals("only");
            boolean noLonger = word.equals("no") && i + 1 < tokens.size() && tokens.lower().get(i + 1).equals("longer");
            if ((NEGATORS.contains(word) && !notOnly) || noLonger) {
                negations++;
            }
        }
        return negations % 2 == 1;
    }

    /** A hedge in the cue's sentence, or a sentence that asks rather than states. */
    private static boolean hedged(Tokens tokens, int cue) {
        int start = cue;
        while (start > 0 && !tokens.isSentenceEnd(start - 1)) {
            start--;
        }
        for (int i = start; i < tokens.size(); i++) {
            String word = tokens.lower().get(i);
            if (tokens.isSentenceEnd(i)) {
                return word.equals("?");
            }
            boolean iThink = word.equals("think") && i > 0 && tokens.lower().get(i - 1).equals("i");
            if (HEDGES.contains(word) || iThink) {
                return true;
            }
        }
        return false;
    }

    /** 1.5 after a contrast (what the speaker concludes), 0.5 in a concession, else 1. */
    private static double clauseWeight(Tokens tokens, int cue) {
        for (int i = cue - 1; i >= 0 && !tokens.isSentenceEnd(i); i--) {
            String word = tokens.lower().get(i);
            if (CONTRAST.contains(word)) {
                return 1.5;
            }
            if (CONCESSION.contains(word) || (word.equals("if") && i > 0 && tokens.lower().get(i - 1).equals("even"))) {
                // the concession ends at its comma; a cue after that comma is the main clause
                for (int k = i + 1; k < cue; k++) {
                    if (tokens.lower().get(k).equals(",")) {
                        return 1.0;
                    }
                }
                return 0.5;
            }
        }
        return 1.0;
    }

    private static int longest(Tokens tokens, int i, List<Tokens.Term> terms) {
        int best = 0;
        for (Tokens.Term term : terms) {
            best = Math.max(best, tokens.match(i, term));
        }
        return best;
    }

    private static List<Tokens.Term> terms(List<String> texts) {
        return texts.stream().filter(t -> !t.isBlank()).map(Tokens.Term::of).filter(t -> !t.words().isEmpty()).toList();
    }
}
