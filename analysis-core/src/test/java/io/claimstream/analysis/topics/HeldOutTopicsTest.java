package io.claimstream.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Topics on sentences written for this test and never used to build the taxonomy (resource
 * {@code held-out.tsv}, several per topic, many without the topic's seed terms): lexical evidence
 * alone against lexical evidence plus meaning. Prints every sentence's outcome, so a change to
 * the taxonomy or the thresholds can be judged sentence by sentence.
 */
class HeldOutTopicsTest {

    record Example(String topic, String sentence) {
    }

    private static Nlp nlp;
    private static List<Example> examples;
    private static List<float[]> vectors;
    private static TopicPrototypes prototypes;

    @BeforeAll
    static void load() throws IOException {
        nlp = new Nlp(NlpModels.load());
        examples = new ArrayList<>();
        try (InputStream in = HeldOutTopicsTest.class.getResourceAsStream("held-out.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    examples.add(new Example(parts[0], parts[1]));
                }
            }
        }
        vectors = MiniLm.shared().embedAll(examples.stream().map(Example::sentence).toList());
        prototypes = new TopicPrototypes(TopicTaxonomy.defaults(), MiniLm.shared());
    }

    private static List<Token> tokens(String text) {
        return nlp.tokens(text, new Span(0, text.length()));
    }

    private static double accuracy(TopicClassifier classifier, boolean semantic, boolean print) {
        int ok = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            List<String> topics = classifier.classify(tokens(e.sentence()), List.of(), semantic ? vectors.get(i) : null);
            boolean hit = topics.contains(e.topic());
            ok += hit ? 1 : 0;
            if (print) {
                Map<String, Double> sims = prototypes.similarities(vectors.get(i));
                String top = sims.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .limit(3).map(s -> String.format("%s %.2f", s.getKey(), s.getValue())).toList().toString();
                System.out.printf("%s %-28s %.2f %s %s | %s%n", hit ? "ok  " : "MISS", e.topic(), sims.get(e.topic()),
                        topics, top, e.sentence());
            }
        }
        return (double) ok / examples.size();
    }

    @Test
    void meaningPlacesWhatTheWordsMiss() {
        TopicClassifier lexical = new TopicClassifier(TopicTaxonomy.defaults());
        TopicClassifier combined = new TopicClassifier(TopicTaxonomy.defaults(), prototypes, SemanticThresholds.DEFAULT);
        double lexicalOnly = accuracy(lexical, false, false);
        double both = accuracy(combined, true, true);
        System.out.printf("held-out topics: lexical only %.3f, lexical + semantic %.3f (%d sentences)%n",
                lexicalOnly, both, examples.size());
        assertThat(both).isGreaterThan(lexicalOnly).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void everyTopicHasHeldOutSentences() {
        for (Topic t : TopicTaxonomy.defaults().topics()) {
            if (!t.id().equals(TopicTaxonomy.OTHER)) {
                assertThat(examples).as(t.id()).anyMatch(e -> e.topic().equals(t.id()));
            }
        }
    }
}
