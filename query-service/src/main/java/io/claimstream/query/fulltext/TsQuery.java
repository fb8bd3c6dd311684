package io.claimstream.query.fulltext;

import java.util.ArrayList;
import java.util.List;

/**
 * A tsquery as PostgreSQL writes it ({@code 'a' & !'b' | 'c' <-> 'd'}), read back into its tree:
 * the service asks PostgreSQL to parse and stem a request's words (websearch_to_tsquery) and
 * evaluates the result itself. Operators bind as PostgreSQL's do: {@code !} tightest, then
 * {@code <->}/{@code <N>}, then {@code &}, then {@code |}, each left to right.
 */
sealed interface TsQuery {

    /** A lexeme; {@code weights} is PostgreSQL's mask (bit 3 = A ... bit 0 = D), 0 for any. */
    record Operand(String lexeme, int weights, boolean prefix) implements TsQuery {
    }

    record Not(TsQuery operand) implements TsQuery {
    }

    record And(TsQuery left, TsQuery right) implements TsQuery {
    }

    record Or(TsQuery left, TsQuery right) implements TsQuery {
    }

    /** {@code left <distance> right}: right {@code distance} positions after left. */
    record Phrase(TsQuery left, TsQuery right, int distance) implements TsQuery {
    }

    /** The query of this text, or null for the empty query (no lexemes: it matches nothing). */
    static TsQuery parse(String text) {
        Parser parser = new Parser(text);
        parser.skipSpaces();
        if (parser.at >= text.length()) {
            return null;
        }
        TsQuery query = parser.or();
        parser.skipSpaces();
        if (parser.at != text.length()) {
            throw new IllegalArgumentException("unexpected text at " + parser.at + " of " + text);
        }
        return query;
    }

    /** Every operand, in the order written (PostgreSQL's ranking sorts and dedupes them). */
    static List<Operand> operands(TsQuery query) {
        List<Operand> out = new ArrayList<>();
        collect(query, out);
        return out;
    }

    private static void collect(TsQuery query, List<Operand> out) {
        if (query instanceof Operand o) {
            out.add(o);
        } else if (query instanceof Not n) {
            collect(n.operand(), out);
        } else if (query instanceof And a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (query instanceof Or o) {
            collect(o.left(), out);
            collect(o.right(), out);
        } else if (query instanceof Phrase p) {
            collect(p.left(), out);
            collect(p.right(), out);
        }
    }

    final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        TsQuery or() {
            TsQuery left = and();
            while (peek('|')) {
                at++;
                left = new Or(left, and());
            }
            return left;
        }

        TsQuery and() {
            TsQuery left = phrase();
            while (peek('&')) {
                at++;
                left = new And(left, phrase());
            }
            return left;
        }

        TsQuery phrase() {
            TsQuery left = not();
            while (peek('<')) {
                at++;
                int distance;
                if (text.startsWith("->", at)) {
                    distance = 1;
                    at += 2;
                } else {
                    int start = at;
                    while (at < text.length() && Character.isDigit(text.charAt(at))) {
                        at++;
                    }
                    distance = Integer.parseInt(text.substring(start, at));
                    expect('>');
                }
                left = new Phrase(left, not(), distance);
            }
            return left;
        }

        TsQuery not() {
            if (peek('!')) {
                at++;
                return new Not(not());
            }
            if (peek('(')) {
                at++;
                TsQuery inner = or();
                skipSpaces();
                expect(')');
                return inner;
            }
            return operand();
        }

        private TsQuery operand() {
            skipSpaces();
            expect('\'');
            StringBuilder lexeme = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw new IllegalArgumentException("unterminated operand in " + text);
                }
                char c = text.charAt(at);
                if (c == '\\' && at + 1 < text.length()) {
                    lexeme.append(text.charAt(at + 1));
                    at += 2;
                } else if (c == '\'') {
                    if (at + 1 < text.length() && text.charAt(at + 1) == '\'') {
                        lexeme.append('\'');
                        at += 2;
                    } else {
                        at++;
                        break;
                    }
                } else {
                    lexeme.append(c);
                    at++;
                }
            }
            int weights = 0;
            boolean prefix = false;
            if (at < text.length() && text.charAt(at) == ':') {
                at++;
                while (at < text.length()) {
                    char c = text.charAt(at);
                    if (c == '*') {
                        prefix = true;
                    } else if (c == 'A' || c == 'a') {
                        weights |= 1 << 3;
                    } else if (c == 'B' || c == 'b') {
                        weights |= 1 << 2;
                    } else if (c == 'C' || c == 'c') {
                        weights |= 1 << 1;
                    } else if (c == 'D' || c == 'd') {
                        weights |= 1;
                    } else {
                        break;
                    }
                    at++;
                }
            }
            return new Operand(lexeme.toString(), weights, prefix);
        }

        private boolean peek(char c) {
            skipSpaces();
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + " of " + text);
            }
            at++;
        }

        void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
