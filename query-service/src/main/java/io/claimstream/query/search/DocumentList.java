package io.claimstream.query.search;

import io.claimstream.query.view.DocumentSummaryView;
import io.claimstream.query.view.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists stored documents, newest publication first, with bound filters only. */
@ApplicationScoped
public class DocumentList {

    /** Page sizes of the list: by default, and at most. */
    public static final int DEFAULT_PAGE = 20;
    public static final int MAX_PAGE = 200;

    static final String COLUMNS = "SELECT d.id, d.title, d.published_raw, d.source, d.url, d.event, d.speaker_count, "
            + "d.claim_count, d.analyzer_version, d.stored_at FROM document d";

    private final EntityManager em;

    public DocumentList(EntityManager em) {
        this.em = em;
    }

    /**
     * Filters of the list; null fields do not filter. {@code title} matches anywhere in the title, in any
     * case; {@code people}, person ids, keeps the documents any of them speaks in (none when it is empty).
     */
    public record Filter(LocalDate from, LocalDate to, String source, String title, List<String> people) {
    }

    @SuppressWarnings("unchecked")
    public PageView<DocumentSummaryView> page(Filter filter, RequestParams.Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.from() != null) {
            where.append(" AND d.published >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND d.published <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.source() != null) {
            where.append(" AND lower(d.source) = lower(:source)");
            parameters.put("source", filter.source());
        }
        if (filter.title() != null) {
            // the user's % and _ are characters to find, not wildcards
            where.append(" AND d.title ILIKE :title ESCAPE '\\'");
            parameters.put("title", "%" + filter.title().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.people() != null) {
            if (filter.people().isEmpty()) {
                return new PageView<>(List.of(), 0, paging.page(), paging.size());
            }
            // the person's documents from document_speaker's index by person (V12), looked up in document_pkey as
            // one array; for IN (subquery) the planner hashed them and read every document, which grows with
            // the store (0.60 against 0.48 ms of database CPU a page for 339 of 10,000 documents)
            where.append(" AND d.id = ANY(ARRAY(SELECT ds.document_id FROM document_speaker ds"
                    + " WHERE ds.person_id IN (:people)))");
            parameters.put("people", filter.people());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM document d" + where);
        parameters.forEach(count::setParameter);
        long total = Rows.count(count.getSingleResult());
        if (total <= paging.offset()) {
            return new PageView<>(List.of(), total, paging.page(), paging.size());
        }
        Query select = em.createNativeQuery(COLUMNS + where
                + " ORDER BY d.published DESC NULLS LAST, d.id LIMIT :limit OFFSET :offset", Tuple.class);
        parameters.forEach(select::setParameter);
        List<Tuple> rows = select.setParameter("limit", paging.size()).setParameter("offset", paging.offset())
                .getResultList();
        return new PageView<>(rows.stream().map(DocumentList::summary).toList(), total, paging.page(), paging.size());
    }

    /** One document's summary, or null when it is not stored. */
    @SuppressWarnings("unchecked")
    public DocumentSummaryView summary(String id) {
        List<Tuple> rows = em.createNativeQuery(COLUMNS + " WHERE d.id = :id", Tuple.class).setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? null : summary(rows.get(0));
    }

    static DocumentSummaryView summary(Tuple row) {
        return new DocumentSummaryView(Rows.text(row.get("id")), Rows.text(row.get("title")),
                Rows.text(row.get("published_raw")), Rows.text(row.get("source")), Rows.text(row.get("url")),
                Rows.text(row.get("event")), ((Number) row.get("speaker_count")).intValue(),
                ((Number) row.get("claim_count")).intValue(), Rows.text(row.get("analyzer_version")),
                Rows.instant(row.get("stored_at")));
    }
}
