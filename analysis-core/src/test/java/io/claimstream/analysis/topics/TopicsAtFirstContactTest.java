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
    void teachingAModelIsNoTalent() {
        assertThat(topics("Most of the gain came from teaching the model to check its own tool calls."))
                .doesNotContain("talent-and-education");
        assertThat(topics("Schools should teach students to check a model's answers."))
                .contains("talent-and-education");
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

    @Test
    void oneCountryNamedAsTheSettingIsNoRivalry() {
        assertThat(topics("Subscription prices in China fell by half during the summer."))
                .contains("pricing-and-cost").doesNotContain("china-vs-us");
        assertThat(topics("Chinese hospitals should clean their data before they buy any model."))
                .doesNotContain("china-vs-us");
        // the other side, or a word of the contest itself, makes it the rivalry again
        assertThat(topics("Chinese chips are still two generations behind American ones."))
                .contains("china-vs-us", "compute-and-chips");
        assertThat(topics("The gap between Chinese and other labs has closed on price."))
                .contains("china-vs-us");
        // alone, the country's name is still what the claim is about
        assertThat(topics("Everything depends on China.")).containsExactly("china-vs-us");
        assertThat(topics("Teams should ship behind a feature flag.")).doesNotContain("china-vs-us");
        assertThat(topics("On open weights the Chinese labs are ahead.")).contains("china-vs-us", "open-source");
    }

    @Test
    void peopleWhoAreHardToFindAreTalent() {
        assertThat(topics("Those people are rare and they'll stay valuable."))
                .startsWith("talent-and-education");
        assertThat(topics("The scarcest engineers this year are the ones who can keep a cluster busy."))
                .contains("talent-and-education");
        assertThat(topics("The region has enough engineers who can run a cluster.")).contains("talent-and-education");
        assertThat(topics("The shortage of specialists is what the hospital wants the model for."))
                .contains("talent-and-education");
        assertThat(topics("Scarcity of chips made us better engineers.")).doesNotContain("talent-and-education");
        assertThat(topics("There are enough chips for everyone this year.")).doesNotContain("talent-and-education");
        assertThat(topics("Fully autonomous agents will stay rare for years.")).doesNotContain("talent-and-education");
    }

    @Test
    void environmentsAModelLearnsInAreReinforcementLearning() {
        assertThat(topics("Every lab should build verifiable environments for tax law and share them."))
                .contains("reinforcement-learning");
        assertThat(topics("Environments are the bottleneck now.")).containsExactly("reinforcement-learning");
    }

    @Test
    void retrainingProgrammesAreTalentAndRetrainingAModelIsNot() {
        assertThat(topics("The city should fund retraining programmes for the clerks whose work the system takes over."))
                .contains("talent-and-education");
        assertThat(topics("We had to retrain the affected checkpoints on clean data.")).doesNotContain("talent-and-education");
    }
}
