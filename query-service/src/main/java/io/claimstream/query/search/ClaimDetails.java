package io.claimstream.query.search;

import io.claimstream.common.errors.ApiException;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.corroboration.ParagraphContext;
import io.claimstream.query.view.ClaimDetailView;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.SpanView;
import io.claimstream.query.view.SpeakerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One claim with its context and its corroborating sources. */
@ApplicationScoped
public class ClaimDetails {

    private final EntityManager em;
    private final ClaimRows rows;
    private final int contextChars;

    public ClaimDetails(EntityManager em, ClaimRows rows, QueryConfig config) {
        this.em = em;
        this.rows = rows;
        this.contextChars = config.corroboration().contextChars();
    }

    @SuppressWarnings("unchecked")
    public ClaimView claim(String id) {
        List<Tuple> found = em.createNativeQuery(ClaimSql.COLUMNS + ClaimSql.FROM + " WHERE c.id = :id", Tuple.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("no claim has id " + id);
        }
        return rows.view(found.get(0)::get, false);
    }

    @SuppressWarnings("unchecked")
    public ClaimDetailView detail(String id) {
        ClaimView claim = claim(id);
        Map<String, String> texts = new HashMap<>();
        ClaimDetailView.ContextView context = context(texts, claim.documentId(), claim.span().start(), claim.span().end());
        if (claim.clusterId() == null) {
            return new ClaimDetailView(claim, context, null);
        }
        List<Tuple> members = em.createNativeQuery("""
                        SELECT c.id, c.document_id, d.title, d.published_raw, c.person_id, p.name, c.text,
                               c.span_start, c.span_end
                        FROM claim c JOIN document d ON d.id = c.document_id LEFT JOIN person p ON p.id = c.person_id
                        WHERE c.cluster_id = :cluster
                        ORDER BY d.published ASC NULLS LAST, c.document_id, c.span_start""", Tuple.class)
                .setParameter("cluster", claim.clusterId())
                .getResultList();
        List<ClaimDetailView.Source> sources = members.stream().map(row -> source(texts, row)).toList();
        long documents = sources.stream().map(ClaimDetailView.Source::documentId).distinct().count();
        return new ClaimDetailView(claim, context,
                new ClaimDetailView.Corroboration(claim.clusterId(), (int) documents, sources));
    }

    private ClaimDetailView.Source source(Map<String, String> texts, Tuple row) {
        int start = ((Number) row.get("span_start")).intValue();
        int end = ((Number) row.get("span_end")).intValue();
        String documentId = Rows.text(row.get("document_id"));
        String personId = Rows.text(row.get("person_id"));
        return new ClaimDetailView.Source(Rows.text(row.get("id")), documentId,
                Rows.text(row.get("title")), Rows.text(row.get("published_raw")),
                personId == null ? null : new SpeakerRef(personId, Rows.text(row.get("name"))),
                Rows.text(row.get("text")), new SpanView(start, end), context(texts, documentId, start, end));
    }

    /**
     * The paragraph around a span. Spans count UTF-16 code units and PostgreSQL's substring counts
     * code points, so the text is cut here, in Java, where the two agree.
     */
    private ClaimDetailView.ContextView context(Map<String, String> texts, String documentId, int start, int end) {
        String text = texts.computeIfAbsent(documentId, id -> (String) em
                .createNativeQuery("SELECT text FROM document WHERE id = :id")
                .setParameter("id", id).getSingleResult());
        ParagraphContext context = ParagraphContext.around(text, start, end, contextChars);
        return new ClaimDetailView.ContextView(context.text(), context.start(), context.end());
    }
}
