package io.claimstream.query.search;

import io.claimstream.query.view.SpeakerProfileView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A person's documents and dated affiliations, folded from their document_speaker rows
 * ({@link SpeakerQueries#APPEARANCES}: ordered by document, then role, in the database's order for
 * text). The answers: documents newest publication first (undated last), then by id, the order of
 * {@code GET /documents?speaker=}, which pages on from a profile's first documents; each document's
 * distinct roles in order, joined by ", "; affiliations by last publication,
 * newest first, then name. Where an order falls to text, it is the database's: the rows' own order
 * for ids and roles (a stable sort keeps it), and {@code inDatabaseOrder} for affiliation names,
 * asked only when a person has more than one.
 */
record Appearances(List<SpeakerProfileView.Appearance> documents,
                   List<SpeakerProfileView.DatedAffiliation> affiliations) {

    private static final Comparator<LocalDate> NEWEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

    static Appearances of(List<Map<String, Object>> rows, Function<List<String>, List<String>> inDatabaseOrder) {
        List<Document> documents = new ArrayList<>();
        Map<String, Affiliation> affiliations = new LinkedHashMap<>();
        Document current = null;
        for (Map<String, Object> row : rows) {
            String id = Rows.text(row.get("document_id"));
            if (current == null || !current.id.equals(id)) {
                // a document's rows are consecutive: equal ids are equal text in any deterministic collation
                current = new Document(id, Rows.text(row.get("title")), Rows.text(row.get("published_raw")),
                        Rows.date(row.get("published")), Rows.count(row.get("claims")));
                documents.add(current);
            }
            current.role(Rows.text(row.get("role")));
            for (String name : (String[]) row.get("affiliations")) {
                affiliations.computeIfAbsent(name, Affiliation::new).seen(current);
            }
        }
        documents.sort(Comparator.comparing(d -> d.published, NEWEST_FIRST)); // stable: ties keep the id order
        List<Affiliation> dated = new ArrayList<>(affiliations.values());
        if (dated.size() > 1) {
            List<String> names = new ArrayList<>(affiliations.keySet());
            Map<String, Integer> rank = new LinkedHashMap<>();
            for (String name : inDatabaseOrder.apply(names)) {
                rank.putIfAbsent(name, rank.size());
            }
            dated.sort(Comparator.comparing((Affiliation a) -> a.last, NEWEST_FIRST)
                    .thenComparing(a -> rank.get(a.name)));
        }
        return new Appearances(
                documents.stream().map(d -> new SpeakerProfileView.Appearance(d.id, d.title, d.publishedRaw,
                        d.roles == null ? null : d.roles.toString(), d.claims)).toList(),
                dated.stream().map(a -> new SpeakerProfileView.DatedAffiliation(a.name, iso(a.first), iso(a.last),
                        a.documents)).toList());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** One document of the person, from its first row; a later row adds a role. */
    private static final class Document {
        final String id;
        final String title;
        final String publishedRaw;
        final LocalDate published;
        final long claims;
        StringBuilder roles;
        String lastRole;

        Document(String id, String title, String publishedRaw, LocalDate published, long claims) {
            this.id = id;
            this.title = title;
            this.publishedRaw = publishedRaw;
            this.published = published;
            this.claims = claims;
        }

        /** Roles come in order; a repeated one is skipped and none is null (an aggregate skips nulls). */
        void role(String role) {
            if (role == null || role.equals(lastRole)) {
                return;
            }
            roles = roles == null ? new StringBuilder(role) : roles.append(", ").append(role);
            lastRole = role;
        }
    }

    /** One affiliation: its first and last publication dates and how many documents state it. */
    private static final class Affiliation {
        final String name;
        LocalDate first;
        LocalDate last;
        long documents;
        Document lastDocument;

        Affiliation(String name) {
            this.name = name;
        }

        void seen(Document document) {
            if (document != lastDocument) { // a document's rows are consecutive: counted once
                documents++;
                lastDocument = document;
            }
            LocalDate published = document.published;
            if (published != null) {
                first = first == null || published.isBefore(first) ? published : first;
                last = last == null || published.isAfter(last) ? published : last;
            }
        }
    }
}
