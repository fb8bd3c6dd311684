package io.claimstream.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lexical evidence combined with meaning, on sentences written for this test. */
class SemanticTopicsTest {

    private static Nlp nlp;
    private static TopicClassifier lexical;
    private static TopicClassifier combined;

    @BeforeAll
    static void load() {
        nlp = new Nlp(NlpModels.load());
        lexical = new TopicClassifier(TopicTaxonomy.defaults());
        combined = new TopicClassifier(TopicTaxonomy.defaults(),
                new TopicPrototypes(TopicTaxonomy.defaults(), MiniLm.shared()), SemanticThresholds.DEFAULT);
    }

    private static List<Token> tokens(String text) {
        return nlp.tokens(text, new Span(0, text.length()));
    }

    private static List<String> topics(TopicClassifier classifier, String sentence) {
        return classifier.classify(tokens(sentence), List.of(), MiniLm.shared().embedAll(List.of(sentence)).get(0));
    }

    @Test
    void meaningPlacesAClaimThatNamesNoTopicTerm() {
        String chips = "Factories that etch the circuits are the real bottleneck.";
        assertThat(lexical.classify(tokens(chips), List.of())).containsExactly("other");
        assertThat(topics(combined, chips)).contains("compute-and-chips");
        String money = "Nobody will pay a monthly fee for something they can get for nothing.";
        assertThat(topics(combined, money)).containsAnyOf("pricing-and-cost", "business-models");
    }

    /**
     * A theme that pervades the document is surer than a cosine: it comes after the claim's own words and before a
     * topic meaning adds, so a claim whose meaning adds two topics does not crowd it out.
     */
    @Test
    void aPervasiveThemeComesBeforeWhatMeaningAdds() {
        String sentence = "Founders should plan their pricing around what the rules will allow.";
        float[] vector = MiniLm.shared().embedAll(List.of(sentence)).get(0);
        List<String> alone = combined.classify(tokens(sentence), List.of(), vector, List.of(), List.of(),
                DocumentTheme.NONE);
        assertThat(alone).startsWith("pricing-and-cost").doesNotContain("compute-and-chips").hasSizeGreaterThan(1);
        assertThat(combined.classify(tokens(sentence), List.of(), vector, List.of(), List.of(),
                new DocumentTheme(List.of("compute-and-chips"), true))).startsWith("pricing-and-cost", "compute-and-chips");
    }

    @Test
    void lexicalHitsStayFirstAndMeaningOnlyAdds() {
        String sentence = "Reward models made reinforcement learning practical for the agents we build.";
        List<String> both = topics(combined, sentence);
        List<String> words = lexical.classify(tokens(sentence), List.of());
        assertThat(both).startsWith(words.get(0)).containsAll(words.subList(0, Math.min(words.size(), 3)))
                .hasSizeBetween(1, 3);
    }

    @Test
    void withoutAModelOrAVectorTopicsAreLexicalOnly() {
        String sentence = "Factories that etch the silicon are the real bottleneck.";
        float[] vector = MiniLm.shared().embedAll(List.of(sentence)).get(0);
        assertThat(lexical.classify(tokens(sentence), List.of(), vector))
                .isEqualTo(lexical.classify(tokens(sentence), List.of()));
        assertThat(combined.classify(tokens(sentence), List.of(), null))
                .isEqualTo(lexical.classify(tokens(sentence), List.of()));
    }

    @Test
    void unrelatedTextStaysOther() {
        assertThat(topics(combined, "The weather was lovely and the train arrived on time.")).containsExactly("other");
        assertThat(topics(combined, "Thank you all for coming tonight.")).containsExactly("other");
    }

    @Test
    void aClaimsOwnWeakWordStandsWhereItsMeaningLeansToNoOtherTopic() {
        // "tested" is a weak evaluation word and the sentence is close to no topic: its word says more than 'other'
        assertThat(topics(combined, "Nobody had tested the new version before the weekend.")).contains("evaluation");
    }

    @Test
    void aMeaningCloseToNoTopicKeepsEveryWeakWordItDoesNotLeanAwayFrom() {
        // two weak words, a meaning close to neither: the second is not dropped for trailing the first's cosine
        assertThat(topics(combined, "Nobody had tested what it remembers about your children."))
                .contains("evaluation", "memory-and-personalization");
    }

    private static List<String> topics(String claim, String context, String lead) {
        return combined.classify(tokens(claim), tokens(context), MiniLm.shared().embedAll(List.of(claim)).get(0),
                tokens(lead));
    }

    @Test
    void meaningThatSinglesOutATopicLeadsAndTheHeadlineKeepsItsPlaces() {
        // names no topic; its meaning is China alone, the headline is about chips and their price
        String claim = "Those factories in Taiwan decide everything.";
        assertThat(lexical.classify(tokens(claim), List.of(), null, tokens("Why GPU prices keep rising")))
                .containsExactly("compute-and-chips", "pricing-and-cost");
        assertThat(topics(claim, "", "Why GPU prices keep rising"))
                .containsExactly("china-vs-us", "compute-and-chips", "pricing-and-cost");
    }

    @Test
    void meaningTornBetweenTopicsComesAfterWhatTheWordsSay() {
        // its meaning is as close to self-improvement as to talent: too little to overrule the headline
        List<String> both = topics("The juniors learn faster than we ever did.", "", "Why GPU prices keep rising");
        assertThat(both).startsWith("compute-and-chips", "pricing-and-cost").hasSize(3);
    }

    @Test
    void aClaimsOwnWeakWordFollowsTheTopicItsMeaningSinglesOut() {
        assertThat(topics("Nobody had tested the factories in Taiwan.", "", ""))
                .containsExactly("china-vs-us", "evaluation");
        // ... and comes before what the headline names, which was written for the whole document
        assertThat(topics("Nobody had tested the factories in Taiwan.", "", "Why GPU prices keep rising"))
                .startsWith("china-vs-us", "evaluation").hasSize(3);
    }

    @Test
    void aTaxonomyFileAddsATopicWithItsOwnMeaning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("topics.tsv");
        Files.writeString(file, """
                # our own topics
                biotech\tAI for biology and medicine\tprotein folding; drug discovery; genome\tModels now design molecules that could become medicines. | Predicting how proteins fold changed structural biology.
                safety\t\tred team
                """);
        TopicTaxonomy taxonomy = TopicTaxonomy.defaults().extendedBy(file);
        assertThat(taxonomy.topics()).extracting(Topic::id).startsWith(
                TopicTaxonomy.defaults().topics().stream().map(Topic::id).toArray(String[]::new)).endsWith("biotech");
        Topic biotech = taxonomy.topics().stream().filter(t -> t.id().equals("biotech")).findFirst().orElseThrow();
        assertThat(biotech.examples()).hasSize(2);
        Topic safety = taxonomy.topics().stream().filter(t -> t.id().equals("safety")).findFirst().orElseThrow();
        assertThat(safety.description()).isEqualTo("Safety, risk, alignment and control");
        assertThat(safety.examples()).isNotEmpty();

        TopicClassifier classifier = new TopicClassifier(taxonomy, new TopicPrototypes(taxonomy, MiniLm.shared()),
                SemanticThresholds.DEFAULT);
        assertThat(topics(classifier, "Clinical trials for new medicines will be planned by software within a decade."))
                .contains("biotech");
        assertThat(topics(classifier, "Every release needs a red team.")).contains("safety");
    }
}
