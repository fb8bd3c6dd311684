package io.claimstream.query.fulltext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A claim's highlight as {@code ts_headline('english', text, query, 'StartSel=<mark>, StopSel=</mark>,
 * MaxFragments=2, MaxWords=30, MinWords=10')} makes it (ts_parse.c's hlparsetext and
 * generateHeadline, wparser_def.c's prsd_headline with mark_hl_fragments), computed in the service
 * so that PostgreSQL reads a ranked page's rows without it (its CPU per request was most of the
 * database's share of a full-text read).
 *
 * <p>The text is split into tokens by PostgreSQL's parser (TextParser), and a token's lexeme is
 * not computed again: the claim's stored tsvector says which lexemes stand at which position, and
 * each token PostgreSQL's english configuration indexes takes the next position (a stop word takes
 * one and has no lexeme). So the words marked are those ts_headline marks whenever the tokens line
 * up with the stored positions; when they cannot (a position beyond the text's tokens), there is
 * no headline here and the caller asks PostgreSQL.
 */
final class Headline {

    static final String START = "<mark>";
    static final String STOP = "</mark>";
    static final String FRAGMENT_DELIMITER = " ... ";
    static final int MAX_WORDS = 30;
    static final int MIN_WORDS = 10;
    /** ShortWord's default: a word of up to 3 bytes is no good end for a fragment. */
    static final int SHORT_WORD = 3;
    static final int MAX_FRAGMENTS = 2;

    /** HeadlineWordEntry: a token, its position and the operand it matches, and what the headline does with it. */
    private static final class Word {
        final int type;
        final int start;
        final int end;
        /** Its length in UTF-8 bytes, as PostgreSQL measures a short word. */
        final int bytes;
        int pos;
        TsMatch.Node item;
        boolean repeated;
        boolean selected;
        boolean in;
        boolean replace;
        boolean skip;

        Word(int type, int start, int end, int bytes) {
            this.type = type;
            this.start = start;
            this.end = end;
            this.bytes = bytes;
        }

        Word repeatedFor(TsMatch.Node operand) {
            Word copy = new Word(type, start, end, bytes);
            copy.pos = pos;
            copy.item = operand;
            copy.repeated = true;
            return copy;
        }
    }

    private Headline() {
    }

    /**
     * The highlight of a claim's text for a query, or null when the text's tokens do not line up
     * with the claim's stored terms.
     *
     * @param terms    the claim's tsvector as the index holds it
     * @param query    the query, compiled against the index's lexemes (no prefix operands)
     * @param operands the query's operands, {@link TsMatch#operandsInItemOrder}
     */
    static String of(String text, int[] terms, TsMatch.Node query, List<TsMatch.Node> operands) {
        List<Word> words = parse(text, terms, operands);
        if (words == null) {
            return null;
        }
        List<TsMatch.Positions> locations = TsMatch.locations(query, new Matched(words, 0, words.size()));
        markFragments(words, query, locations == null ? List.of() : locations);
        return generate(text, words);
    }

    /** hlparsetext: the tokens, each indexed one at its position with the operands its lexeme matches. */
    private static List<Word> parse(String text, int[] terms, List<TsMatch.Node> operands) {
        int[] codePoints = text.codePoints().toArray();
        int[] offsets = new int[codePoints.length + 1];
        int[] bytes = new int[codePoints.length + 1];
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            offsets[i + 1] = offsets[i] + Character.charCount(cp);
            bytes[i + 1] = bytes[i] + (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
        }
        int[][] operandPositions = new int[operands.size()][];
        for (int k = 0; k < operands.size(); k++) {
            operandPositions[k] = positions(terms, operands.get(k).lexeme);
        }
        List<Word> words = new ArrayList<>();
        TextParser parser = new TextParser(codePoints);
        int vectorPosition = 0;
        while (parser.next()) {
            Word word = new Word(parser.type, offsets[parser.start], offsets[parser.end],
                    bytes[parser.end] - bytes[parser.start]);
            words.add(word);
            if (!TextParser.indexed(parser.type)) {
                continue;
            }
            vectorPosition++;
            word.pos = vectorPosition;
            for (int k = 0; k < operandPositions.length; k++) {
                if (Arrays.binarySearch(operandPositions[k], vectorPosition) >= 0) {
                    if (word.item == null) {
                        word.item = operands.get(k);
                    } else {
                        words.add(word.repeatedFor(operands.get(k)));
                    }
                }
            }
        }
        return lastPosition(terms) <= vectorPosition ? words : null;
    }

    /** The positions of a lexeme in the terms, ascending (a tsvector keeps them sorted). */
    private static int[] positions(int[] terms, int lexeme) {
        int entry = lexeme == Lexemes.UNKNOWN ? -1 : ClaimTerms.find(terms, lexeme);
        if (entry < 0) {
            return ClaimTerms.NONE;
        }
        int count = ClaimTerms.count(terms, entry);
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = ClaimTerms.positionOf(ClaimTerms.position(terms, entry, k));
        }
        Arrays.sort(out);
        return out;
    }

    private static int lastPosition(int[] terms) {
        int last = 0;
        for (int i = 0; i < terms.length; i = ClaimTerms.next(terms, i)) {
            for (int k = 0; k < ClaimTerms.count(terms, i); k++) {
                last = Math.max(last, ClaimTerms.positionOf(ClaimTerms.position(terms, i, k)));
            }
        }
        return last;
    }

    /** checkcondition_HL: an operand's positions among a range of the words. */
    private record Matched(List<Word> words, int from, int to) implements TsMatch.Condition {
        @Override
        public int check(TsMatch.Node operand, TsMatch.Positions data) {
            for (int i = from; i < to; i++) {
                Word word = words.get(i);
                if (word.item != operand) {
                    continue;
                }
                if (data == null) {
                    return TsMatch.YES;
                }
                if (data.npos == 0) {
                    data.pos = new int[to - from];
                    data.pos[data.npos++] = word.pos;
                } else if (data.pos[data.npos - 1] < word.pos) {
                    data.pos[data.npos++] = word.pos;
                }
            }
            return data != null && data.npos > 0 ? TsMatch.YES : TsMatch.NO;
        }
    }

    // token classes of wparser_def.c's headline code
    private static boolean skipped(int type) {
        return type == TextParser.URL || type == TextParser.NUMHWORD || type == TextParser.ASCIIHWORD
                || type == TextParser.HWORD;
    }

    private static boolean nonWord(int type) {
        return type == TextParser.SPACE || type == TextParser.TAG || skipped(type);
    }

    private static boolean noEnd(int type) {
        return nonWord(type) || type == TextParser.SCIENTIFIC || type == TextParser.VERSIONNUMBER
                || type == TextParser.DECIMAL || type == TextParser.SIGNEDINT || type == TextParser.UNSIGNEDINT
                || type == TextParser.PROTOCOL || type == TextParser.XMLENTITY;
    }

    private static boolean interesting(Word word) {
        return word.item != null && !word.repeated;
    }

    private static boolean badEndpoint(Word word) {
        return (noEnd(word.type) || word.bytes <= SHORT_WORD) && !interesting(word);
    }

    /** One cover (a fragment) of mark_hl_fragments. */
    private static final class Cover {
        int start;
        int end;
        int interesting;
        int length;
        boolean chosen;
        boolean excluded;
    }

    /** hlCover's state: the lexeme position to search from, and the word range found. */
    private static final class Search {
        int next;
        int p;
        int q;
    }

    /** hlCover: the next shortest range of words holding a match of every ANDed term, checked against the query. */
    private static boolean cover(List<Word> words, TsMatch.Node query, List<TsMatch.Positions> locations, Search search) {
        int pos = search.next;
        while (true) {
            int pose = -1;
            for (TsMatch.Positions data : locations) {
                int first = -1;
                for (int i = 0; i < data.npos; i++) {
                    if (data.pos[i] >= pos) {
                        first = data.pos[i];
                        break;
                    }
                }
                if (first < 0) {
                    return false;
                }
                pose = Math.max(pose, first);
            }
            if (pose < 0) {
                return false;
            }
            int posb = Integer.MAX_VALUE - 1;
            for (TsMatch.Positions data : locations) {
                int last = -1;
                for (int i = data.npos - 1; i >= 0; i--) {
                    int start = data.pos[i] - data.width;
                    if (start <= pose) {
                        last = start;
                        break;
                    }
                }
                posb = Math.min(posb, last);
            }
            posb = Math.max(posb, pos);
            if (posb <= pose) {
                int idxb = -1;
                int idxe = -1;
                for (int i = 0; i < words.size(); i++) {
                    Word word = words.get(i);
                    if (word.item == null) {
                        continue;
                    }
                    if (idxb < 0 && word.pos >= posb) {
                        idxb = i;
                    }
                    if (word.pos <= pose) {
                        idxe = i;
                    } else {
                        break;
                    }
                }
                if (idxb >= 0 && idxe >= idxb && TsMatch.matches(query, new Matched(words, idxb, idxe + 1))) {
                    search.next = posb + 1;
                    search.p = idxb;
                    search.q = idxe;
                    return true;
                }
            }
            pos = posb + 1;
        }
    }

    /** mark_fragment: the words of a chosen fragment go into the headline, the matched ones marked. */
    private static void markFragment(List<Word> words, int start, int end) {
        for (int i = start; i <= end; i++) {
            Word word = words.get(i);
            if (word.item != null) {
                word.selected = true;
            }
            if (word.type == TextParser.TAG) {
                word.replace = true;
            } else if (skipped(word.type)) {
                word.skip = true;
            }
            word.in = !word.repeated;
        }
    }

    /** get_next_fragment: the next piece of a cover of at most MaxWords words, both ends matched words. */
    private static void nextFragment(List<Word> words, Cover fragment) {
        int i;
        for (i = fragment.start; i <= fragment.end; i++) {
            fragment.start = i;
            if (interesting(words.get(i))) {
                break;
            }
        }
        fragment.length = 0;
        fragment.interesting = 0;
        for (i = fragment.start; i <= fragment.end && fragment.length < MAX_WORDS; i++) {
            if (!nonWord(words.get(i).type)) {
                fragment.length++;
            }
            if (interesting(words.get(i))) {
                fragment.interesting++;
            }
        }
        if (fragment.end > i) {
            fragment.end = i;
            for (i = fragment.end; i >= fragment.start; i--) {
                fragment.end = i;
                if (interesting(words.get(i))) {
                    break;
                }
                if (!nonWord(words.get(i).type)) {
                    fragment.length--;
                }
            }
        }
    }

    /** mark_hl_fragments: the covers cut into fragments, the best MaxFragments chosen and stretched to MaxWords. */
    private static void markFragments(List<Word> words, TsMatch.Node query, List<TsMatch.Positions> locations) {
        List<Cover> covers = new ArrayList<>();
        Search search = new Search();
        while (cover(words, query, locations, search)) {
            int start = search.p;
            int end = search.q;
            while (start <= end) {
                Cover fragment = new Cover();
                fragment.start = start;
                fragment.end = end;
                nextFragment(words, fragment);
                covers.add(fragment);
                start = fragment.end + 1;
                end = search.q;
            }
        }
        int marked = 0;
        for (int f = 0; f < MAX_FRAGMENTS; f++) {
            int maxItems = 0;
            int minWords = Integer.MAX_VALUE;
            Cover best = null;
            for (Cover cover : covers) {
                if (!cover.chosen && !cover.excluded && (maxItems < cover.interesting
                        || (maxItems == cover.interesting && minWords > cover.length))) {
                    maxItems = cover.interesting;
                    minWords = cover.length;
                    best = cover;
                }
            }
            if (best == null) {
                break;
            }
            best.chosen = true;
            int start = best.start;
            int end = best.end;
            int length = best.length;
            if (length < MAX_WORDS) {
                int maxStretch = (MAX_WORDS - length) / 2;
                int stretch = 0;
                int marker = start;
                int i;
                for (i = start - 1; i >= 0 && stretch < maxStretch && !words.get(i).in; i--) {
                    if (!nonWord(words.get(i).type)) {
                        length++;
                        stretch++;
                    }
                    marker = i;
                }
                for (i = marker; i < start && badEndpoint(words.get(i)); i++) {
                    if (!nonWord(words.get(i).type)) {
                        length--;
                    }
                }
                start = i;
                marker = end;
                for (i = end + 1; i < words.size() && length < MAX_WORDS && !words.get(i).in; i++) {
                    if (!nonWord(words.get(i).type)) {
                        length++;
                    }
                    marker = i;
                }
                for (i = marker; i > end && badEndpoint(words.get(i)); i--) {
                    if (!nonWord(words.get(i).type)) {
                        length--;
                    }
                }
                end = i;
            }
            best.start = start;
            best.end = end;
            best.length = length;
            markFragment(words, start, end);
            marked++;
            for (Cover cover : covers) {
                if (cover != best && ((cover.start >= start && cover.start <= end)
                        || (cover.end >= start && cover.end <= end) || (cover.start < start && cover.end > end))) {
                    cover.excluded = true;
                }
            }
        }
        if (marked == 0) {
            // no match to show: the first MinWords words
            int length = 0;
            int end = -1;
            for (int i = 0; i < words.size() && length < MIN_WORDS; i++) {
                if (!nonWord(words.get(i).type)) {
                    length++;
                }
                end = i;
            }
            markFragment(words, 0, end);
        }
    }

    /** generateHeadline: the chosen words in text order, fragments joined by " ... ". */
    private static String generate(String text, List<Word> words) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean inFragment = false;
        int fragments = 0;
        for (Word word : words) {
            if (word.in && !word.repeated) {
                if (!inFragment) {
                    inFragment = true;
                    fragments++;
                    if (fragments > 1) {
                        out.append(FRAGMENT_DELIMITER);
                    }
                }
                if (word.replace) {
                    out.append(' ');
                } else if (!word.skip) {
                    if (word.selected) {
                        out.append(START);
                    }
                    out.append(text, word.start, word.end);
                    if (word.selected) {
                        out.append(STOP);
                    }
                }
            } else if (!word.repeated) {
                inFragment = false;
            }
        }
        return out.toString();
    }
}
