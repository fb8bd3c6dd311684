package io.claimstream.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.text.Token;
import org.junit.jupiter.api.Test;

/** Whole concepts a reader files under a topic that the taxonomy's seed terms missed, met in unseen documents. */
class TopicsAtFirstContactTest {

    private final TopicClassifier classifier = new TopicClassifier(TopicTaxonomy.defaults());

    private static List<Token> tokens(String text) {
        return TopicTokens.of(text);
    }

    private List<String> topics(String claim) {
        return classifier.classify(tokens(claim), List.of());
    }

    @Test
    void exportControlsAreAboutChipsAsMuchAsAboutTheRivalry() {
        assertThat(topics("Tighter export controls would leave the lab with the accelerators it already owns."))
                .contains("compute-and-chips");
        assertThat(topics("The startup runs everything on imported hardware it stockpiled last winter."))
                .startsWith("compute-and-chips");
    }

    @Test
    void softwareThatMachinesCallThroughInterfacesIsForAgents() {
        assertThat(topics("Most banking software still has no interface a program could call."))
                .contains("agents");
    }

    @Test
    void whereAnErrorIsLeastAcceptableIsSafety() {
        assertThat(topics("In a hospital ward an error is simply unacceptable.")).contains("safety");
    }

    @Test
    void aDistilledModelIsAboutModelSizeNotData() {
        assertThat(topics("Next year the phone will ship with a distilled version of the flagship."))
                .contains("pre-training-scaling").doesNotContain("data");
    }

    @Test
    void trainingPeopleIsTalentAndTrainingAModelIsNot() {
        assertThat(topics("The hospital trained four hundred nurses on the new triage tool."))
                .startsWith("talent-and-education").doesNotContain("pre-training-scaling");
        assertThat(topics("Every clerk will need some training, and the rollout waits until they have had it."))
                .startsWith("talent-and-education");
        assertThat(topics("Nobody budgets for the training."))
                .doesNotContain("talent-and-education");
        assertThat(topics("We will need to train on far more tokens next year."))
                .doesNotContain("talent-and-education");
        assertThat(topics("Their training run used twice the compute of ours."))
                .doesNotContain("talent-and-education");
    }

    @Test
    void wordsAClosedUpDashJoinsAreReadOneByOne() {
        // translations often close up a dash between two words ("schools—teaching"), which the tokenizer keeps as one
        assertThat(topics("What the country needs most is better schools—teaching every child to use these tools."))
                .contains("talent-and-education");
    }

    @Test
    void theFrontierIsTheEdgeOfScaleAndPublishingNoResearchCulture() {
        assertThat(topics("Only three labs can still afford to train at the frontier."))
                .contains("pre-training-scaling").doesNotContain("research-culture");
        assertThat(topics("The benchmark will be published in March with every task in it."))
                .contains("evaluation").doesNotContain("research-culture");
        assertThat(topics("Vendors love to quote their leaderboard rank."))
                .contains("evaluation").doesNotContain("research-culture");
    }
}
