package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;

/**
 * A short sentence with no verb of its own often says what it says only with the sentence beside it, spoken by the
 * same person: "I think we solve it. Not this year. By 2030.", "Not a gift. It is a tax that teaches discipline." A
 * reader quoting the fragment alone quotes nothing, and one quoting only its neighbour drops the turn the speaker gave
 * it, so the two are one claim:
 * <ul>
 *   <li>a fragment right after a sentence of the same speaker completes it ("… becomes product very quickly now.
 *       Maybe eighteen months.", "That's the business. Forgetting, as a service.", "It is an electricity bill. And a
 *       memory supply problem.");</li>
 *   <li>a fragment opening what the speaker says leads in to the sentence after it when it is a denial that sentence
 *       corrects ("Not a gift. It is a tax …", "Not this. This is a bug.") or a comparison with what people expect
 *       whose figures that sentence gives ("Fewer than you'd think. Of our 48 staff, only five …"). A bare answer
 *       ("Completely.", "Fewer than today.", "Not before 2028.") stays apart: the sentence after it argues it, and is a
 *       claim of its own.</li>
 * </ul>
 * A fragment the filter found too short to be a claim alone completes the sentence before it only when it opens on a
 * word tying it to that sentence (a hedge, a time, a denial, "and"), and is no claim otherwise.
 * A fragment is no more than {@link #MOST_WORDS} words whose head has no verb: none before a word opening a clause of
 * its own ("than you'd think", "because we are smarter", "who'd built the ledger"), or only a gerund heading a noun
 * phrase ("Chasing leaderboards."). An interjection ("Yes.", "Exactly.", "Good question."), a name called ("Professor
 * Sun.") and a question are no fragments of a claim.
 */
public final class VerblessSentences {

    /** The most words a fragment has: a phrase, not a clause whose verb the tagger missed. */
    static final int MOST_WORDS = 6;

    /**
     * Words that open a clause of their own: a verb after them is the clause's, not the fragment's head ("that", "as",
     * "after" open as often a pronoun or a phrase: "and that's good", "After that, I don't know").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("than", "because", "who", "whom", "whose", "which", "if",
            "unless");

    /** Words that answer or react, whatever follows them in the fragment: "Yes.", "Exactly right.", "Good question.". */
    private static final Set<String> INTERJECTIONS = Set.of("yes", "yeah", "yep", "no", "nope", "sure", "ok", "okay",
            "right", "exactly", "absolutely", "indeed", "well", "oh", "ah", "hmm", "wow", "great", "good", "fair", "true",
            "correct", "agreed", "sorry", "please", "thanks", "hello", "hi", "welcome", "definitely", "certainly",
            "totally", "precisely", "fine", "interesting", "wonderful", "excellent", "perfect", "bye", "cheers", "so");
    private static final int INTERJECTION_WORDS = 3;

    /** "Fewer than you'd think.", "Higher than Ana.": a comparison whose figures the next sentence gives. */
    private static final Set<String> COMPARATIVES = Set.of("fewer", "more", "less", "higher", "lower", "cheaper",
            "faster", "slower", "bigger", "smaller", "larger", "sooner", "later", "longer", "shorter");

    private VerblessSentences() {
    }

