package io.claimstream.query.search;

import io.claimstream.common.errors.ApiException;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.stance.Camps;
import io.claimstream.query.stance.Stance;
import io.claimstream.query.stance.TopicStances;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.PageView;
import io.claimstream.query.view.SpeakerRef;
import io.claimstream.query.view.TopicSummaryView;
import io.claimstream.query.view.TopicView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Topics: what was said about each, by whom, and when. */
@ApplicationScoped
public class TopicQueries {

    static final int REPRESENTATIVE_CLAIMS = 3;
    /** The best-ranked claims per speaker among which those taking a side are preferred. */
    static final int REPRESENTATIVE_POOL = 30;
    /** How many of a speaker's newest claims on a topic compete to represent them. */
    static final int RECENT_CANDIDATES = 200;
    static final int KEPT_VIEWS = 128;

    private final EntityManager em;
    private final QueryConfig.Topics topics;
    private final ClaimRows rows;
    private final TopicStances stances;
    private final ReadModelVersion version;
    private volatile Cached cached;
    private final Map<String, TopicView> views = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TopicView> eldest) {
                    return size() > KEPT_VIEWS;
                }
            });
    private volatile String viewsVersion = "";

    private record Cached(String version, List<TopicSummaryView> topics) {
    }

    public TopicQueries(EntityManager em, QueryConfig config, ClaimRows rows, TopicStances stances,
                        ReadModelVersion version) {
        this.em = em;
        this.topics = config.topics();
        this.rows = rows;
        this.stances = stances;
        this.version = version;
    }

    /**
     * Every taxonomy topic (even unused) and every topic a claim carries, the most discussed first.
     * Counting every claim's topics takes a while on a large corpus, so the answer is kept until
     * the next document is stored.
     */
    public List<TopicSummaryView> all() {
        String now = version.current();
        Cached current = cached;
        if (current == null || !current.version().equals(now)) {
            current = new Cached(now, countAll());
            cached = current;
        }
        return current.topics();
    }

    @SuppressWarnings("unchecked")
    private List<TopicSummaryView> countAll() {
        List<Tuple> counts = em.createNativeQuery("""
                        SELECT topic, count(*) AS claims, count(DISTINCT person_id) AS speakers,
                               count(DISTINCT document_id) AS documents
                        FROM claim_topic GROUP BY topic""", Tuple.class).getResultList();
        List<Tuple> months = em.createNativeQuery("""
                        SELECT topic, to_char(date_trunc('month', published), 'YYYY-MM') AS month, count(*) AS claims
                        FROM claim_topic WHERE published IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""", Tuple.class)
                .getResultList();
        Map<String, List<TopicSummaryView.MonthCount>> trends = new TreeMap<>();
        for (Tuple row : months) {
            trends.computeIfAbsent(Rows.text(row.get("topic")), t -> new ArrayList<>())
                    .add(new TopicSummaryView.MonthCount(Rows.text(row.get("month")), Rows.count(row.get("claims"))));
        }
        Map<String, TopicSummaryView> byId = new LinkedHashMap<>();
        for (String id : topics.taxonomy()) {
            byId.put(id, new TopicSummaryView(id, label(id), true, 0, 0, 0, List.of()));
        }
        for (Tuple row : counts) {
            String id = Rows.text(row.get("topic"));
            byId.put(id, new TopicSummaryView(id, label(id), topics.taxonomy().contains(id), Rows.count(row.get("claims")),
                    Rows.count(row.get("speakers")), Rows.count(row.get("documents")), trends.getOrDefault(id, List.of())));
        }
        return byId.values().stream()
                .sorted((a, b) -> a.claimCount() != b.claimCount() ? Long.compare(b.claimCount(), a.claimCount())
                        : a.id().compareTo(b.id()))
                .toList();
    }

    /**
     * One topic's claims grouped by speaker; speakers paged, most claims first. A topic view reads
     * much of the topic (counts, camps), so views are kept, the most recently used
     * {@value #KEPT_VIEWS}, until the next document is stored.
     */
    public TopicView topic(String id, RequestParams.Paging paging) {
        String now = version.current();
        if (!now.equals(viewsVersion)) {
            synchronized (views) {
                views.clear();
                viewsVersion = now;
            }
        }
        String key = id + "|" + paging.page() + "|" + paging.size();
        TopicView kept = views.get(key);
        if (kept != null) {
            return kept;
        }
        TopicView view = compute(id, paging);
        synchronized (views) {
            if (now.equals(viewsVersion)) {
                views.put(key, view);
            }
        }
        return view;
    }

    @SuppressWarnings("unchecked")
    private TopicView compute(String id, RequestParams.Paging paging) {
        Tuple totals = (Tuple) em.createNativeQuery("""
                        SELECT count(*) AS claims, count(DISTINCT person_id) AS speakers,
                               count(*) FILTER (WHERE person_id IS NULL) AS unattributed
                        FROM claim_topic WHERE topic = :topic""", Tuple.class)
                .setParameter("topic", id).getSingleResult();
        long claimCount = Rows.count(totals.get("claims"));
        if (claimCount == 0 && !topics.taxonomy().contains(id)) {
            throw ApiException.notFound("no topic " + id + "; GET /topics lists them");
        }
        List<Tuple> speakerRows = em.createNativeQuery("""
                        SELECT c.person_id, p.name, count(*) AS claims,
                               count(*) FILTER (WHERE c.type = 'opinion') AS opinion,
                               count(*) FILTER (WHERE c.type = 'prediction') AS prediction,
                               count(*) FILTER (WHERE c.type = 'recommendation') AS recommendation,
                               count(*) FILTER (WHERE c.type = 'fact') AS fact
                        FROM claim_topic c JOIN person p ON p.id = c.person_id
                        WHERE c.topic = :topic
                        GROUP BY c.person_id, p.name ORDER BY claims DESC, c.person_id
                        LIMIT :limit OFFSET :offset""", Tuple.class)
                .setParameter("topic", id).setParameter("limit", paging.size()).setParameter("offset", paging.offset())
                .getResultList();
        Map<String, List<ClaimView>> representative = representative(id,
                speakerRows.stream().map(r -> Rows.text(r.get("person_id"))).toList());
        List<Camps.Result> camps = stances.camps(id);
        Map<String, List<TopicView.Position>> positionsByPerson = positions(camps);
        List<TopicView.SpeakerPosition> positions = speakerRows.stream().map(r -> {
            String personId = Rows.text(r.get("person_id"));
            Map<String, Long> types = new LinkedHashMap<>();
            for (String type : List.of("opinion", "prediction", "recommendation", "fact")) {
                types.put(type, Rows.count(r.get(type)));
            }
            List<ClaimView> claims = sidesFirst(representative.getOrDefault(personId, List.of()).stream()
                    .map(claim -> stances.withStances(id, claim)).toList());
            return new TopicView.SpeakerPosition(new SpeakerRef(personId, Rows.text(r.get("name"))),
                    Rows.count(r.get("claims")), types, positionsByPerson.getOrDefault(personId, List.of()), claims);
        }).toList();
        long speakerCount = Rows.count(totals.get("speakers"));
        return new TopicView(id, label(id), claimCount, speakerCount, Rows.count(totals.get("unattributed")), camps,
                new PageView<>(positions, speakerCount, paging.page(), paging.size()));
    }

    /**
     * The speaker's {@value #REPRESENTATIVE_CLAIMS} claims that show a position: those taking a side
     * on one of the topic's questions before neutral ones (a position is what the reader came for;
     * a firm but neutral aside is not one), otherwise in the order the database ranked them.
     */
    static List<ClaimView> sidesFirst(List<ClaimView> ranked) {
        List<ClaimView> sorted = new ArrayList<>(ranked);
        sorted.sort(java.util.Comparator.comparing((ClaimView c) -> c.stances() == null
                || c.stances().stream().allMatch(s -> s.stance() == Stance.NEUTRAL)));
        return List.copyOf(sorted.subList(0, Math.min(REPRESENTATIVE_CLAIMS, sorted.size())));
    }

    /** Each speaker's answers, from the camps they fall in. */
    private static Map<String, List<TopicView.Position>> positions(List<Camps.Result> camps) {
        Map<String, List<TopicView.Position>> byPerson = new LinkedHashMap<>();
        for (Camps.Result result : camps) {
            java.util.stream.Stream.of(result.agreeing(), result.disagreeing(), result.mixed()).flatMap(List::stream)
                    .forEach(s -> byPerson.computeIfAbsent(s.speaker().id(), p -> new ArrayList<>())
                            .add(new TopicView.Position(result.question(), s.stance(), s.agreement(), s.support(),
                                    s.oppose(), s.neutral())));
        }
        return byPerson;
    }

    /**
     * The claims that best show each speaker's position: stated views (opinions, predictions,
     * recommendations) before facts, firm before hedged, then sentences of a readable length (the
     * best {@value #REPRESENTATIVE_POOL}, of which {@link #sidesFirst} keeps a few), chosen among the speaker's newest {@value #RECENT_CANDIDATES} claims on the topic.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<ClaimView>> representative(String topic, List<String> personIds) {
        Map<String, List<ClaimView>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        // each speaker's newest RECENT_CANDIDATES claims on the topic, then the best of those: bounded
        // work however much a prolific speaker said
        List<Tuple> claimRows = em.createNativeQuery(ClaimSql.COLUMNS + ClaimSql.FROM + "\n" + """
                         JOIN (SELECT c2.id, row_number() OVER (PARTITION BY c2.person_id ORDER BY
                                      (c2.type = 'fact'), c2.confidence DESC, abs(length(c2.text) - 160),
                                      c2.published NULLS LAST, c2.id) AS n
                               FROM person who
                               CROSS JOIN LATERAL (
                                   SELECT ct.claim_id FROM claim_topic ct
                                   WHERE ct.topic = :topic AND ct.person_id = who.id
                                   ORDER BY ct.published DESC, ct.claim_id DESC LIMIT :recent) recent
                               JOIN claim c2 ON c2.id = recent.claim_id
                               WHERE who.id IN (:people)) ranked
                           ON ranked.id = c.id
                         WHERE ranked.n <= :per
                         ORDER BY c.person_id, ranked.n""", Tuple.class)
                .setParameter("people", personIds).setParameter("topic", topic)
                .setParameter("recent", RECENT_CANDIDATES)
                .setParameter("per", REPRESENTATIVE_POOL).getResultList();
        for (Tuple row : claimRows) {
            byPerson.computeIfAbsent(Rows.text(row.get("person_id")), p -> new ArrayList<>()).add(rows.view(row::get, false));
        }
        return byPerson;
    }

    public String label(String id) {
        String configured = topics.labels().get(id);
        if (configured != null) {
            return configured;
        }
        String words = id.replace('-', ' ');
        return words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
