package io.claimstream.analysis.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pieces of plain text of which every match of a regular expression holds at least one, read from
 * the expression ({@code .*\b(rose|fell|grew)\b.*} cannot match a text without "rose", "fell" or
 * "grew"). A sentence holding none of them is answered without the regular expression, which would
 * have tried every word of the list at every position to find the same thing. Most sentences hold
 * none of a rule's words, so most answers come from here.
 *
 * <p>Whether a text holds a piece is asked of the text's {@linkplain Signature signature}, the pairs
 * of adjacent characters it holds, made once per text and shared by every rule that reads it: a
 * piece is looked for as its pairs, so a text that holds them all in other places is asked of the
 * expression too, which is only slower. Pieces and texts are compared with ASCII capitals read as
 * small letters, on both sides: a text that holds a piece exactly also holds it so, and a match under
 * {@code (?i)} (which folds only ASCII letters unless {@code u} is set) holds it so too. An
 * expression whose matches could hold none of the pieces by any reading the parser below is unsure
 * of has no pieces: a {@code u}, {@code U} or {@code x} flag, quoting ({@code \Q}), a class opening
 * with {@code ]}, unbalanced groups.
 */
final class RequiredPieces {

    /** Each piece as the bits of its character pairs (of its one character) in a {@link Signature}. */
    private final int[][] pieceBits;

    private RequiredPieces(int[][] pieceBits) {
        this.pieceBits = pieceBits;
    }

