package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimstream.analysis.predictions.ProbabilityReader;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/**
 * A sentence that says nothing without the one before it, spoken by the same person right after it, completes that
 * sentence into one claim: a reader quoting either half alone would misquote the speaker. Most next sentences stand on
 * their own and stay claims of their own; these do not:
 * <ul>
 *   <li>an ellipsis, whose verb stops at its auxiliary ("The old rules are gone. The demand is not.");</li>
 *   <li>the second half of a correction ("The issue is not the price. It is who carries the risk.");</li>
 *   <li>a short sentence that sets itself against the first by pointing back ("Building one plant is an achievement.
 *       Running fifty of them is a different problem.", "You used to win on size. Nobody wins that way now.");</li>
 *   <li>a figure after a comparison that places it ("Lower. Two."): the answer is both;</li>
 *   <li>a probability and nothing else, which gives the odds of what was just said ("Most banks will let agents merge
 *       code by 2027. Forty percent.") or places them against somebody else's ("Higher than Ana. Maybe 60%."), and
 *       after odds a hedged second figure ("Thirty percent. Maybe thirty-five.");</li>
 *   <li>the second of two answers each given for one respect of the question ("For hotels, 2029. For a family flat, not
 *       before 2033.", "For single trips, yes. For groups, not yet."): the answer is the contrast between them;</li>
 *   <li>after a bare answer, the speaker saying they hold it ("Roughly one in four. I wrote that in March and I still
 *       believe it."): the pronoun is the answer, which the sentence says nothing without;</li>
 *   <li>a sentence that opens on every one of the occasions just named ("Critics said there would be two vendors, two
 *       of everything. Each time a third one appeared."): "each time" counts what the sentence before listed;</li>
 *   <li>the same verb denied right after it was affirmed ("Cheap inference helps you copy. It does not help you
 *       invent.", "A model can be matched in a quarter. Trust cannot be matched at all."): the claim is the contrast.</li>
 * </ul>
 */
public final class CompletingSentences {

    /**
     * "The demand is not.", "Ours will.", "But the cost curve isn't.": a subject of a few words and an auxiliary, the verb
     * phrase left to the sentence before. A clause inside ("Go where the data isn't.", "that's everything I had") is no
     * ellipsis: its auxiliary ends a clause of its own.
     */
    private static final Pattern ELLIPSIS = Pattern.compile("(?i)^(?:(?:but|and|yet|so) )?"
            + "(?!.*\\b(?:where|when|what|which|who|whom|whose|if|because|as|than|how|why|that)\\b)"
            + "(?:(?![\\w-]+['’](?:s|re|ve|ll|d|m)\\b)[\\w-]+ ){1,4}"
            + "(?:(?:is|are|was|were|will|would|can|could|do|does|did|has|have|had|should|must|might)(?: not)?"
            + "|(?:isn|aren|wasn|weren|won|can|don|doesn|didn|hasn|haven|shouldn)['’]t)(?: (?:either|too|yet))?$");

