package io.claimstream.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pieces of plain text of which every match of a regular expression holds at least one, read from
 * the expression ({@code .*\b(rose|fell|grew)\b.*} cannot match a text without "rose", "fell" or
 * "grew"), and looked for in one pass over the text. A sentence holding none of them is answered
 * without the regular expression, which would have tried every word of the list at every position
 * to find the same thing. Most sentences hold none of a rule's words, so most answers come from
 * the pass.
 *
 * <p>The pieces are compared with ASCII capitals read as small letters, on both sides: a text that
 * holds a piece exactly also holds it so, and a match under {@code (?i)} (which folds only ASCII
 * letters unless {@code u} is set) holds it so too. An expression whose matches could hold none of
 * the pieces by any reading the parser below is unsure of has no pieces: a {@code u}, {@code U} or
 * {@code x} flag, quoting ({@code \Q}), a class opening with {@code ]}, unbalanced groups.
 */
final class RequiredPieces {

    /**
     * The automaton's moves, {@code moves[state + kind]}, a state being the offset of its row: the next state,
     * negative where the move completes a piece.
     */
    private final int[] moves;
    /** The kind of each ASCII character (capitals as small letters); other characters are looked up in {@code others}. */
    private final byte[] asciiKind;
    private final char[] others;
    private final int[] otherKinds;

    private RequiredPieces(int[] moves, byte[] asciiKind, char[] others, int[] otherKinds) {
        this.moves = moves;
        this.asciiKind = asciiKind;
        this.others = others;
        this.otherKinds = otherKinds;
    }

    /** The pieces of {@code regex}, or {@code null} where none can be read (the expression must then be asked). */
    static RequiredPieces of(String regex) {
        List<String> pieces;
        try {
            pieces = new Reader(regex).pieces();
        } catch (IllegalArgumentException unread) {
            return null;
        }
        return pieces == null ? null : automaton(pieces);
    }

    /** Whether {@code text} holds one of the pieces: where it does not, the expression cannot match it. */
    boolean mayMatch(CharSequence text) {
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            state = moves[state + (c < 128 ? asciiKind[c] : otherKind(c))];
            if (state < 0) {
                return true;
            }
        }
        return false;
    }

    private int otherKind(char c) {
        int at = Arrays.binarySearch(others, c);
        return at < 0 ? 0 : otherKinds[at];
    }

    private int kind(char c) {
        return c < 128 ? asciiKind[c] : otherKind(c);
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** An Aho-Corasick automaton over the pieces' characters, every failure move resolved in advance. */
    private static RequiredPieces automaton(List<String> pieces) {
        byte[] asciiKind = new byte[128];
        List<Character> otherChars = new ArrayList<>();
        int kinds = 1; // 0: a character in no piece
        for (String piece : pieces) {
            for (char c : piece.toCharArray()) {
                if (c < 128) {
                    if (asciiKind[c] == 0) {
                        asciiKind[c] = (byte) kinds++;
                    }
                } else if (!otherChars.contains(c)) {
                    otherChars.add(c);
                }
            }
        }
        otherChars.sort(null);
        char[] others = new char[otherChars.size()];
        int[] otherKinds = new int[others.length];
        for (int i = 0; i < others.length; i++) {
            others[i] = otherChars.get(i);
            otherKinds[i] = kinds++;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            asciiKind[c] = asciiKind[fold(c)];
        }
        List<int[]> trie = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        trie.add(new int[kinds]);
        ends.add(false);
        RequiredPieces probe = new RequiredPieces(null, asciiKind, others, otherKinds);
        for (String piece : pieces) {
            int state = 0;
            for (char c : piece.toCharArray()) {
                int k = probe.kind(c);
                if (trie.get(state)[k] == 0) {
                    trie.get(state)[k] = trie.size();
                    trie.add(new int[kinds]);
                    ends.add(false);
                }
                state = trie.get(state)[k];
            }
            ends.set(state, true);
        }
        int[][] next = trie.toArray(int[][]::new);
        boolean[] found = new boolean[next.length];
        int[] failure = new int[next.length];
        int[] queue = new int[next.length];
        int head = 0;
        int tail = 0;
        for (int k = 0; k < kinds; k++) {
            if (next[0][k] != 0) {
                queue[tail++] = next[0][k];
            }
        }
        for (int s = 0; s < next.length; s++) {
            found[s] = ends.get(s);
        }
        while (head < tail) {
            int s = queue[head++];
            found[s] |= found[failure[s]];
            for (int k = 0; k < kinds; k++) {
                int t = next[s][k];
                if (t != 0) {
                    failure[t] = next[failure[s]][k];
                    queue[tail++] = t;
                } else {
                    next[s][k] = next[failure[s]][k];
                }
            }
        }
        int[] moves = new int[next.length * kinds];
        for (int s = 0; s < next.length; s++) {
            for (int k = 0; k < kinds; k++) {
                int t = next[s][k];
                moves[s * kinds + k] = found[t] ? -1 : t * kinds;
            }
        }
        return new RequiredPieces(moves, asciiKind, others, otherKinds);
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
            int depth = 0;
            for (int i = at; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    at = i + 1;
                    return;
                }
            }
            throw new IllegalArgumentException("an unclosed class");
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