    /** The pieces of {@code regex}, or {@code null} where none can be read (the expression must then be asked). */
    static RequiredPieces of(String regex) {
        List<String> pieces;
        try {
            pieces = new Reader(regex).pieces();
        } catch (IllegalArgumentException unread) {
            return null;
        }
        if (pieces == null) {
            return null;
        }
        int[][] bits = new int[pieces.size()][];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = Signature.bitsOf(pieces.get(i));
        }
        return new RequiredPieces(bits);
    }

    /** Whether {@code text} may hold one of the pieces: where it does not, the expression cannot match it. */
    boolean mayMatch(CharSequence text) {
        long[] signature = Signature.of(text);
        nextPiece:
        for (int[] bits : pieceBits) {
            for (int bit : bits) {
                if ((signature[bit >>> 6] & 1L << bit) == 0) {
                    continue nextPiece;
                }
            }
            return true;
        }
        return false;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * A text's pairs of adjacent characters (and its single characters), folded, each as one bit of 1,024: a
     * sentence of 150 characters sets about a quarter of them, so a piece of a word's length whose pairs are all
     * set is seldom missing. The last few texts of each thread are remembered by identity, since the rules ask the
     * same sentence one after another.
     */
    static final class Signature {

        private static final int BITS = 1024;
        private static final int REMEMBERED = 8;
        private static final ThreadLocal<Signature> RECENT = ThreadLocal.withInitial(Signature::new);

        private final Object[] texts = new Object[REMEMBERED];
        private final long[][] signatures = new long[REMEMBERED][];
        private int next;

        static long[] of(CharSequence text) {
            if (!(text instanceof String)) {
                return read(text); // may change: never remembered
            }
            Signature recent = RECENT.get();
            for (int i = 0; i < REMEMBERED; i++) {
                if (recent.texts[i] == text) {
                    return recent.signatures[i];
                }
            }
            long[] signature = read(text);
            recent.texts[recent.next] = text;
            recent.signatures[recent.next] = signature;
            recent.next = (recent.next + 1) % REMEMBERED;
            return signature;
        }

        private static long[] read(CharSequence text) {
            long[] signature = new long[BITS / 64];
            int previous = -1;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = fold(text.charAt(i));
                set(signature, bit(-1, c));
                if (previous >= 0) {
                    set(signature, bit(previous, c));
                }
                previous = c;
            }
            return signature;
        }

        /** The bits a text holding {@code piece} has set: its pairs, or its one character. */
        static int[] bitsOf(String piece) {
            if (piece.length() == 1) {
                return new int[] {bit(-1, piece.charAt(0))};
            }
            return java.util.stream.IntStream.range(1, piece.length())
                    .map(i -> bit(piece.charAt(i - 1), piece.charAt(i))).distinct().toArray();
        }

        private static void set(long[] signature, int bit) {
            signature[bit >>> 6] |= 1L << bit;
        }

        /** The bit of a pair of characters, or of one ({@code previous} -1). */
        private static int bit(int previous, char c) {
            int key = (previous + 1) << 16 | c;
            return (key * 0x9E3779B9) >>> 22;
        }
    }

    /**
     * Reads the expression as groups, alternatives and a sequence of atoms. Each part answers the
     * pieces one of which any text it matches holds, or {@code null} for none: a run of plain
     * characters holds itself; a group with alternatives holds one of each alternative's pieces (and
     * none if one alternative has none); a sequence holds the pieces of any one of its parts, and the
     * longest are kept; anything optional, a class, a look-around holds none.
     */
    private static final class Reader {

        private final String regex;
        private int at;

        Reader(String regex) {
            this.regex = regex;
        }

        List<String> pieces() {
            List<String> pieces = alternatives();
            if (at != regex.length()) {
                throw new IllegalArgumentException("unbalanced");
            }
            return pieces;
        }

        /** Alternatives up to the {@code )} that closes the group or the end; the {@code )} is left unread. */
        private List<String> alternatives() {
            Set<String> union = new LinkedHashSet<>();
            boolean every = true;
            while (true) {
                List<String> branch = sequence();
                if (branch == null) {
                    every = false;
                } else {
                    union.addAll(branch);
                }
                if (at < regex.length() && regex.charAt(at) == '|') {
                    at++;
                    continue;
                }
                return every ? List.copyOf(union) : null;
            }
        }

        private List<String> sequence() {
            List<String> best = null;
            StringBuilder run = new StringBuilder();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                char c = regex.charAt(at);
                List<String> part = null;
                boolean plain = false;
                char literal = 0;
                if (c == '(') {
                    part = group();
                } else if (c == '[') {
                    skipClass();
                } else if (c == '\\') {
                    int escaped = escape();
                    if (escaped >= 0) {
                        plain = true;
                        literal = (char) escaped;
                    }
                } else if (c == '.' || c == '^' || c == '$') {
                    at++;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    throw new IllegalArgumentException("a quantifier without an atom");
                } else {
                    plain = true;
                    literal = fold(c);
                    at++;
                }
                int least = quantifier();
                if (plain && least > 0) {
                    run.append(literal);
                }
                if (!plain || least != 1 || quantified) {
                    best = better(best, run.isEmpty() ? null : List.of(run.toString()));
                    run.setLength(0);
                }
                if (part != null && least > 0) {
                    best = better(best, part);
                }
            }
            return better(best, run.isEmpty() ? null : List.of(run.toString()));
        }

        /** Whether the last atom read had a quantifier (a repeated character ends the run after itself). */
        private boolean quantified;

        /** The least count of the quantifier at {@code at} (1 where there is none), which is read. */
        private int quantifier() {
            quantified = false;
            if (at >= regex.length()) {
                return 1;
            }
            char q = regex.charAt(at);
            int least;
            if (q == '?' || q == '*') {
                least = 0;
                at++;
            } else if (q == '+') {
                least = 1;
                at++;
            } else if (q == '{') {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    throw new IllegalArgumentException("an unclosed count");
                }
                String count = regex.substring(at + 1, close);
                if (!count.matches("\\d+(,\\d*)?")) {
                    throw new IllegalArgumentException("an unread count");
                }
                least = Integer.parseInt(count.split(",")[0]);
                at = close + 1;
            } else {
                return 1;
            }
            quantified = true;
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
            return least;
        }

        /** A group from its {@code (} past its {@code )}: its pieces, or {@code null} for a look-around or a flag group. */
        private List<String> group() {
            at++;
            boolean lookAround = false;
            if (regex.startsWith("?", at)) {
                at++;
                if (regex.startsWith(":", at) || regex.startsWith(">", at)) {
                    at++;
                } else if (regex.startsWith("=", at) || regex.startsWith("!", at)) {
                    at++;
                    lookAround = true;
                } else if (regex.startsWith("<=", at) || regex.startsWith("<!", at)) {
                    at += 2;
                    lookAround = true;
                } else if (regex.startsWith("<", at)) {
                    int close = regex.indexOf('>', at);
                    if (close < 0) {
                        throw new IllegalArgumentException("an unclosed group name");
                    }
                    at = close + 1;
                } else {
                    // flags: (?i) sets them to the end of the enclosing group, (?i:…) within its own
                    int end = at;
                    while (end < regex.length() && (Character.isLetter(regex.charAt(end)) || regex.charAt(end) == '-')) {
                        end++;
                    }
                    String flags = regex.substring(at, end);
                    if (!flags.replaceAll("[-imsd]", "").isEmpty() || end >= regex.length()) {
                        throw new IllegalArgumentException("flags that change what a piece is: " + flags);
                    }
                    at = end;
                    if (regex.charAt(at) == ')') {
                        at++;
                        return null;
                    }
                    if (regex.charAt(at) != ':') {
                        throw new IllegalArgumentException("an unread flag group");
                    }
                    at++;
                }
            }
            List<String> inside = alternatives();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new IllegalArgumentException("an unclosed group");
            }
            at++;
            return lookAround ? null : inside;
        }

        /**
         * An escape from its backslash: the character it stands for where it is one plain character
         * ({@code \.}, {@code \-}), else -1 (a class, a boundary, a reference), read past either way.
         */
        private int escape() {
            if (at + 1 >= regex.length()) {
                throw new IllegalArgumentException("a trailing backslash");
            }
            char c = regex.charAt(at + 1);
            at += 2;
            if (!Character.isLetterOrDigit(c)) {
                return fold(c);
            }
            switch (c) {
                case 'Q', 'E' -> throw new IllegalArgumentException("quoting");
                case 'p', 'P', 'x', 'N' -> {
                    if (at < regex.length() && regex.charAt(at) == '{') {
                        int close = regex.indexOf('}', at);
                        if (close < 0) {
                            throw new IllegalArgumentException("an unclosed property");
                        }
                        at = close + 1;
                    } else {
                        at += c == 'x' ? 2 : 1;
                    }
                }
                case 'u' -> at += 4;
                case 'c' -> at += 1;
                case 'k' -> {
                    int close = regex.indexOf('>', at);
                    if (close < 0) {
                        throw new IllegalArgumentException("an unclosed reference");
                    }
                    at = close + 1;
                }
                case '0' -> {
                    while (at < regex.length() && regex.charAt(at) >= '0' && regex.charAt(at) <= '7') {
                        at++;
                    }
                }
                default -> {
                    if (Character.isDigit(c)) {
                        while (at < regex.length() && Character.isDigit(regex.charAt(at))) {
                            at++;
                        }
                    }
                }
            }
            if (at > regex.length()) {
                throw new IllegalArgumentException("a short escape");
            }
            return -1;
        }

        /** A class from its {@code [} past its {@code ]}, classes within it and escapes included. */
        private void skipClass() {
            if (regex.startsWith("[]", at) || regex.startsWith("[^]", at)) {
                throw new IllegalArgumentException("a class opening with ]");
            }
            int close = Anywhere.classEnd(regex, at);
            if (close >= regex.length()) {
                throw new IllegalArgumentException("an unclosed class");
            }
            at = close + 1;
        }

        /** The pieces that sift more: the shortest piece longer, then fewer pieces. */
        private static List<String> better(List<String> a, List<String> b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            int shortestA = a.stream().mapToInt(String::length).min().orElse(0);
            int shortestB = b.stream().mapToInt(String::length).min().orElse(0);
            if (shortestA != shortestB) {
                return shortestA > shortestB ? a : b;
            }
            return a.size() <= b.size() ? a : b;
        }
    }
}
