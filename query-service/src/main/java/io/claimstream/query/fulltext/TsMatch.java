package io.claimstream.query.fulltext;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a claim's terms match a tsquery, as PostgreSQL's {@code tsvector @@ tsquery} decides it
 * (tsvector_op.c: TS_execute for the operators above any phrase, TS_phrase_execute with its
 * position lists at and below one, and checkcondition_str's weight filter). Ported step for step,
 * so that phrases with negations or ORs inside, and their widths, match exactly where PostgreSQL's
 * do; a result of "maybe" (a lexeme without positions under a phrase) is no match, as there.
 */
final class TsMatch {

    static final int NO = 0;
    static final int YES = 1;
    private static final int MAYBE = 2;
    private static final int NOT = 0;
    private static final int AND = 1;
    private static final int OR = 2;
    private static final int PHRASE = 3;
    private static final int VALUE = 4;

    /** The query compiled against the index's lexeme numbers. */
    static final class Node {
        final int kind;
        final int lexeme;
        final int weights;
        final int distance;
        final Node left;
        final Node right;

        private Node(int kind, int lexeme, int weights, int distance, Node left, Node right) {
            this.kind = kind;
            this.lexeme = lexeme;
            this.weights = weights;
            this.distance = distance;
            this.left = left;
            this.right = right;
        }

        boolean isValue() {
            return kind == VALUE;
        }

        boolean isNot() {
            return kind == NOT;
        }

        boolean isOr() {
            return kind == OR;
        }
    }

    private TsMatch() {
    }

    /** The query over these lexeme numbers; a lexeme no claim has gets {@link Lexemes#UNKNOWN} and matches nothing. */
    static Node compile(TsQuery query, Lexemes lexemes) {
        if (query instanceof TsQuery.Operand o) {
            return new Node(VALUE, lexemes.find(o.lexeme()), o.weights(), 0, null, null);
        }
        if (query instanceof TsQuery.Not n) {
            return new Node(NOT, 0, 0, 0, compile(n.operand(), lexemes), null);
        }
        if (query instanceof TsQuery.And a) {
            return new Node(AND, 0, 0, 0, compile(a.left(), lexemes), compile(a.right(), lexemes));
        }
        if (query instanceof TsQuery.Or o) {
            return new Node(OR, 0, 0, 0, compile(o.left(), lexemes), compile(o.right(), lexemes));
        }
        TsQuery.Phrase p = (TsQuery.Phrase) query;
        return new Node(PHRASE, 0, 0, p.distance(), compile(p.left(), lexemes), compile(p.right(), lexemes));
    }

    /**
     * Whether a claim that has the query's lexemes as its posting lists combine them (an AND's
     * both sides, an OR's either) matches for certain: only ANDs and ORs of lexemes without
     * weights, where TS_execute asks no more of a lexeme than that the claim has it. Phrases,
     * exclusions and weights are checked on the claim's terms.
     */
    static boolean decidedByPostings(Node query) {
        return switch (query.kind) {
            case VALUE -> query.weights == 0;
            case AND, OR -> decidedByPostings(query.left) && decidedByPostings(query.right);
            default -> false;
        };
    }

    /**
     * Where a query's lexemes are looked up (PostgreSQL's TSExecuteCallback): a claim's terms, or
     * the words of a text being highlighted. YES, NO or MAYBE; with {@code data}, the positions.
     */
    interface Condition {
        int check(Node operand, Positions data);
    }

    /** {@code terms @@ query}. */
    static boolean matches(Node query, int[] terms) {
        return execute(query, (operand, data) -> value(operand, terms, data)) != NO;
    }

    /** TS_execute: whether the lexemes the condition finds satisfy the query. */
    static boolean matches(Node query, Condition condition) {
        return execute(query, condition) != NO;
    }

    /** TS_execute_recurse: no positions needed above a phrase. */
    private static int execute(Node item, Condition terms) {
        switch (item.kind) {
            case VALUE:
                return terms.check(item, null);
            case NOT:
                return switch (execute(item.left, terms)) {
                    case NO -> YES;
                    case YES -> NO;
                    default -> MAYBE;
                };
            case AND: {
                int left = execute(item.left, terms);
                if (left == NO) {
                    return NO;
                }
                return switch (execute(item.right, terms)) {
                    case NO -> NO;
                    case YES -> left;
                    default -> MAYBE;
                };
            }
            case OR: {
                int left = execute(item.left, terms);
                if (left == YES) {
                    return YES;
                }
                return switch (execute(item.right, terms)) {
                    case NO -> left;
                    case YES -> YES;
                    default -> MAYBE;
                };
            }
            default:
                // a MAYBE under a phrase is NO here: PostgreSQL's @@ does not pass TS_EXEC_PHRASE_NO_POS
                return phrase(item, terms, null) == YES ? YES : NO;
        }
    }

    /** ExecPhraseData: positions (sorted, unique), whether they are negated, and the match width. */
    static final class Positions {
        int[] pos = ClaimTerms.NONE;
        int npos;
        boolean negate;
        int width;
    }

    /** checkcondition_str for one lexeme (no prefix operands reach here). */
    private static int value(Node item, int[] terms, Positions data) {
        if (item.lexeme == Lexemes.UNKNOWN) {
            return NO;
        }
        int entry = ClaimTerms.find(terms, item.lexeme);
        if (entry < 0) {
            return NO;
        }
        int count = ClaimTerms.count(terms, entry);
        if (count == 0) {
            return data != null ? MAYBE : YES;
        }
        if (item.weights != 0) {
            int kept = 0;
            int[] pos = data != null ? new int[count] : null;
            for (int k = 0; k < count; k++) {
                int wordEntryPos = ClaimTerms.position(terms, entry, k);
                if ((item.weights & (1 << ClaimTerms.weightOf(wordEntryPos))) != 0) {
                    if (data == null) {
                        return YES;
                    }
                    pos[kept++] = ClaimTerms.positionOf(wordEntryPos);
                }
            }
            if (data == null || kept == 0) {
                return NO;
            }
            data.pos = pos;
            data.npos = kept;
            return YES;
        }
        if (data != null) {
            int[] pos = new int[count];
            for (int k = 0; k < count; k++) {
                pos[k] = ClaimTerms.positionOf(ClaimTerms.position(terms, entry, k));
            }
            data.pos = pos;
            data.npos = count;
        }
        return YES;
    }

    private static final int L_ONLY = 1;
    private static final int R_ONLY = 2;
    private static final int BOTH = 4;

    /** TS_phrase_execute. */
    private static int phrase(Node item, Condition terms, Positions data) {
        if (item.kind == VALUE) {
            return terms.check(item, data);
        }
        switch (item.kind) {
            case NOT: {
                int result = phrase(item.left, terms, data);
                if (result == NO) {
                    data.negate = true;
                    return YES;
                }
                if (result == YES) {
                    if (data.npos > 0) {
                        data.negate = !data.negate;
                        return YES;
                    }
                    if (data.negate) {
                        data.negate = false;
                        return NO;
                    }
                    throw new IllegalStateException("a phrase match without positions");
                }
                return MAYBE;
            }
            case PHRASE:
            case AND: {
                Positions l = new Positions();
                Positions r = new Positions();
                int left = phrase(item.left, terms, l);
                if (left == NO) {
                    return NO;
                }
                int right = phrase(item.right, terms, r);
                if (right == NO) {
                    return NO;
                }
                if (left == MAYBE || right == MAYBE) {
                    return MAYBE;
                }
                int lOffset;
                int rOffset;
                if (item.kind == PHRASE) {
                    lOffset = item.distance + r.width;
                    rOffset = 0;
                    if (data != null) {
                        data.width = item.distance + l.width + r.width;
                    }
                } else {
                    int maxWidth = Math.max(l.width, r.width);
                    lOffset = maxWidth - l.width;
                    rOffset = maxWidth - r.width;
                    if (data != null) {
                        data.width = maxWidth;
                    }
                }
                if (l.negate && r.negate) {
                    output(data, l, r, BOTH | L_ONLY | R_ONLY, lOffset, rOffset, l.npos + r.npos);
                    if (data != null) {
                        data.negate = true;
                    }
                    return YES;
                } else if (l.negate) {
                    return output(data, l, r, R_ONLY, lOffset, rOffset, r.npos);
                } else if (r.negate) {
                    return output(data, l, r, L_ONLY, lOffset, rOffset, l.npos);
                }
                return output(data, l, r, BOTH, lOffset, rOffset, Math.min(l.npos, r.npos));
            }
            default: { // OR
                Positions l = new Positions();
                Positions r = new Positions();
                int left = phrase(item.left, terms, l);
                int right = phrase(item.right, terms, r);
                if (left == NO && right == NO) {
                    return NO;
                }
                if (left == MAYBE || right == MAYBE) {
                    return MAYBE;
                }
                if (left == NO) {
                    l.width = 0;
                }
                if (right == NO) {
                    r.width = 0;
                }
                int maxWidth = Math.max(l.width, r.width);
                int lOffset = maxWidth - l.width;
                int rOffset = maxWidth - r.width;
                data.width = maxWidth;
                if (l.negate && r.negate) {
                    output(data, l, r, BOTH, lOffset, rOffset, Math.min(l.npos, r.npos));
                    data.negate = true;
                    return YES;
                } else if (l.negate) {
                    output(data, l, r, L_ONLY, lOffset, rOffset, l.npos);
                    data.negate = true;
                    return YES;
                } else if (r.negate) {
                    output(data, l, r, R_ONLY, lOffset, rOffset, r.npos);
                    data.negate = true;
                    return YES;
                }
                return output(data, l, r, BOTH | L_ONLY | R_ONLY, lOffset, rOffset, l.npos + r.npos);
            }
        }
    }

    /** TS_phrase_output: merges the two position lists as {@code emit} says. */
    private static int output(Positions data, Positions l, Positions r, int emit, int lOffset, int rOffset, int maxPositions) {
        int li = 0;
        int ri = 0;
        while (li < l.npos || ri < r.npos) {
            int lPos;
            int rPos;
            int out = 0;
            if (li < l.npos) {
                lPos = l.pos[li] + lOffset;
            } else {
                if ((emit & R_ONLY) == 0) {
                    break;
                }
                lPos = Integer.MAX_VALUE;
            }
            if (ri < r.npos) {
                rPos = r.pos[ri] + rOffset;
            } else {
                if ((emit & L_ONLY) == 0) {
                    break;
                }
                rPos = Integer.MAX_VALUE;
            }
            if (lPos < rPos) {
                if ((emit & L_ONLY) != 0) {
                    out = lPos;
                }
                li++;
            } else if (lPos == rPos) {
                if ((emit & BOTH) != 0) {
                    out = rPos;
                }
                li++;
                ri++;
            } else {
                if ((emit & R_ONLY) != 0) {
                    out = rPos;
                }
                ri++;
            }
            if (out > 0) {
                if (data == null) {
                    return YES;
                }
                if (data.pos.length == 0) {
                    data.pos = new int[maxPositions];
                }
                data.pos[data.npos++] = out;
            }
        }
        return data != null && data.npos > 0 ? YES : NO;
    }

    /**
     * TS_execute_locations: where the query matches, as one position list per term or phrase
     * ANDed at its top (a phrase's list holds where it ends, with its width); an OR of such lists
     * becomes each pairing of its sides' lists, merged; a NOT adds none. Null when the query does
     * not match. ts_headline looks for the shortest spans holding one of each.
     */
    static List<Positions> locations(Node query, Condition condition) {
        List<Positions> out = new ArrayList<>();
        return locations(query, condition, out) ? out : null;
    }

    private static boolean locations(Node item, Condition condition, List<Positions> out) {
        switch (item.kind) {
            case VALUE: {
                Positions data = new Positions();
                if (condition.check(item, data) == YES) {
                    out.add(data);
                    return true;
                }
                return false;
            }
            case NOT:
                return !locations(item.left, condition, new ArrayList<>());
            case AND: {
                List<Positions> left = new ArrayList<>();
                List<Positions> right = new ArrayList<>();
                if (!locations(item.left, condition, left) || !locations(item.right, condition, right)) {
                    return false;
                }
                out.addAll(left);
                out.addAll(right);
                return true;
            }
            case OR: {
                List<Positions> left = new ArrayList<>();
                List<Positions> right = new ArrayList<>();
                boolean l = locations(item.left, condition, left);
                boolean r = locations(item.right, condition, right);
                if (!l && !r) {
                    return false;
                }
                if (left.isEmpty()) {
                    out.addAll(right);
                } else if (right.isEmpty()) {
                    out.addAll(left);
                } else {
                    for (Positions a : left) {
                        for (Positions b : right) {
                            Positions data = new Positions();
                            output(data, a, b, BOTH | L_ONLY | R_ONLY, 0, 0, a.npos + b.npos);
                            data.width = Math.max(a.width, b.width);
                            out.add(data);
                        }
                    }
                }
                return true;
            }
            default: { // PHRASE
                Positions data = new Positions();
                if (phrase(item, condition, data) == YES) {
                    if (!data.negate) {
                        out.add(data);
                    }
                    return true;
                }
                return false;
            }
        }
    }

    /**
     * The query's lexeme operands in the order PostgreSQL stores a tsquery's items (an operator,
     * then its right operand, then its left): the order ts_headline gives a word the operands it
     * matches, the first its own and each further one a repeated copy of the word.
     */
    static List<Node> operandsInItemOrder(Node query) {
        List<Node> out = new ArrayList<>();
        collectInItemOrder(query, out);
        return out;
    }

    private static void collectInItemOrder(Node item, List<Node> out) {
        if (item.kind == VALUE) {
            out.add(item);
        } else if (item.kind == NOT) {
            collectInItemOrder(item.left, out);
        } else {
            collectInItemOrder(item.right, out);
            collectInItemOrder(item.left, out);
        }
    }
}
