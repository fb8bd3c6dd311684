package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 *   <li>a probability and nothing else, which gives the odds of what was just said ("Most banks will let agents merge
 *       code by 2027. Forty percent.") or places them against somebody else's ("Higher than Ana. Maybe 60%.").</li>
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

    /** The first half of a correction denies what something is: "is not", "isn't", "was not". */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(is|are|was|were)( not| no longer)\\b"
            + "|\\b(isn|aren|wasn|weren)['’]t\\b");
    /** The second half says in a few words what it is instead: "It is …", "It's …". */
    private static final Pattern INSTEAD = Pattern.compile("(?i)^\\W*it( is|['’]s| was) (?!not\\b|n['’]t|still\\b)\\w");
    private static final int INSTEAD_WORDS = 8;

    /** "… is a different problem", "… is another matter", "Nobody wins that way": set against what was just said. */
    private static final Pattern AGAINST_THE_FIRST = Pattern.compile("(?i)\\b((is|are|was|were|['’]s) (a |an )?"
            + "(different|another|other|separate) (problem|matter|question|story|thing|game|challenge)"
            + "|(that|this) way)\\b");
    private static final int POINTING_BACK_WORDS = 14;

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

    /** The next sentence of the same speaker in the same paragraph or turn, nothing but quotation marks between. */
    private static boolean follows(String text, Candidate first, Candidate next) {
        return first.speaker() != null && first.speaker() == next.speaker()
                && first.sentence().block().equals(next.sentence().block())
                && next.sentence().index() == first.sentence().index() + 1
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
        return NonClaims.BARE_ODDS.in(said + ".");
    }

    private static Candidate joinedWith(Candidate first, Candidate next) {
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