    /**
     * The first half of a correction denies what something is: "is not", "isn't", "was not", or the speaker denies
     * thinking it is ("I don't think that is about money.").
     */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(is|are|was|were)( not| no longer)\\b"
            + "|\\b(isn|aren|wasn|weren)['’]t\\b"
            + "|\\b(?:do not|don['’]t|does not|doesn['’]t) (?:really )?(?:think|believe) (?:that |this |it )?(?:is|was)\\b");
    /** The second half says in a few words what it is instead: "It is …", "It's …". */
    private static final Pattern INSTEAD = Pattern.compile("(?i)^\\W*it( is|['’]s| was) (?!not\\b|n['’]t|still\\b)\\w");
    private static final int INSTEAD_WORDS = 8;

    /** "… is a different problem", "… is another matter", "Nobody wins that way": set against what was just said. */
    private static final Pattern AGAINST_THE_FIRST = Pattern.compile("(?i)\\b((is|are|was|were|['’]s) (a |an )?"
            + "(different|another|other|separate) (problem|matter|question|story|thing|game|challenge)"
            + "|(that|this) way)\\b");
    private static final int POINTING_BACK_WORDS = 14;

    /** "I wrote that in March and I still believe it.": the speaker holding, or having given, the answer just given. */
    private static final Pattern HOLDS_THE_ANSWER = Pattern.compile("(?i)^(?:(?:and|but|so),? )?(?:i|we)\\b[^.?!;]{0,40}?"
            + "\\b(?:said|say|wrote|write|think|thought|believe|believed|stand by|stick (?:with|to)|mean|meant|hold|held"
            + "|put|gave|give)(?: it| that| so)\\b");
    private static final int HOLDING_WORDS = 16;

    /** "Lower.", "Higher than Dev.": a figure placed against the one just given, before the figure itself. */
    private static final Pattern COMPARED = Pattern.compile("(?i)^(?:a (?:little|bit) )?(?:lower|higher|less|more)"
            + "(?: than [^.?!]{1,30})?[.!]?$");

    /** Words that deny the verb after them: "does not help", "cannot be copied", "doesn't help", "never pays". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "cannot");
    /** Verbs too common to make two sentences a contrast by being repeated. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "is", "are", "was", "were", "been",
            "have", "has", "had", "do", "does", "did", "get", "gets", "got", "go", "goes", "say", "says", "said", "think");
    private static final int DENIAL_REACH = 3;
    /** Auxiliaries of what was done: a denial after them tells an event, not what something does. */
    private static final Set<String> TOLD_AUXILIARIES = Set.of("did", "had", "has", "have", "was", "were");

    /** "Each time a third one appeared", "In every case, the price fell": the occasions are the sentence before's. */
    private static final Pattern EVERY_OCCASION = Pattern.compile("(?i)^(?:(?:and|but|yet|so) )?(?:(?:each|every) time(?:,| [^,]+$)"
            + "|in (?:each|every) (?:case|instance)\\b|both times\\b)");

    private static final Pattern ONLY_QUOTE_MARKS = Pattern.compile("[\\s\"“”'‘’]*");
    private static final Pattern OUTER_MARKS = Pattern.compile("^[\\s\"“”'‘’]+|[\\s\"“”'‘’,.;:!]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CompletingSentences() {
    }

    /** The candidates in document order, each sentence a later one completes joined with it into one candidate. */
    public static List<Candidate> join(String text, List<Candidate> candidates) {
        List<Candidate> joined = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && follows(text, last, c) && completes(text, last, c)) {
                joined.set(joined.size() - 1, joinedWith(last, c));
            } else {
                joined.add(c);
            }
        }
        return joined;
    }

    /**
     * The claims in document order, each short two-sentence quotation that one attribution closes joined into one claim
     * when both its sentences are of one kind: a remark the reporter quoted whole is one claim, but a forecast quoted
     * beside a fact stays two, as one claim carries one type only.
     *
     * @param typeOf the type a candidate's claim would get
     */
    public static List<Candidate> joinShortQuotations(String text, List<Candidate> candidates,
                                                      java.util.function.Function<Candidate, String> typeOf) {
        List<Candidate> joined = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && follows(text, last, c) && closesAShortQuotation(text, last, c)
                    && typeOf.apply(last).equals(typeOf.apply(c))) {
                joined.set(joined.size() - 1, joinedWith(last, c));
            } else {
                joined.add(c);
            }
        }
        return joined;
    }

    /** The next sentence of the same speaker in the same paragraph or turn, nothing but quotation marks between. */
    private static boolean follows(String text, Candidate first, Candidate next) {
        return follows(text, first, first.sentence().index(), next);
    }

    /** As above, {@code first} ending on the sentence of index {@code firstEnds} (it may be sentences joined). */
    static boolean follows(String text, Candidate first, int firstEnds, Candidate next) {
        return first.speaker() != null && first.speaker() == next.speaker()
                && first.sentence().block().equals(next.sentence().block())
                && next.sentence().index() == firstEnds + 1
                && first.span().end() == first.sentence().span().end() && first.content().equals(first.span())
                && next.span().start() == next.sentence().span().start()
                && ONLY_QUOTE_MARKS.matcher(text.substring(first.span().end(), next.span().start())).matches();
    }

    private static boolean completes(String text, Candidate first, Candidate next) {
        String before = first.content().of(text);
        String said = OUTER_MARKS.matcher(next.content().of(text)).replaceAll("");
        int words = SPACES.split(said).length;
        if (ELLIPSIS.matcher(said).matches()) {
            return true;
        }
        if (DENIED.matcher(before).find() && words <= INSTEAD_WORDS && INSTEAD.matcher(said).find()) {
            return true;
        }
        if (words <= POINTING_BACK_WORDS && AGAINST_THE_FIRST.matcher(said).find()) {
            return true;
        }
        if (words <= POINTING_BACK_WORDS && EVERY_OCCASION.matcher(said).find()) {
            return true;
        }
        // "Lower. Two.": the comparison and the figure it places are one answer
        if (COMPARED.matcher(before.strip()).matches() && ProbabilityReader.figureOpening(said) != null
                && ProbabilityReader.figureOpening(said).group("after").isEmpty()) {
            return true;
        }
        if (NonClaims.BARE_ODDS.in(said + ".")) {
            return true;
        }
        if (NonClaims.BARE_ODDS.in(OUTER_MARKS.matcher(before).replaceAll("") + ".") && secondFigure(said)) {
            return true;
        }
        if (NonClaims.answerForARespect(before) && NonClaims.answerForARespect(said + ".")) {
            return true;
        }
        if ((NonClaims.answersWhenOrHowLikely(before) || NonClaims.answerForARespect(before))
                && words <= HOLDING_WORDS && HOLDS_THE_ANSWER.matcher(said).find()) {
            return true;
        }
        if (words <= PARALLEL_WORDS && deniesTheStateOf(before, said)) {
            return true;
        }
        // "In research taste. I mean the ability to …": a fragment of an answer and the words that say what it means
        if (SPACES.split(OUTER_MARKS.matcher(before).replaceAll("")).length <= FRAGMENT_WORDS && MEANING.matcher(said).lookingAt()
                && first.sentence().tokens().stream().noneMatch(Token::isVerbal)) {
            return true;
        }
        // "Narrowing. Quickly, on the things customers pay for.": a bare answer, then how or where it holds
        if (SPACES.split(OUTER_MARKS.matcher(before).replaceAll("")).length <= BARE_ANSWER_WORDS
                && QUALIFIES_THE_ANSWER.matcher(said).lookingAt()) {
            return true;
        }
        return deniesTheVerbOf(first.sentence().tokens(), next.sentence().tokens());
    }

    private static final int BARE_ANSWER_WORDS = 3;
    /** An adverb of pace or extent set off by a comma, which qualifies nothing in its own sentence. */
    private static final Pattern QUALIFIES_THE_ANSWER = Pattern.compile("(?i)^(?:but |and )?(?:quickly|slowly|fast"
            + "|gradually|steadily|mostly|largely|mainly|partly|especially|above all|at least|at most),\\s");

    /** "We are …" then "We are still not …": the subject and its verb of being, the same in both sentences. */
    private static final Pattern STATE = Pattern.compile("(?i)^(?:(?:but|and|yet) )?((?:[\\w-]+ ){0,2}?(?:we|they|it|you|i|he|she)"
            + "(?: are| is| am| were| was|['’]re|['’]s|['’]m))\\b\\s*(.*)$");
    private static final Pattern STATE_DENIED = Pattern.compile("(?i)^(?:(?:still|just|simply|really|also) )*(?:not|no longer|never)\\b");
    private static final int PARALLEL_WORDS = 14;
    private static final int FRAGMENT_WORDS = 5;
    private static final Pattern MEANING = Pattern.compile("(?i)^(?:(?:and|by that|so) )?(?:i|we) mean\\b");

    /**
     * "We are extraordinary at the second step. We are still not good at the first step.": the same subject said to be
     * one thing and, right after, not another; neither half is the point alone. The first sentence denies nothing.
     */
    private static boolean deniesTheStateOf(String before, String said) {
        java.util.regex.Matcher a = STATE.matcher(OUTER_MARKS.matcher(before).replaceAll(""));
        java.util.regex.Matcher b = STATE.matcher(said);
        if (!a.matches() || !b.matches() || SPACES.split(a.group(2)).length > PARALLEL_WORDS) {
            return false;
        }
        String subjectA = a.group(1).toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:but|and|yet) ", "");
        String subjectB = b.group(1).toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:but|and|yet) ", "");
        return subjectA.equals(subjectB) && !STATE_DENIED.matcher(a.group(2)).lookingAt()
                && !a.group(2).matches("(?i).*\\b(?:not|never|n['’]t)\\b.*") && STATE_DENIED.matcher(b.group(2)).lookingAt();
    }

    /** "Maybe sixty-five", "Or 45": a hedge and a figure, its unit left to the odds just given. */
    private static final Pattern HEDGE = Pattern.compile("(?i)^(?:maybe|perhaps|possibly|or|or even|at most|tops)\\b");

    /**
     * "Sixty percent. Maybe sixty-five.": after odds, a hedged figure and nothing else, its unit left to the first,
     * is the same answer put a little higher or lower.
     */
    private static boolean secondFigure(String said) {
        java.util.regex.Matcher figure = ProbabilityReader.figureOpening(said);
        return HEDGE.matcher(said).lookingAt() && figure != null && figure.end() == said.length();
    }

    private static final Pattern OPENS_QUOTATION = Pattern.compile("^\\s*[\"“]");
    private static final Pattern ANY_QUOTE_MARK = Pattern.compile("[\"“”]");
    /**
     * Words the first sentence of a quotation may have for the quotation to be read as one remark: a wire report's
     * quotation of two full sentences ("We do not need a giant cluster in one city for this kind of training work. That
     * helps companies like ours,") is one remark as much as a short set-up is.
     */
    private static final int QUOTED_OPENING_WORDS = 24;

    /**
     * '"Training was the gold rush. Inference is the railroad," said Lee.': a quotation of two sentences that one
     * attribution closes, its first sentence not a long one, is one remark as the reporter chose it; the first sentence
     * sets up what the second says ("People talk about compute. The bottleneck is moving bytes."), and a reader quoting
     * either alone would misquote it. The quotation opens with the first sentence and closes, before the attribution,
     * in the second.
     */
    private static boolean closesAShortQuotation(String text, Candidate first, Candidate next) {
        String opening = first.sentence().span().of(text);
        if (!OPENS_QUOTATION.matcher(opening).find()
                || ANY_QUOTE_MARK.matcher(opening).results().count() != 1
                || SPACES.split(OUTER_MARKS.matcher(opening).replaceAll("")).length > QUOTED_OPENING_WORDS) {
            return false;
        }
        if (first.explicit() || !next.explicit()) {
            return false; // the attribution after the quotation names who speaks; the first sentence has none of its own
        }
        String closing = next.sentence().span().of(text);
        int close = closing.indexOf('”') >= 0 ? closing.indexOf('”') : closing.indexOf('"');
        return close > 0 && ANY_QUOTE_MARK.matcher(closing).results().count() == 1
                && ATTRIBUTION_AFTER.matcher(closing.substring(close + 1)).find();
    }

    /** After the closing mark, the attribution: '," said Lee', '," she said.', '," Lee, who …, added'. */
    private static final Pattern ATTRIBUTION_AFTER = Pattern.compile("^\\s+\\p{L}[\\p{L}.’'-]*(?:\\s+\\p{L}[\\p{L}.’'-]*)?");

    /**
     * Whether a claim's tokens are two sentences, the second denying a verb the first affirmed ("helps" … "doesn't
     * help"), the first told in the present or with a modal rather than in the past ("grew" … "did not grow" is an
     * event told twice).
     */
    static boolean contrastInThePresent(List<Token> tokens) {
        int end = -1;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (SENTENCE_STOPS.contains(tokens.get(i).text())) {
                end = i;
                break;
            }
        }
        if (end < 1) {
            return false;
        }
        List<Token> first = tokens.subList(0, end + 1);
        for (int i = 0; i < first.size(); i++) {
            Token t = first.get(i);
            boolean passive = i > 0 && PASSIVE_AUXILIARIES.contains(first.get(i - 1).lower());
            if (PAST_AUXILIARIES.contains(t.lower()) || t.is("VERB") && t.lower().endsWith("ed") && !passive) {
                return false;
            }
        }
        return deniesTheVerbOf(first, tokens.subList(end + 1, tokens.size()));
    }

    private static final Set<String> SENTENCE_STOPS = Set.of(".", "!", "?");
    private static final Set<String> PAST_AUXILIARIES = Set.of("did", "was", "were", "had");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "been", "being", "is", "are", "get", "gets");

    /**
     * Whether the next sentence denies a verb the first affirmed: a negation, then within a few words (an auxiliary,
     * an adverb) the verb the first sentence used ("helps" … "doesn't help", "can be copied" … "cannot be copied"),
     * where the first sentence denies nothing itself. Light verbs ("is", "has", "do") repeat too often to mean this.
     */
    static boolean deniesTheVerbOf(List<Token> first, List<Token> next) {
        Set<String> affirmed = new HashSet<>();
        for (Token t : first) {
            if (NEGATIONS.contains(t.lower()) || t.lower().endsWith("n't")) {
                return false;
            }
            if (t.is("VERB") && !LIGHT_VERBS.contains(t.lower())) {
                affirmed.add(t.stem());
            }
        }
        if (affirmed.isEmpty()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            Token t = next.get(i);
            if (!NEGATIONS.contains(t.lower()) && !t.lower().endsWith("n't")) {
                continue;
            }
            if (i > 0 && TOLD_AUXILIARIES.contains(next.get(i - 1).lower())) {
                return false; // "We have never started with payments": what was or was not done, no contrast of what is
            }
            for (int k = i + 1; k < next.size() && k <= i + DENIAL_REACH; k++) {
                Token v = next.get(k);
                if (v.is("VERB") && !LIGHT_VERBS.contains(v.lower())) {
                    return affirmed.contains(v.stem());
                }
                if (!v.is("AUX") && !v.is("ADV") && !v.is("PART")) {
                    break;
                }
            }
        }
        return false;
    }

    static Candidate joinedWith(Candidate first, Candidate next) {
        Sentence a = first.sentence();
        Sentence b = next.sentence();
        List<Token> tokens = new ArrayList<>(a.tokens());
        tokens.addAll(b.tokens());
        Sentence both = new Sentence(a.index(), new Span(a.span().start(), b.span().end()), a.block(), tokens, a.first(),
                b.last());
        return new Candidate(both, new Span(first.span().start(), next.span().end()),
                new Span(first.content().start(), next.content().end()), first.speaker(),
                first.explicit() || next.explicit());
    }
}
