package io.claimstream.query.semantic;

import io.claimstream.query.search.ClaimFilter;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.util.Optional;

/**
 * A claim filter as a Lucene query over {@link VectorIndex}'s fields, with the SQL's meaning
 * (ClaimSql): a date bound excludes undated claims. Filters the index does not carry (predictions,
 * horizons, outcomes, full text) have no translation: such a search ranks exactly instead.
 */
final class VectorFilters {

    private VectorFilters() {
    }

    /** Whether the index can apply every condition of {@code filter}. */
    static boolean supported(ClaimFilter filter) {
        return filter.q() == null && !filter.predictionsOnly() && filter.horizonFrom() == null
                && filter.horizonTo() == null && filter.resolved() == null;
    }

    /** The filter as a query, empty when it accepts every claim. */
    static Optional<Query> of(ClaimFilter filter) {
        if (!supported(filter)) {
            throw new IllegalArgumentException("the vector index cannot apply this filter");
        }
        if (filter.matchesNothing()) {
            return Optional.of(new MatchNoDocsQuery());
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        if (filter.personIds() != null) {
            all.add(new TermInSetQuery(VectorIndex.PERSON, filter.personIds().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
            clauses++;
        }
        clauses += term(all, VectorIndex.TOPIC, filter.topic());
        clauses += term(all, VectorIndex.TYPE, filter.type());
        clauses += term(all, VectorIndex.DOCUMENT, filter.documentId());
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
            long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
            all.add(LongPoint.newRangeQuery(VectorIndex.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
            clauses++;
        }
        return clauses == 0 ? Optional.empty() : Optional.of(all.build());
    }

    private static int term(BooleanQuery.Builder all, String field, String value) {
        if (value == null) {
            return 0;
        }
        all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        return 1;
    }
}
