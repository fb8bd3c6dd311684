package io.claimstream.query.corroboration;

import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Groups the same statement reported in several documents into one cluster. Only claims held by
 * the same person are compared (two people saying similar things is agreement, not
 * corroboration), which also keeps the comparison to one person's claims at a time. The person's
 * own names and affiliations do not count as shared content: {@code Luo Fuli of Xiaomi said...}
 * and {@code I'm Luo Fuli from Xiaomi} are not the same statement.
 * A cluster is named by the smallest claim id among its first members; clusters that a new claim
 * bridges are merged.
 */
@ApplicationScoped
public class CorroborationLinker {

    /** Enough of a prolific speaker's history to find repeats without loading everything. */
    private static final int MAX_HISTORY = 5000;

    private final EntityManager em;
    private final QueryConfig.Corroboration config;
    private final Similarity similarity;

    public CorroborationLinker(EntityManager em, QueryConfig config) {
        this.em = em;
        this.config = config.corroboration();
        this.similarity = new Similarity(this.config.minOverlap(), this.config.minSharedTerms());
    }

    private record Stored(String id, String documentId, Set<String> terms) {
    }

    /**
     * Links the stored claims of these documents to the same statements in their speakers' other
     * documents; returns how many joined a cluster. Each person's history is read once for all of
     * their documents here, so linking many documents at once costs little more than one.
     */
    @SuppressWarnings("unchecked")
    public int linkDocuments(Collection<String> documentIds) {
        if (!config.enabled() || documentIds.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, document_id, person_id, text FROM claim
                        WHERE document_id IN (:documents) AND person_id IS NOT NULL""")
                .setParameter("documents", documentIds)
                .getResultList();
        Map<String, List<Object[]>> byPerson = rows.stream().collect(Collectors.groupingBy(row -> (String) row[2]));
        int linked = 0;
        for (Map.Entry<String, List<Object[]>> entry : byPerson.entrySet()) {
            Set<String> identity = identity(entry.getKey());
            List<Stored> history = history(entry.getKey(), identity);
            for (Object[] claim : entry.getValue()) {
                String documentId = (String) claim[1];
                Set<String> terms = without(StatementTerms.of((String) claim[3]), identity);
                // the same statement twice in one document is repetition, not corroboration
                List<Stored> matches = history.stream()
                        .filter(h -> !h.documentId().equals(documentId) && similarity.same(terms, h.terms())).toList();
                if (!matches.isEmpty()) {
                    join((String) claim[0], matches);
                    linked++;
                }
            }
        }
        return linked;
    }

    @SuppressWarnings("unchecked")
    private List<Stored> history(String personId, Set<String> identity) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, document_id, text FROM claim
                        WHERE person_id = :person
                        ORDER BY published DESC NULLS LAST, id
                        LIMIT :limit""")
                .setParameter("person", personId)
                .setParameter("limit", MAX_HISTORY)
                .getResultList();
        List<Stored> history = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            history.add(new Stored((String) row[0], (String) row[1], without(StatementTerms.of((String) row[2]), identity)));
        }
        return history;
    }

    /** The terms of the person's names, aliases and affiliations. */
    private Set<String> identity(String personId) {
        Person person = Person.findById(personId);
        Set<String> terms = new java.util.HashSet<>();
        if (person != null) {
            terms.addAll(StatementTerms.of(person.name));
            Arrays.stream(person.aliases).forEach(alias -> terms.addAll(StatementTerms.of(alias)));
            Arrays.stream(person.affiliations).forEach(affiliation -> terms.addAll(StatementTerms.of(affiliation)));
        }
        return terms;
    }

    private static Set<String> without(Set<String> terms, Set<String> identity) {
        terms.removeAll(identity);
        return terms;
    }

    /** Puts the claim, its matches and every cluster they already belong to into one cluster. */
    @SuppressWarnings("unchecked")
    private void join(String claimId, List<Stored> matches) {
        Set<String> members = new TreeSet<>();
        members.add(claimId);
        matches.forEach(match -> members.add(match.id()));
        // read afresh: earlier claims of this document may just have clustered some of these
        Set<String> clusters = new TreeSet<>(em.createNativeQuery(
                        "SELECT DISTINCT cluster_id FROM claim WHERE id IN (:members) AND cluster_id IS NOT NULL")
                .setParameter("members", members).getResultList());
        String target = clusters.isEmpty() ? members.iterator().next() : clusters.iterator().next();
        var update = em.createNativeQuery(clusters.isEmpty()
                        ? "UPDATE claim SET cluster_id = :target WHERE id IN (:members)"
                        : "UPDATE claim SET cluster_id = :target WHERE id IN (:members) OR cluster_id IN (:clusters)")
                .setParameter("target", target)
                .setParameter("members", members);
        if (!clusters.isEmpty()) {
            update.setParameter("clusters", clusters);
        }
        update.executeUpdate();
    }
}