    /**
     * The kept candidates in document order, each fragment joined with the sentence it completes or leads in to.
     *
     * @param candidates the candidates the filter kept and, in document order among them, the fragments it dropped
     *                   for their few words only
     * @param tooShort   those dropped fragments: joined with a kept neighbour, or left out
     */
    static List<Candidate> join(String text, List<Candidate> candidates, Set<Candidate> tooShort,
                                List<Sentence> sentences) {
        List<Candidate> joined = new ArrayList<>(candidates.size());
        List<Boolean> alone = new ArrayList<>(candidates.size());
        List<Integer> ends = new ArrayList<>(candidates.size()); // the index of each one's last sentence
        // whether the last candidate is fragments opening the speaker's words, waiting for the sentence they lead in to
        boolean leading = false;
        // whether the last candidate ends on a denial ("… to work on. Not bigger windows."), whose correction may follow
        boolean denied = false;
        for (Candidate c : candidates) {
            boolean dropped = tooShort.contains(c);
            boolean fragment = isFragment(text, c);
            int lastAt = joined.size() - 1;
            Candidate last = lastAt < 0 ? null : joined.get(lastAt);
            boolean follows = last != null && CompletingSentences.follows(text, last, ends.get(lastAt), c);
            // a fragment the filter kept completes the sentence before it; one too short for a claim alone must say
            // how that sentence holds ("Maybe eighteen months.", "Not this year.", "And a memory supply problem.")
            boolean completes = fragment && (!dropped || denied || qualifiesTheSentenceBefore(c));
            if (follows && (leading ? fragment || leadsIn(text, last, c) : completes)) {
                joined.set(lastAt, CompletingSentences.joinedWith(last, c));
                alone.set(lastAt, alone.get(lastAt) && dropped);
                ends.set(lastAt, lastSentence(c, sentences));
                leading = leading && fragment;
                denied = fragment && opensOnADenial(c);
            } else {
                denied = fragment && opensOnADenial(c);
                leading = fragment && (opensOnADenial(c) || compares(c));
                joined.add(c);
                alone.add(dropped);
                ends.add(lastSentence(c, sentences));
            }
        }
        List<Candidate> kept = new ArrayList<>(joined.size());
        for (int i = 0; i < joined.size(); i++) {
            if (!alone.get(i)) {
                kept.add(joined.get(i)); // a fragment too short to be a claim, with nothing to join, is none
            }
        }
        return kept;
    }

    /** The index of the candidate's last sentence: one that completed it before ("Lower. Two.") may follow its first. */
    private static int lastSentence(Candidate c, List<Sentence> sentences) {
        int i = c.sentence().index();
        while (i + 1 < sentences.size() && sentences.get(i + 1).span().end() <= c.sentence().span().end()) {
            i++;
        }
        return i;
    }

    /**
     * Whether the fragments opening with a denial lead in to the next sentence, which corrects it ("Not a gift. It is a
     * tax …", "Not this. This is a bug."), or opening with a comparison, to the next sentence's figures ("Fewer than
     * you'd think. Of our 48 staff, only five …"). A bare answer ("Not before 2028.") argued by the next sentence stays
     * apart.
     */
    private static boolean leadsIn(String text, Candidate fragments, Candidate next) {
        return opensOnADenial(fragments) ? CORRECTION.matcher(next.span().of(text)).lookingAt()
                : next.sentence().tokens().stream().anyMatch(t -> t.is("NUM"));
    }

    /**
     * "Fewer than you'd think.", "Cheaper than people expect.": a comparison with what somebody thinks, whose figures
     * the next sentence may give; "Fewer than today." is an answer of its own.
     */
    private static boolean compares(Candidate c) {
        List<Token> tokens = c.sentence().tokens();
        List<Token> words = tokens.stream().filter(Token::isWord).toList();
        return words.size() > 2 && COMPARATIVES.contains(words.get(0).lower()) && words.get(1).lower().equals("than")
                && words.subList(2, words.size()).stream().anyMatch(t -> EXPECTING.contains(t.lower()));
    }

    /** Verbs of what somebody expects, which the tagger may take for nouns ("than people expect"). */
    private static final Set<String> EXPECTING = Set.of("think", "thinks", "thought", "expect", "expects", "expected",
            "imagine", "imagined", "assume", "assumed", "believe", "believed", "realise", "realize", "realised", "realized",
            "guess", "guessed", "fear", "feared", "hope", "hoped", "suppose", "say", "says", "said", "claim", "claimed",
            "predict", "predicted", "hear", "heard", "read");

