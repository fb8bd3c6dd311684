package io.claimstream.query.fulltext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A claim's tsvector as the index holds it: one int array of entries, each the lexeme's number,
 * then its count of positions (upper 16 bits) with the first position (lower 16), then the other
 * positions two to an int. A position is PostgreSQL's WordEntryPos: the position in its lower 14
 * bits, the weight above them (3 = A ... 0 = D). A lexeme without positions (a stripped tsvector)
 * has a count of 0. A claim says ~8 lexemes, nearly all once: ~2 ints an entry.
 */
final class ClaimTerms {

    static final int[] NONE = new int[0];
    private static final int POSITION_BITS = 0x3fff;

    private ClaimTerms() {
    }

    /** The number of lexemes (PostgreSQL's tsvector size). */
    static int size(int[] terms) {
        int size = 0;
        for (int i = 0; i < terms.length; i = next(terms, i)) {
            size++;
        }
        return size;
    }

    /** Where the entry after the one at {@code i} starts. */
    static int next(int[] terms, int i) {
        int count = terms[i + 1] >>> 16;
        return i + 2 + count / 2;
    }

    /** Where the entry of this lexeme starts, or -1. */
    static int find(int[] terms, int lexeme) {
        for (int i = 0; i < terms.length; i = next(terms, i)) {
            if (terms[i] == lexeme) {
                return i;
            }
        }
        return -1;
    }

    static int lexeme(int[] terms, int entry) {
        return terms[entry];
    }

    static int count(int[] terms, int entry) {
        return terms[entry + 1] >>> 16;
    }

    /** The entry's k-th WordEntryPos (weight and position). */
    static int position(int[] terms, int entry, int k) {
        if (k == 0) {
            return terms[entry + 1] & 0xffff;
        }
        int packed = terms[entry + 2 + (k - 1) / 2];
        return (k - 1) % 2 == 0 ? packed & 0xffff : packed >>> 16;
    }

    static int positionOf(int wordEntryPos) {
        return wordEntryPos & POSITION_BITS;
    }

    static int weightOf(int wordEntryPos) {
        return wordEntryPos >>> 14;
    }

    /** Every lexeme number of the claim. */
    static int[] lexemes(int[] terms) {
        int[] out = new int[size(terms)];
        int n = 0;
        for (int i = 0; i < terms.length; i = next(terms, i)) {
            out[n++] = terms[i];
        }
        return out;
    }

    /**
     * A tsvector's text ({@code 'lexeme':1,3B 'other':2}, as PostgreSQL writes it) as entries, its
     * lexemes numbered by {@code lexemes}. Null or empty text has no entries.
     */
    static int[] parse(String text, Lexemes lexemes) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        List<int[]> entries = new ArrayList<>();
        int length = 0;
        int i = 0;
        int n = text.length();
        StringBuilder lexeme = new StringBuilder();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (c != '\'') {
                throw new IllegalArgumentException("not a tsvector at " + i + ": " + text);
            }
            lexeme.setLength(0);
            i++;
            while (true) {
                if (i >= n) {
                    throw new IllegalArgumentException("unterminated lexeme: " + text);
                }
                char d = text.charAt(i);
                if (d == '\\' && i + 1 < n) {
                    lexeme.append(text.charAt(i + 1));
                    i += 2;
                } else if (d == '\'') {
                    if (i + 1 < n && text.charAt(i + 1) == '\'') {
                        lexeme.append('\'');
                        i += 2;
                    } else {
                        i++;
                        break;
                    }
                } else {
                    lexeme.append(d);
                    i++;
                }
            }
            int[] positions = new int[4];
            int count = 0;
            if (i < n && text.charAt(i) == ':') {
                i++;
                while (true) {
                    int position = 0;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        position = position * 10 + (text.charAt(i) - '0');
                        i++;
                    }
                    int weight = 0;
                    if (i < n) {
                        switch (text.charAt(i)) {
                            case 'A', 'a' -> { weight = 3; i++; }
                            case 'B', 'b' -> { weight = 2; i++; }
                            case 'C', 'c' -> { weight = 1; i++; }
                            case 'D', 'd' -> i++;
                            default -> { }
                        }
                    }
                    if (count == positions.length) {
                        positions = Arrays.copyOf(positions, count * 2);
                    }
                    positions[count++] = weight << 14 | Math.min(position, POSITION_BITS);
                    if (i < n && text.charAt(i) == ',') {
                        i++;
                    } else {
                        break;
                    }
                }
            }
            int[] entry = encode(lexemes.intern(lexeme.toString()), positions, count);
            entries.add(entry);
            length += entry.length;
        }
        int[] terms = new int[length];
        int at = 0;
        for (int[] entry : entries) {
            System.arraycopy(entry, 0, terms, at, entry.length);
            at += entry.length;
        }
        return terms;
    }

    private static int[] encode(int lexeme, int[] positions, int count) {
        int[] entry = new int[2 + count / 2];
        entry[0] = lexeme;
        entry[1] = count << 16 | (count > 0 ? positions[0] : 0);
        for (int k = 1; k < count; k++) {
            int slot = 2 + (k - 1) / 2;
            entry[slot] |= (k - 1) % 2 == 0 ? positions[k] : positions[k] << 16;
        }
        return entry;
    }
}
