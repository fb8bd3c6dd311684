package io.claimstream.query.bench;

import io.claimstream.contracts.HalfFloats;
import io.claimstream.embeddings.MiniLmEmbedder;
import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.query.store.NameKey;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads the synthetic corpus with COPY into the schema the query-service migrated (start the
 * service against the database once first). Claim indexes are dropped during the load and built
 * again after it, as a bulk load should; the data is then vacuumed and analysed.
 */
final class CorpusLoader {

    private final Connection db;
    private final SyntheticCorpus corpus;
    private final SentenceEmbedder embedder = MiniLmEmbedder.shared();

    CorpusLoader(Connection db, SyntheticCorpus corpus) {
        this.db = db;
        this.corpus = corpus;
    }

    void load(int documents, int claimsPerDocument) throws SQLException, IOException {
        long start = System.nanoTime();
        List<String> vectors = embedPool();
        System.out.printf("embedded %d distinct sentences in %d s%n", vectors.size(), seconds(start));
        List<String> indexes = dropClaimIndexes();
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder people = new StringBuilder();
        for (SyntheticCorpus.Person p : corpus.people) {
            people.append(row(p.id(), NameKey.of(p.name()), p.name(), "person", "Researcher", "{}", "{" + quoteArray(p.affiliation()) + "}"));
        }
        copy.copyIn("COPY person (id, key, name, kind, role, aliases, affiliations) FROM STDIN", new StringReader(people.toString()));
        int batch = 200;
        for (int from = 0; from < documents; from += batch) {
            StringBuilder docs = new StringBuilder();
            StringBuilder speakers = new StringBuilder();
            StringBuilder claims = new StringBuilder();
            for (int d = from; d < Math.min(documents, from + batch); d++) {
                appendDocument(d, claimsPerDocument, vectors, docs, speakers, claims);
            }
            copy.copyIn("COPY document (id, analyzer_version, title, source, published_raw, published, date_precision, "
                    + "language, text, speaker_count, claim_count) FROM STDIN", new StringReader(docs.toString()));
            copy.copyIn("COPY document_speaker (document_id, speaker_id, person_id, name, name_key, role, affiliations, kind) "
                    + "FROM STDIN", new StringReader(speakers.toString()));
            copy.copyIn("COPY claim (id, document_id, source_id, ordinal, speaker_id, person_id, text, span_start, span_end, "
                    + "type, topics, confidence, attribution, is_prediction, prediction_horizon, published, embedding, "
                    + "embedding_model) FROM STDIN", new StringReader(claims.toString()));
            if ((from / batch) % 10 == 0) {
                System.out.printf("  %d documents, %d s%n", from + batch, seconds(start));
            }
        }
        System.out.printf("copied in %d s; building %d claim indexes%n", seconds(start), indexes.size());
        try (Statement s = db.createStatement()) {
            s.execute("SET maintenance_work_mem = '512MB'");
            for (String index : indexes) {
                long t = System.nanoTime();
                s.execute(index);
                System.out.printf("  %s (%d s)%n", index.replaceAll(" ON .*USING", " USING"), seconds(t));
            }
            s.execute("VACUUM ANALYZE");
        }
        System.out.printf("loaded %d documents, %d claims, %d people in %d s%n", documents,
                (long) documents * claimsPerDocument, corpus.people.size(), seconds(start));
    }

    private void appendDocument(int d, int claimsPerDocument, List<String> vectors, StringBuilder docs,
                                StringBuilder speakers, StringBuilder claims) {
        String id = String.format("bench-%05d", d);
        List<SyntheticCorpus.Person> who = corpus.speakersOf(d);
        String published = corpus.publishedOf(d).toString();
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < claimsPerDocument; c++) {
            int sentence = corpus.sentenceOf(d, c);
            SyntheticCorpus.Sentence s = corpus.pool.get(sentence);
            SyntheticCorpus.Person speaker = who.get(c % who.size());
            int start = text.length();
            text.append(s.text()).append("\n\n");
            claims.append(row(id + "-c" + c, id, "c" + c, Integer.toString(c), speaker.id(), speaker.id(), s.text(),
                    Integer.toString(start), Integer.toString(start + s.text().length()),
                    s.prediction() ? "prediction" : c % 7 == 0 ? "fact" : "opinion",
                    "{" + String.join(",", s.topics()) + "}", "0.8", "explicit", s.prediction() ? "t" : "f",
                    s.prediction() ? "within two years" : null, published, vectors.get(sentence), embedder.modelId()));
        }
        for (SyntheticCorpus.Person p : who) {
            speakers.append(row(id, p.id(), p.id(), p.name(), NameKey.of(p.name()), "Panelist",
                    "{" + quoteArray(p.affiliation()) + "}", "person"));
        }
        docs.append(row(id, "bench-v1", "Synthetic panel " + d, "bench", published, published, "day", "en",
                text.toString(), Integer.toString(who.size()), Integer.toString(claimsPerDocument)));
    }

    /** The pool's vectors as COPY text for bytea. */
    private List<String> embedPool() {
        List<String> out = new ArrayList<>(corpus.pool.size());
        int batch = 256;
        for (int i = 0; i < corpus.pool.size(); i += batch) {
            List<String> texts = corpus.pool.subList(i, Math.min(corpus.pool.size(), i + batch)).stream()
                    .map(SyntheticCorpus.Sentence::text).toList();
            for (float[] v : embedder.embedAll(texts)) {
                out.add("\\x" + HexFormat.of().formatHex(HalfFloats.encode(v)));
            }
            if (i % (batch * 20) == 0) {
                System.out.printf("  embedded %d of %d%n", i + texts.size(), corpus.pool.size());
            }
        }
        return out;
    }

    private List<String> dropClaimIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'claim' "
                     + "AND indexname <> 'claim_pkey'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        try (Statement s = db.createStatement()) {
            for (String name : names) {
                s.execute("DROP INDEX " + name);
            }
        }
        return definitions;
    }

    /** One COPY text row: tab-separated, \N for null, backslash, tab and newlines escaped. */
    static String row(String... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            String v = values[i];
            if (v == null) {
                line.append("\\N");
            } else {
                for (int k = 0; k < v.length(); k++) {
                    char ch = v.charAt(k);
                    switch (ch) {
                        case '\\' -> line.append("\\\\");
                        case '\t' -> line.append("\\t");
                        case '\n' -> line.append("\\n");
                        case '\r' -> line.append("\\r");
                        default -> line.append(ch);
                    }
                }
            }
        }
        return line.append('\n').toString();
    }

    private static String quoteArray(String element) {
        return "\"" + element.replace("\"", "") + "\"";
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }
}
