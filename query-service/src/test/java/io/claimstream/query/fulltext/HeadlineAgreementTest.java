package io.claimstream.query.fulltext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's highlights (Headline) against the real PostgreSQL's ts_headline with the options
 * ClaimSql names, over texts and queries: sentences written for this test that reach the parser's
 * corners (hyphenated compounds, numbers, versions, hosts, files, tags, entities, letters beyond
 * ASCII, curly quotes) and the sentences of the project's sample documents, alone and three at a
 * time (long claims, cut into fragments), each with queries drawn from its own words: one word,
 * two, three, a quoted phrase, an OR, an exclusion, a phrase and a word, a word twice, a phrase or a word.
 *
 * <p>Agreement reached when written: every highlight the service makes is ts_headline's to the
 * byte (the same words marked, the same fragments, the same " ... " joins); asserted at 100%,
 * with fewer than 1% of texts left to PostgreSQL (tokens that do not line up with the tsvector).
 */
class HeadlineAgreementTest {

    private static final String OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10";

    private static final List<String> WRITTEN = List.of(
            "The well-known co-op said its data-driven models cut costs by 3.5% in the second half.",
            "Prices rose 12-15% after the U.S. and e.g. the E.U. imposed tariffs worth $1,200 per tonne.",
            "Version 2.4.1 of the tool, at https://example.org/tools/v2?x=1, ships with a self-healing cache.",
            "Write to press@example.com or see example.com:8080/docs for the COVID-19 figures of 2021-22.",
            "The café's naïve approach isn’t “wrong”, she said — it is merely early.",
            "<b>Bold</b> claims &amp; quiet ones: the <i>model</i> scored 1e10 on a test of -5 and +7.",
            "A state-of-the-art, twenty-first-century, long-awaited plan was announced on 3-D printing.",
            "Les modèles français et les données européennes progressent; über-fast Übertragung folgt.",
            "Reinforcement learning, reinforcement learning and more reinforcement learning: that is what the lab wants, "
                    + "because reinforcement learning scales where pre-training has stalled, and the lab believes the "
                    + "next model will be trained mostly with reinforcement learning on verifiable rewards.",
            "The ministry expects growth of 2.1 per cent next year, while the central bank expects 1.8 per cent and "
                    + "private forecasters expect something between the two, though none of them expects a recession "
                    + "before the election, and all of them expect inflation to fall back to target by the end of 2027.",
            "Files such as /usr/local/bin/tool and ~/notes.txt or ./run.sh are not words, said the admin at 10.0.0.1.",
            "He said -- twice -- that the tax-and-spend plan, the pay-as-you-go plan and the x-1 plan all fail.");

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private static EmbeddedPostgres postgres;
    private static Connection db;

