package io.claimstream.query.fulltext;

/**
 * The slots of a segment that may match a query, ascending (so newest first), from its posting
 * lists: an AND or a phrase is the intersection of its sides, an OR their union. A superset: the
 * claim's own terms decide (TsMatch), for phrases, weights and exclusions.
 */
abstract class Slots {

    static final int END = Integer.MAX_VALUE;

    /** The first slot at or after {@code target}, or {@link #END}. Targets only grow. */
    abstract int advance(int target);

    /**
     * The slots of {@code query} in {@code segment}, or null where the query excludes without
     * requiring anything (every slot may match: the index does not walk those).
     */
    static Slots of(TsMatch.Node query, Segment segment) {
        if (query.isValue()) {
            int[] list = segment.postings(query.lexeme);
            return new Listed(list);
        }
        if (query.isNot()) {
            return null;
        }
        Slots left = of(query.left, segment);
        Slots right = of(query.right, segment);
        if (query.isOr()) {
            return left == null || right == null ? null : new Either(left, right);
        }
        if (left == null) {
            return right;
        }
        return right == null ? left : new Both(left, right);
    }

    /** One posting list. */
    private static final class Listed extends Slots {
        private final int[] list;
        private int at;

        Listed(int[] list) {
            this.list = list;
        }

        @Override
        int advance(int target) {
            if (at >= list.length) {
                return END;
            }
            if (list[at] >= target) {
                return list[at];
            }
            // gallop, then binary search: an intersection skips far ahead in a long list
            int step = 1;
            int low = at;
            int high = at + step;
            while (high < list.length && list[high] < target) {
                low = high;
                step <<= 1;
                high = at + step;
            }
            high = Math.min(high, list.length - 1);
            if (list[high] < target) {
                at = list.length;
                return END;
            }
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (list[mid] < target) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            at = low;
            return list[at];
        }
    }

    /** Two sides of a query's AND or OR. */
    private abstract static class Paired extends Slots {
        final Slots left;
        final Slots right;

        Paired(Slots left, Slots right) {
            this.left = left;
            this.right = right;
        }
    }

    private static final class Both extends Paired {
        Both(Slots left, Slots right) {
            super(left, right);
        }

        @Override
        int advance(int target) {
            int slot = left.advance(target);
            while (slot != END) {
                int other = right.advance(slot);
                if (other == slot) {
                    return slot;
                }
                if (other == END) {
                    return END;
                }
                slot = left.advance(other);
            }
            return END;
        }
    }

    private static final class Either extends Paired {
        Either(Slots left, Slots right) {
            super(left, right);
        }

        @Override
        int advance(int target) {
            return Math.min(left.advance(target), right.advance(target));
        }
    }
}