    /** "Not a gift.", "Not junior people.": a fragment that denies, waiting for what is said instead. */
    private static boolean opensOnADenial(Candidate c) {
        List<Token> words = c.sentence().tokens().stream().filter(Token::isWord).toList();
        return !words.isEmpty() && words.get(0).lower().equals("not");
    }

    /** What is said instead of the denied thing: "It is …", "This is …", "That's …". */
    private static final java.util.regex.Pattern CORRECTION = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:it|this|that)(?: is|['’]s| was) (?!not\\b|n['’]t)\\w");

    /**
     * Whether a fragment opens on a word that ties it to the clause before it: a hedge or a time of what was just said
     * ("Maybe eighteen months.", "By 2030."), a denial or a reason of it ("Not this year.", "Because our users …"), more
     * of it ("And a memory supply problem."), a comparison ("Cheaper than water.") or a gerund that names it again
     * ("Forgetting, as a service."). A name called, a count or a plan of the session ("Mr. Gao first.", "Four times.",
     * "Forty minutes, then questions.") ties to nothing said.
     */
    private static boolean qualifiesTheSentenceBefore(Candidate c) {
        List<Token> words = c.sentence().tokens().stream().filter(Token::isWord).toList();
        if (words.isEmpty()) {
            return false;
        }
        Token first = words.get(0);
        return ATTACHING.contains(first.lower()) || first.is("VERB") && first.lower().endsWith("ing")
                || COMPARATIVES.contains(first.lower()) && words.size() > 1 && words.get(1).lower().equals("than");
    }

    /** Words that open a phrase qualifying or adding to the clause before it. */
    private static final Set<String> ATTACHING = Set.of("maybe", "perhaps", "probably", "possibly", "not", "never",
            "and", "or", "nor", "but", "by", "within", "before", "until", "because", "unless", "if", "than");

    /** Whether the candidate is one sentence of a few words with no verb heading it, and no interjection or name called. */
    static boolean isFragment(String text, Candidate c) {
        if (!c.span().equals(c.sentence().span()) || c.sentence().isQuestion(text)) {
            return false;
        }
        List<Token> words = c.sentence().tokens().stream().filter(Token::isWord).toList();
        if (words.isEmpty() || words.size() > MOST_WORDS
                || words.size() <= INTERJECTION_WORDS && INTERJECTIONS.contains(words.get(0).lower())
                || words.stream().allMatch(t -> t.is("PROPN"))) {
            return false;
        }
        List<Token> tokens = c.sentence().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (CLAUSE_OPENERS.contains(t.lower())) {
                return true; // "Fewer than you'd think.": the verb is the clause's
            }
            boolean gerund = t.is("VERB") && t.lower().endsWith("ing");
            if (t.is("AUX") || t.is("VERB") && !gerund && !withinANoun(tokens, i) || contractedVerb(t)) {
                return false; // "That's the business.": the contraction is a verb
            }
        }
        return true;
    }

    /**
     * "we're", "isn't", "'ll": a contracted verb or negation, which a tagger reading text without capitals may leave
     * untagged as one; a possessive "'s" is no verb.
     */
    private static boolean contractedVerb(Token t) {
        return !t.is("PART") && CONTRACTION.matcher(t.lower()).find();
    }

    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile(
            "['’](?:re|ve|ll|d|m|s)$|n['’]t$");

    /**
     * "a memory supply problem": a word the tagger read as a verb between "a" and a noun, and before another noun,
     * without the "-s" a verb after one thing would carry, is a noun of the compound.
     */
    private static boolean withinANoun(List<Token> tokens, int i) {
        String verb = tokens.get(i).lower();
        return i >= 2 && i + 1 < tokens.size() && tokens.get(i - 1).is("NOUN") && tokens.get(i + 1).is("NOUN")
                && SINGULAR_ARTICLES.contains(tokens.get(i - 2).lower()) && !verb.endsWith("s") && !verb.endsWith("ed");
    }

    private static final Set<String> SINGULAR_ARTICLES = Set.of("a", "an");
}
