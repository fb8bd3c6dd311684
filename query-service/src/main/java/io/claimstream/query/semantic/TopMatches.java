package io.claimstream.query.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best {@code limit} matches at or above {@code minScore}, kept in a bounded heap while
 * candidates stream past: memory stays {@code O(limit)} however many claims are ranked. Equal
 * scores are ordered by id, so that pages of the same query never overlap or skip.
 */
public final class TopMatches {

    /** A claim id and its similarity to the query. */
    public record Match(String id, double score) {
    }

    static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(Match::id);

    private final int limit;
    private final double minScore;
    // the worst kept match on top, to be evicted first
    private final PriorityQueue<Match> heap;

    public TopMatches(int limit, double minScore) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.minScore = minScore;
        this.heap = new PriorityQueue<>(Math.min(limit, 1024) + 1, BEST_FIRST.reversed());
    }

    /**
     * Whether a match of this score could be kept: at least min-score, and not worse than every kept
     * match of a full heap. A caller whose id costs a read (a stored field) asks before reading it.
     */
    public boolean mayKeep(double score) {
        if (score < minScore || Double.isNaN(score)) {
            return false;
        }
        // an equal score may still displace the worst kept match by its id
        return heap.size() < limit || score >= heap.peek().score();
    }

    public void offer(String id, double score) {
        if (!mayKeep(score)) {
            return;
        }
        Match match = new Match(id, score);
        if (heap.size() < limit) {
            heap.add(match);
        } else if (BEST_FIRST.compare(match, heap.peek()) < 0) {
            heap.poll();
            heap.add(match);
        }
    }

    /** The kept matches, best first. */
    public List<Match> best() {
        List<Match> sorted = new ArrayList<>(heap);
        sorted.sort(BEST_FIRST);
        return sorted;
    }
}
