package io.claimstream.query.fulltext;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every lexeme the index has seen, each a small number: a claim and a posting list name lexemes by
 * number, so a lexeme's text is held once however many claims say it. Only grows (a lexeme no
 * claim says any more keeps its number); written by the index's one writer, read by any query.
 */
final class Lexemes {

    static final int UNKNOWN = -1;

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The lexeme's number, given one if it has none. */
    int intern(String lexeme) {
        Integer id = ids.get(lexeme);
        return id != null ? id : ids.computeIfAbsent(lexeme, k -> next.getAndIncrement());
    }

    /** The lexeme's number, or {@link #UNKNOWN} when no claim ever had it. */
    int find(String lexeme) {
        Integer id = ids.get(lexeme);
        return id == null ? UNKNOWN : id;
    }

    int size() {
        return next.get();
    }

    /**
     * PostgreSQL's order of lexemes (tsCompareString): their UTF-8 bytes compared unsigned, a prefix
     * first. For UTF-8 that is the order of code points, which String.compareTo differs from only
     * where a character beyond the Basic Multilingual Plane meets one from U+E000 up.
     */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
