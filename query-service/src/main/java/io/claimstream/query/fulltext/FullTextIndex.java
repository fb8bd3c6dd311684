package io.claimstream.query.fulltext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranked full text in memory: the newest matches of a tsquery in the canonical order, ranked by
 * PostgreSQL's ts_rank, from the claims' own tsvectors (as PostgreSQL stored them: no stemmer of
 * its own). It answers what ClaimSql's ranked statement answers, the newest max-ranked matches
 * (undated first) ordered by rank, then oldest first, and their count, for a query's words with a
 * claim type, a document or dates; PostgreSQL then reads only the page's rows by id.
 *
 * <p>Two segments: a large one built in canonical order, and a small one of the claims stored
 * since, merged as they are read; a replaced document's claims in the large one are marked gone.
 * When the small one outgrows {@link #compactAt}, both are rebuilt into one. One writer (the
 * follower's thread) changes it; a search reads the segments current when it starts.
 */
public final class FullTextIndex {

    /** A claim as the index takes it: claim_search's columns, the tsvector as its text. */
    public record Claim(String id, String documentId, LocalDate published, int spanStart, String type, String tsv) {
    }

    /** The filters the index applies (null: none); any other filter is answered by SQL. */
    public record Filter(String type, String documentId, LocalDate from, LocalDate to) {
    }

    /**
     * One page of claim ids in rank order, how many matches were ranked (at most max-ranked), and
     * the page's highlights.
     */
    public record Page(List<String> ids, long total, Highlights highlights) {
        Page(List<String> ids, long total) {
            this(ids, total, Highlights.NONE);
        }
    }

    /**
     * The highlights of a page's claims (Headline): ts_headline's, made from each claim's text and
     * the terms the index holds for it.
     */
    public static final class Highlights {
        static final Highlights NONE = new Highlights(null, List.of(), Map.of());

        private final TsMatch.Node query;
        private final List<TsMatch.Node> operands;
        private final Map<String, int[]> terms;

        Highlights(TsMatch.Node query, List<TsMatch.Node> operands, Map<String, int[]> terms) {
            this.query = query;
            this.operands = operands;
            this.terms = terms;
        }

        /**
         * The highlight of a claim of the page, from its text; null when it cannot be made here
         * (the text's tokens do not line up with the terms the index holds): PostgreSQL's
         * ts_headline then makes it.
         */
        public String of(String id, String text) {
            int[] claimTerms = terms.get(id);
            if (claimTerms == null || text == null) {
                return null;
            }
            return Headline.of(text, claimTerms, query, operands);
        }
    }

    private record State(Segment base, long[] gone, int goneCount, Segment recent) {
    }

    private final Lexemes lexemes = new Lexemes();
    private final int compactAt;
    private volatile State state = new State(Segment.EMPTY, new long[0], 0, Segment.EMPTY);
    // the writer's own books: where each document's claims are
    private final Map<String, int[]> baseSlots = new HashMap<>();
    private final Map<String, List<Segment.Row>> recentRows = new HashMap<>();
    private int recentCount;
    private long[] pendingGone;
    private int pendingGoneCount;

    /** @param compactAt the most claims kept apart from the large segment before both are rebuilt into one */
    public FullTextIndex(int compactAt) {
        this.compactAt = compactAt;
    }

    /** Claims held (the gone ones not counted). */
    public int size() {
        State s = state;
        return s.base.size() - s.goneCount + s.recent.size();
    }

    /** Approximate bytes of the segments' arrays and claim ids. */
    public long bytes() {
        State s = state;
        return s.base.bytes() + s.recent.bytes() + 8L * s.gone.length;
    }

    /**
     * Replaces each document's claims by these (none: the document's claims are gone). Seen by
     * searches after {@link #publish()}.
     */
    public void replace(Map<String, List<Claim>> byDocument) {
        for (Map.Entry<String, List<Claim>> document : byDocument.entrySet()) {
            int[] slots = baseSlots.remove(document.getKey());
            if (slots != null) {
                if (pendingGone == null) {
                    pendingGone = Arrays.copyOf(state.gone, (state.base.size() + 63) / 64);
                    pendingGoneCount = state.goneCount;
                }
                for (int slot : slots) {
                    if ((pendingGone[slot >>> 6] & (1L << slot)) == 0) {
                        pendingGone[slot >>> 6] |= 1L << slot;
                        pendingGoneCount++;
                    }
                }
            }
            List<Segment.Row> old = recentRows.remove(document.getKey());
            if (old != null) {
                recentCount -= old.size();
            }
            List<Segment.Row> rows = new ArrayList<>(document.getValue().size());
            for (Claim claim : document.getValue()) {
                rows.add(new Segment.Row(claim.id(), document.getKey(),
                        claim.published() == null ? Segment.UNDATED : (int) claim.published().toEpochDay(),
                        claim.spanStart(), claim.type().intern(), ClaimTerms.parse(claim.tsv(), lexemes)));
            }
            if (!rows.isEmpty()) {
                recentRows.put(document.getKey(), rows);
                recentCount += rows.size();
            }
        }
    }

    /** Makes the replaced claims searchable: the small segment rebuilt, or both into one when it has grown. */
    public void publish() {
        State s = state;
        long[] gone = pendingGone != null ? pendingGone : s.gone;
        int goneCount = pendingGone != null ? pendingGoneCount : s.goneCount;
        pendingGone = null;
        List<Segment.Row> recent = new ArrayList<>(recentCount);
        recentRows.values().forEach(recent::addAll);
        if (recentCount > compactAt || goneCount > compactAt) {
            List<Segment.Row> all = new ArrayList<>(s.base.size() - goneCount + recentCount);
            for (int slot = 0; slot < s.base.size(); slot++) {
                if ((gone.length == 0 || (gone[slot >>> 6] & (1L << slot)) == 0)) {
                    all.add(s.base.row(slot));
                }
            }
            all.addAll(recent);
            all.sort(Segment.NEWEST_FIRST);
            Segment base = new Segment(all, lexemes.size());
            baseSlots.clear();
            Map<String, List<Integer>> byDocument = new HashMap<>();
            for (int slot = 0; slot < base.size(); slot++) {
                byDocument.computeIfAbsent(base.documents[slot], k -> new ArrayList<>()).add(slot);
            }
            byDocument.forEach((document, slots) -> baseSlots.put(document,
                    slots.stream().mapToInt(Integer::intValue).toArray()));
            recentRows.clear();
            recentCount = 0;
            state = new State(base, new long[0], 0, Segment.EMPTY);
            return;
        }
        recent.sort(Segment.NEWEST_FIRST);
        state = new State(s.base, gone, goneCount, new Segment(recent, lexemes.size()));
    }

    /**
     * A page of the ranked answer of a query, or empty when the index cannot answer it exactly (a
     * prefix operand, or a query that only excludes: SQL answers those).
     *
     * @param match     the request's tsquery as PostgreSQL writes it (websearch_to_tsquery(...)::text)
     * @param rank      the tsquery it is ranked by (ClaimSql.RANK_QUERY, as text)
     * @param maxRanked the most matches ranked: the newest
     */
    public Optional<Page> search(String match, String rank, Filter filter, int maxRanked, long offset, int limit) {
        TsQuery query = TsQuery.parse(match);
        if (query == null) {
            return Optional.of(new Page(List.of(), 0)); // no lexemes: @@ matches nothing
        }
        TsQuery ranking = TsQuery.parse(rank);
        if (ranking == null || hasPrefix(query) || hasPrefix(ranking)) {
            return Optional.empty();
        }
        State s = state;
        TsMatch.Node node = TsMatch.compile(query, lexemes);
        Slots inBase = Slots.of(node, s.base);
        Slots inRecent = Slots.of(node, s.recent);
        if (inBase == null || inRecent == null) {
            return Optional.empty();
        }
        int from = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
        int to = filter.to() == null ? Integer.MAX_VALUE - 1 : (int) filter.to().toEpochDay();
        Candidates found = new Candidates(Math.min(maxRanked, 64));
        TsMatch.Node check = TsMatch.decidedByPostings(node) ? null : node;
        Cursor base = new Cursor(s.base, inBase, check, filter, from, to, s.gone);
        Cursor recent = new Cursor(s.recent, inRecent, check, filter, from, to, null);
        int b = base.next();
        int r = recent.next();
        TsRank.Ranked ranked = TsRank.prepare(ranking, lexemes);
        while (found.size < maxRanked && (b != Slots.END || r != Slots.END)) {
            if (r == Slots.END || (b != Slots.END && s.base.compare(b, s.recent, r) < 0)) {
                found.add(s.base, b, TsRank.rank(ranked, s.base.terms[b]));
                b = base.next();
            } else {
                found.add(s.recent, r, TsRank.rank(ranked, s.recent.terms[r]));
                r = recent.next();
            }
        }
        Map<String, int[]> terms = new HashMap<>();
        List<String> ids = found.page(offset, limit, terms);
        return Optional.of(new Page(ids, found.size, new Highlights(node, TsMatch.operandsInItemOrder(node), terms)));
    }

    private static boolean hasPrefix(TsQuery query) {
        return TsQuery.operands(query).stream().anyMatch(TsQuery.Operand::prefix);
    }

    /** The matches of one segment that pass the filters, in slot order. */
    private static final class Cursor {
        private final Segment segment;
        private final Slots slots;
        /** The query to check each claim against, or null when the posting lists decide. */
        private final TsMatch.Node query;
        private final Filter filter;
        private final int from;
        private final int to;
        private final long[] gone;
        private int at;

        Cursor(Segment segment, Slots slots, TsMatch.Node query, Filter filter, int from, int to, long[] gone) {
            this.segment = segment;
            this.slots = slots;
            this.query = query;
            this.filter = filter;
            this.from = from;
            this.to = to;
            this.gone = gone;
        }

        int next() {
            while (true) {
                int slot = slots.advance(at);
                if (slot == Slots.END) {
                    return slot;
                }
                at = slot + 1;
                if (gone != null && gone.length > 0 && (gone[slot >>> 6] & (1L << slot)) != 0) {
                    continue;
                }
                int day = segment.days[slot];
                if ((filter.from() != null || filter.to() != null) && (day == Segment.UNDATED || day < from || day > to)) {
                    continue;
                }
                if (filter.type() != null && !filter.type().equals(segment.types[slot])) {
                    continue;
                }
                if (filter.documentId() != null && !filter.documentId().equals(segment.documents[slot])) {
                    continue;
                }
                if (query == null || TsMatch.matches(query, segment.terms[slot])) {
                    return slot;
                }
            }
        }
    }

    /** The ranked candidates, in the order they were found (newest first). */
    private static final class Candidates {
        private Segment[] segments;
        private int[] slots;
        private float[] ranks;
        private int size;

        Candidates(int capacity) {
            segments = new Segment[capacity];
            slots = new int[capacity];
            ranks = new float[capacity];
        }

        void add(Segment segment, int slot, float rank) {
            if (size == slots.length) {
                segments = Arrays.copyOf(segments, size * 2);
                slots = Arrays.copyOf(slots, size * 2);
                ranks = Arrays.copyOf(ranks, size * 2);
            }
            segments[size] = segment;
            slots[size] = slot;
            ranks[size] = rank;
            size++;
        }

        /**
         * The ids of the page, in ClaimSql's ranked order: rank descending, then published
         * ascending (undated last), document id, position, claim id: the reverse of the order
         * the candidates were found in. Each id's terms go into {@code terms}.
         */
        List<String> page(long offset, int limit, Map<String, int[]> terms) {
            if (offset >= size) {
                return List.of();
            }
            // rank descending, then the later found first: as longs, a rank's bits (ranks are not
            // negative, so their bits order as they do) above the candidate's number, sorted, read from the end
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                order[i] = (long) Float.floatToIntBits(ranks[i]) << 32 | i;
            }
            Arrays.sort(order);
            int end = (int) Math.min(size, offset + limit);
            List<String> ids = new ArrayList<>(end - (int) offset);
            for (int i = (int) offset; i < end; i++) {
                int candidate = (int) order[size - 1 - i];
                String id = segments[candidate].ids[slots[candidate]];
                ids.add(id);
                terms.put(id, segments[candidate].terms[slots[candidate]]);
            }
            return ids;
        }
    }
}
