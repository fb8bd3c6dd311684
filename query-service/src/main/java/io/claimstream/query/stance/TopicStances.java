package io.claimstream.query.stance;

import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.Rows;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.SpeakerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configured central questions of each topic, and how the topic's claims and speakers answer
 * them. Stances are read when asked for, from the newest {@code max-claims} claims of the topic
 * (undated claims count as newest: the order is claim_topic's index, walked backwards),
 * so that a changed question or cue list applies at once, with nothing to re-compute.
 */
@ApplicationScoped
public class TopicStances {

    private final EntityManager em;
    private final List<StanceDetector> detectors;
    private final int maxClaims;

    public TopicStances(EntityManager em, QueryConfig config) {
        this.em = em;
        this.maxClaims = config.stance().maxClaims();
        List<StanceDetector> all = new ArrayList<>();
        config.stance().questions().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            QueryConfig.Stances.Question q = entry.getValue();
            all.add(new StanceDetector(new StanceQuestion(entry.getKey(), q.topic(), q.text(),
                    q.subject().orElse(List.of()), q.rival().orElse(List.of()), q.support(), q.oppose())));
        });
        this.detectors = List.copyOf(all);
    }

    public List<StanceDetector> questions(String topic) {
        return detectors.stream().filter(d -> d.question().topic().equals(topic)).toList();
    }

    /** The claim with its answer to each of the topic's questions. */
    public ClaimView withStances(String topic, ClaimView claim) {
        List<StanceDetector> questions = questions(topic);
        return questions.isEmpty() ? claim : claim.withStances(questions.stream().map(d -> d.read(claim.text())).toList());
    }

    /** Per question of the topic: who agrees, who disagrees, who is mixed. */
    @SuppressWarnings("unchecked")
    public List<Camps.Result> camps(String topic) {
        List<StanceDetector> questions = questions(topic);
        if (questions.isEmpty()) {
            return List.of();
        }
        List<Tuple> claims = em.createNativeQuery("""
                        SELECT c.person_id, p.name, c.text
                        FROM claim_topic ct JOIN claim c ON c.id = ct.claim_id LEFT JOIN person p ON p.id = c.person_id
                        WHERE ct.topic = :topic
                        ORDER BY ct.published DESC, ct.document_id DESC, ct.span_start DESC, ct.claim_id DESC
                        LIMIT :max""", Tuple.class)
                .setParameter("topic", topic).setParameter("max", maxClaims).getResultList();
        List<Camps> camps = questions.stream().map(Camps::new).toList();
        for (Tuple row : claims) {
            String personId = Rows.text(row.get("person_id"));
            SpeakerRef speaker = personId == null ? null : new SpeakerRef(personId, Rows.text(row.get("name")));
            String text = Rows.text(row.get("text"));
            camps.forEach(c -> c.add(speaker, text));
        }
        return camps.stream().map(Camps::result).toList();
    }

    public int maxClaims() {
        return maxClaims;
    }
}
