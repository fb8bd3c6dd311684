package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A quotation that stands on its own between sentences of the writer's ('Dr. Rao disagreed on cost. “A chip can be
 * bought in a month. A power line takes five years.” She expects …'), with no attribution inside or right after it,
 * is one remark as the writer chose to quote it: its sentences were picked together to make one point, and a reader
 * quoting one of them alone would misquote it. Two or three sentences, the first opening the quotation and the last
 * closing it, said by the one speaker the text gives them, are one claim; so is a remark its attribution cuts after a
 * comma ('“A queue is a product,” she said. “A model is a part.”'). A longer quotation is a stretch of talk with
 * several points, and stays a claim per sentence.
 */
public final class StandingQuotations {

    private static final int MAX_SENTENCES = 3;
    /** Words a quotation may have in all to be read as one remark. */
    private static final int MAX_WORDS = 60;

    private static final Pattern OPENS = Pattern.compile("^\\s*[“\"]");
    private static final Pattern CLOSES = Pattern.compile("[.!?…][”\"]\\s*$");
    /** '“The queue is the product,” he said.': a quotation paused on a comma, then its attribution and nothing else. */
    private static final Pattern CUT_BY_ATTRIBUTION = Pattern.compile(
            "^\\s*[“\"][^“”\"]{10,}[,—–][”\"]\\s+[^“”\"\\s]+(?:\\s+[^“”\"\\s]+){0,3}\\.\\s*$");
    private static final Pattern DOUBLE_MARK = Pattern.compile("[“”\"]");
    private static final Pattern ONLY_SPACE = Pattern.compile("\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private StandingQuotations() {
    }

    /**
     * The candidates in document order, the sentences of each quotation standing on its own joined into one when they
     * are all of one kind and read as that kind together: a forecast quoted beside a fact stays two claims, as one claim
     * carries one type only.
     *
     * @param typeOf the type a candidate's claim would get
     */
    public static List<Candidate> join(String text, List<Candidate> candidates, Function<Candidate, String> typeOf) {
        List<Candidate> joined = new ArrayList<>(candidates.size());
        int i = 0;
        while (i < candidates.size()) {
            int end = quotationFrom(text, candidates, i);
            Candidate c = candidates.get(i);
            if (end > i + 1) {
                String kind = typeOf.apply(c);
                Candidate whole = c;
                boolean oneKind = true;
                for (int k = i + 1; k < end; k++) {
                    oneKind &= typeOf.apply(candidates.get(k)).equals(kind);
                    whole = CompletingSentences.joinedWith(whole, candidates.get(k));
                }
                if (oneKind && typeOf.apply(whole).equals(kind)) {
                    joined.add(whole);
                    i = end;
                    continue;
                }
            }
            joined.add(c);
            i++;
        }
        return joined;
    }

    /**
     * The index after the last sentence of a standing quotation that opens at {@code from}, or {@code from}. The first
     * sentence opens the quotation, or is its first part closed by the attribution ('“A,” he said.') when the quotation
     * goes on right after it ('“B.”'): the comma before the closing mark says the remark is not over.
     */
    private static int quotationFrom(String text, List<Candidate> candidates, int from) {
        Candidate first = candidates.get(from);
        String opening = first.sentence().span().of(text);
        if (first.speaker() == null || !first.span().equals(first.sentence().span())) {
            return from;
        }
        boolean cut = CUT_BY_ATTRIBUTION.matcher(opening).matches();
        if (!cut && !(whole(first) && OPENS.matcher(opening).find() && marks(opening) == 1)) {
            return from;
        }
        boolean open = !cut;
        int words = words(opening);
        for (int k = from + 1; k < candidates.size() && k < from + MAX_SENTENCES; k++) {
            Candidate previous = candidates.get(k - 1);
            Candidate next = candidates.get(k);
            String said = next.sentence().span().of(text);
            words += words(said);
            if (next.speaker() != first.speaker() || !whole(next) || words > MAX_WORDS
                    || !next.sentence().block().equals(first.sentence().block())
                    || next.sentence().index() != previous.sentence().index() + 1
                    || !ONLY_SPACE.matcher(text.substring(previous.span().end(), next.span().start())).matches()) {
                return from;
            }
            long count = marks(said);
            if (!open) {
                // after the attribution the quotation goes on at once, in a sentence of its own or opening one
                if (!OPENS.matcher(said).find()) {
                    return from;
                }
                if (count == 2 && CLOSES.matcher(said).find()) {
                    return k + 1;
                }
                if (count != 1) {
                    return from;
                }
                open = true;
                continue;
            }
            if (count == 1 && CLOSES.matcher(said).find()) {
                return k + 1;
            }
            if (count != 0) {
                return from;
            }
        }
        return from;
    }

    /** A candidate that is its whole sentence, not a part cut out of it. */
    private static boolean whole(Candidate c) {
        return c.span().equals(c.sentence().span()) && c.content().equals(c.span());
    }

    private static long marks(String s) {
        return DOUBLE_MARK.matcher(s).results().count();
    }

    private static int words(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? 0 : SPACES.split(stripped).length;
    }
}