    @BeforeAll
    static void start() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                .setPgBinaryResolver(HeadlineAgreementTest::firstPgBinary).start();
        db = postgres.getPostgresDatabase().getConnection();
    }

    /**
     * The binaries zonky would find, taking the first copy: run after {@code @QuarkusTest} classes in one JVM, this
     * class's loader can list the same binaries jar twice, which zonky's own resolver refuses as "Duplicate embedded
     * postgres binaries".
     */
    private static InputStream firstPgBinary(String system, String machine) throws IOException {
        String name = String.format("postgres-%s-%s.txz", system.replace(' ', '_').toLowerCase(Locale.ROOT),
                machine.replace(' ', '_').toLowerCase(Locale.ROOT));
        URL binaries = HeadlineAgreementTest.class.getClassLoader().getResource(name);
        if (binaries == null) {
            throw new IOException("no embedded PostgreSQL binaries " + name + " on the test classpath");
        }
        return binaries.openStream();
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) {
            db.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void highlightsAreTsHeadlines() throws Exception {
        List<String> texts = texts();
        List<String[]> cases = new ArrayList<>();
        Random random = new Random(35);
        for (String text : texts) {
            for (String q : queries(text, random)) {
                cases.add(new String[]{text, q});
            }
        }
        int compared = 0;
        int agreed = 0;
        int left = 0;
        List<String> disagreements = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT to_tsvector('english', t)::text, websearch_to_tsquery('english', q)::text,
                       ts_headline('english', t, websearch_to_tsquery('english', q), ?)
                FROM unnest(?::text[], ?::text[]) AS c(t, q)""")) {
            Array textArray = db.createArrayOf("text", cases.stream().map(c -> c[0]).toArray());
            Array queryArray = db.createArrayOf("text", cases.stream().map(c -> c[1]).toArray());
            s.setString(1, OPTIONS);
            s.setArray(2, textArray);
            s.setArray(3, queryArray);
            try (ResultSet rs = s.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    String[] c = cases.get(i++);
                    TsQuery query = TsQuery.parse(rs.getString(2));
                    if (query == null || TsQuery.operands(query).stream().anyMatch(TsQuery.Operand::prefix)) {
                        continue; // the index answers neither: SQL does, with ts_headline
                    }
                    Lexemes lexemes = new Lexemes();
                    int[] terms = ClaimTerms.parse(rs.getString(1), lexemes);
                    TsMatch.Node node = TsMatch.compile(query, lexemes);
                    if (!TsMatch.matches(node, terms)) {
                        continue; // the index highlights only its matches
                    }
                    compared++;
                    String made = Headline.of(c[0], terms, node, TsMatch.operandsInItemOrder(node));
                    if (made == null) {
                        left++;
                    } else if (made.equals(rs.getString(3))) {
                        agreed++;
                    } else if (disagreements.size() < 20) {
                        disagreements.add("text: " + c[0] + "\nquery: " + c[1] + " = " + rs.getString(2)
                                + "\n  pg:   " + rs.getString(3) + "\n  java: " + made);
                    }
                }
            }
        }
        System.out.printf("headline agreement: %d texts, %d matching (text, query) pairs compared, %d identical, %d left to PostgreSQL%n",
                texts.size(), compared, agreed, left);
        assertThat(compared).isGreaterThan(1000);
        assertThat(disagreements).as("highlights unlike ts_headline's").isEmpty();
        assertThat(agreed + left).isEqualTo(compared);
        assertThat(left).isLessThan(compared / 100);
    }

    /** The written sentences, then the sample documents' sentences, alone and three at a time. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(WRITTEN);
        List<Path> documents = new ArrayList<>();
        for (Path dir : List.of(Path.of("../samples"), Path.of("../../shared/seeds"), Path.of("../shared/seeds"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(documents::add);
                }
            }
        }
        for (Path document : documents) {
            List<String> sentences = new ArrayList<>();
            Matcher m = SENTENCE.matcher(Files.readString(document));
            while (m.find()) {
                String sentence = m.group().strip();
                if (sentence.split("\\s+").length >= 3) {
                    sentences.add(sentence);
                }
            }
            texts.addAll(sentences);
            for (int i = 0; i + 3 <= sentences.size(); i += 3) {
                texts.add(String.join(" ", sentences.subList(i, i + 3)));
            }
        }
        return texts;
    }

    /** Queries from the text's own words, in the forms websearch_to_tsquery reads. */
    private static List<String> queries(String text, Random random) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < 2) {
            return List.of();
        }
        String a = words.get(random.nextInt(words.size()));
        String b = words.get(random.nextInt(words.size()));
        String c = words.get(random.nextInt(words.size()));
        int at = random.nextInt(words.size() - 1);
        String phrase = words.get(at) + " " + words.get(at + 1);
        return List.of(a, a + " " + b, a + " " + b + " " + c, "\"" + phrase + "\"", a + " or " + b, a + " -" + b,
                "\"" + phrase + "\" " + c, a + " or zeppelin", a + " " + a, "\"" + a + " " + b + "\" or " + c);
    }
}
