package io.claimstream.query.corroboration;

import java.util.Set;

/**
 * Whether two statements are the same remark: they share at least {@code minShared} content
 * terms and those make up at least {@code minOverlap} of the shorter statement's terms; or, for
 * long statements (a quote against a paraphrase that adds context), they share twice as many
 * terms at half that overlap.
 */
public record Similarity(double minOverlap, int minShared) {

    public double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    public boolean same(Set<String> a, Set<String> b) {
        int shared = shared(a, b);
        if (shared < minShared) {
            return false;
        }
        double overlap = (double) shared / Math.min(a.size(), b.size());
        return overlap >= minOverlap || (shared >= 2 * minShared && overlap >= minOverlap / 2);
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String term : small) {
            if (large.contains(term)) {
                shared++;
            }
        }
        return shared;
    }
}
