package io.claimstream.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.text.Token;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private final TopicClassifier classifier = new TopicClassifier(TopicTaxonomy.defaults());

    private static List<Token> tokens(String text) {
        return TopicTokens.of(text);
    }

    @Test
    void findsTopicsByStemmedTerms() {
        assertThat(classifier.classify(tokens("Reward models made reinforcement learning practical."), List.of()))
                .contains("reinforcement-learning");
        assertThat(classifier.classify(tokens("Our coding assistant writes most pull requests now."), List.of()))
                .startsWith("ai-coding");
        assertThat(classifier.classify(tokens("Export limits on GPUs hurt Chinese labs."), List.of()))
                .contains("compute-and-chips", "china-vs-us");
    }

    @Test
    void aSentenceInCapitalsIsReadForItsWordsNotAsAcronyms() {
        assertThat(classifier.classify(tokens("THE FOUNDRY WILL SHIP TWICE AS MANY CHIPS NEXT YEAR."), List.of()))
                .contains("compute-and-chips");
        assertThat(classifier.classify(tokens("OUR REWARD MODELS MADE REINFORCEMENT LEARNING PRACTICAL."), List.of()))
                .contains("reinforcement-learning");
    }

    @Test
    void weakWordsOfItsOwnStandBesideWhatTheNeighboursName() {
        // "engineers" is a weak word and the sentence before names data centres: the claim's own word counts beside
        // the neighbours' topic instead of giving way to it
        assertThat(classifier.classify(tokens("Every clinic will need engineers for it."),
                tokens("The new data center opens next spring.")))
                .contains("talent-and-education", "compute-and-chips");
    }

    @Test
    void aRegressionSuiteIsEvaluation() {
        // like a test suite: the fixed set of checks a team re-runs on every new model
        assertThat(classifier.classify(tokens("Our regression suite caught the drop before the release."), List.of()))
                .contains("evaluation");
    }

    @Test
    void onePhraseThatSeveralTermsOfATopicSpellCountsOnce() {
        // "open-weight models" is also "open-weight", "open weights" and "weights": one piece of evidence, so the
        // price the sentence names is not outweighed by it
        assertThat(classifier.classify(tokens("Open-weight models keep pushing the price down."), List.of()))
                .contains("open-source", "pricing-and-cost");
    }

    /** The words in which Chinese tech media report open releases, shakeouts, inference stacks and robot data. */
    @Test
    void weakWordsOfItsOwnComeBeforeOtherWhenNothingElseNamesATopic() {
        // "tested" alone is weak evidence, but no better subject is named: it is the claim's own
        assertThat(classifier.classify(tokens("Nobody had tested the scanner on night shifts."), List.of(), null,
                List.of())).containsExactly("evaluation");
        // a headline that names a topic still comes first, and the claim's own weak word keeps a place after it
        assertThat(classifier.classify(tokens("Nobody had tested the scanner on night shifts."), List.of(), null,
                tokens("Chip export rules tighten again"))).containsExactly("compute-and-chips", "evaluation");
    }

    @Test
    void findsTheVocabularyOfReleasesShakeoutsStacksAndRobotData() {
        assertThat(classifier.classify(tokens("An open release under a permissive license wins developers fast."), List.of()))
                .contains("open-source");
        assertThat(classifier.classify(tokens("A shakeout will leave three providers standing."), List.of()))
                .contains("business-models");
        assertThat(classifier.classify(tokens("Most idle clusters lack working drivers and schedulers."), List.of()))
                .contains("compute-and-chips");
        assertThat(classifier.classify(tokens("Teleoperation still gives the cleanest trajectories."), List.of()))
                .contains("data");
        assertThat(classifier.classify(tokens("The lab red-teamed the model and added safeguards."), List.of()))
                .contains("safety");
    }

    /** The vocabulary of money, power and regulation names its topic, as the model words do. */
    @Test
    void findsTheVocabularyOfFinanceEnergyAndRegulation() {
        assertThat(classifier.classify(tokens("Operating margin slipped two points in the spring."), List.of()))
                .contains("pricing-and-cost");
        assertThat(classifier.classify(tokens("The campus draws 300 megawatts from the grid."), List.of()))
                .startsWith("compute-and-chips");
        assertThat(classifier.classify(tokens("Lawmakers want auditors to sign off on every release."), List.of()))
                .startsWith("safety");
        assertThat(classifier.classify(tokens("A startup at the seed stage cannot pay for its own frontier model."),
                List.of())).contains("business-models", "pre-training-scaling");
        assertThat(classifier.classify(tokens("Every vendor that ignores its customers' complaints loses them."), List.of()))
                .contains("business-models");
    }

    /** Rates and independent checks are the vocabulary of evaluation; pay and engineers that of talent. */
    @Test
    void findsTheVocabularyOfRatesChecksAndPay() {
        assertThat(classifier.classify(tokens("The gripper reached a success rate of 80% on unseen shelves."), List.of()))
                .contains("evaluation");
        assertThat(classifier.classify(tokens("No tender asked for third-party testing of the triage model."), List.of()))
                .contains("evaluation");
        assertThat(classifier.classify(tokens("Salaries for people who can debug clusters keep climbing."), List.of()))
                .contains("talent-and-education");
    }

    @Test
    void acronymsKeepTheirCase() {
        assertThat(classifier.classify(tokens("Tell us what you want."), List.of())).doesNotContain("china-vs-us");
        assertThat(classifier.classify(tokens("The US still leads."), List.of())).contains("china-vs-us");
    }

    @Test
    void givesOneToThreeTopicsAndOtherWithoutEvidence() {
        assertThat(classifier.classify(tokens("The weather was lovely."), List.of())).containsExactly("other");
        assertThat(classifier.classify(tokens("Open source agents need memory, data, GPUs, evaluation and safety."),
                List.of())).hasSizeBetween(1, 3);
    }

    @Test
    void contextDecidesWhenTheClaimNamesNoTopic() {
        assertThat(classifier.classify(tokens("This path is already unfolding."),
                tokens("Which world models will reach the physical world first?"))).contains("world-models-and-multimodal");
    }

    @Test
    void onePhraseDoesNotTakeTwoOfTheThreePlaces() {
        // "training run" counts for compute and for pre-training; "cheap" alone names pricing
        assertThat(classifier.classify(tokens("Audit logs are cheap next to a training run, and nobody in Silicon Valley "
                + "builds them."), List.of())).contains("pricing-and-cost");
    }

    @Test
    void theDocumentLeadSpeaksOnlyForAClaimThatNamesNothing() {
        List<Token> lead = tokens("Lawmakers weigh mandatory audits for the largest models");
        assertThat(classifier.classify(tokens("That would be a mistake."), List.of(), null, lead)).startsWith("safety");
        assertThat(classifier.classify(tokens("Cheaper GPUs would be a relief."), List.of(), null, lead))
                .doesNotContain("safety");
        assertThat(classifier.classify(tokens("That would be a mistake."), List.of(), null, List.of()))
                .containsExactly("other");
    }

    /** The topic more of a document's sentences name than any other, named by two at least. */
    @Test
    void theThemeIsTheTopicTheSentencesComeBackTo() {
        assertThat(classifier.theme(List.of(tokens("The utility wants the data center to pay for a new substation."),
                tokens("Prices went up again this spring."), tokens("Nobody can get a grid connection before 2029."),
                tokens("The weather was kind to us."))).topics()).containsExactly("compute-and-chips");
        assertThat(classifier.theme(List.of(tokens("The utility wants the data center to pay for a new substation."),
                tokens("Prices went up again this spring."))).topics()).isEmpty();
    }

    /**
     * A theme pervades a document when most of the sentences that name a topic name it; one that names it no more
     * often than the others together is only the most frequent of several.
     */
    @Test
    void aThemeMostTopicalSentencesNamePervadesTheDocument() {
        DocumentTheme grid = classifier.theme(List.of(
                tokens("The utility wants the data center to pay for a new substation."),
                tokens("Its cooling towers draw river water all summer."),
                tokens("Prices went up again this spring."),
                tokens("Nobody can get a grid connection before 2029."),
                tokens("The weather was kind to us.")));
        assertThat(grid.topics()).containsExactly("compute-and-chips");
        assertThat(grid.pervasive()).isTrue();
        DocumentTheme mixed = classifier.theme(List.of(
                tokens("The utility wants the data center to pay for a new substation."),
                tokens("Nobody can get a grid connection before 2029."),
                tokens("Prices went up again this spring."),
                tokens("The startup hired four engineers."),
                tokens("Regulators want an audit of every model.")));
        assertThat(mixed.topics()).containsExactly("compute-and-chips");
        assertThat(mixed.pervasive()).isFalse();
    }

    /**
     * In a document a theme pervades, a claim that speaks only of a side of it (the wells a data centre drains, the
     * price of its permit) carries the theme after what it names; in a document of many topics it does not.
     */
    @Test
    void aClaimInADocumentAThemePervadesCarriesTheThemeAfterItsOwnTopics() {
        List<Token> claim = tokens("Only startups with enterprise customers can wait for the permit.");
        DocumentTheme pervasive = new DocumentTheme(List.of("compute-and-chips"), true);
        assertThat(classifier.classify(claim, List.of(), null, List.of(), List.of(), pervasive))
                .containsExactly("business-models", "compute-and-chips");
        assertThat(classifier.classify(claim, List.of(), null, List.of(), List.of(),
                new DocumentTheme(List.of("compute-and-chips"), false))).doesNotContain("compute-and-chips");
        // three topics of its own leave no place for it
        assertThat(classifier.classify(tokens("Startups pay more for GPUs than regulators allow."), List.of(), null,
                List.of(), List.of(), new DocumentTheme(List.of("talent-and-education"), true)))
                .doesNotContain("talent-and-education");
    }

    /**
     * A claim that names one topic by one word says little beyond that word: the text right around it adds a
     * second topic, and where that names nothing, what the document is about does; a claim that says more keeps to it.
     */
    @Test
    void aClaimNamingOneTopicByOneWordTakesTheDocumentsThemeBesideIt() {
        DocumentTheme grid = new DocumentTheme(List.of("compute-and-chips"), false);
        assertThat(classifier.classify(tokens("The startups we meet all ask for the same thing."), List.of(), null,
                List.of(), List.of(), grid)).containsExactly("business-models", "compute-and-chips");
        assertThat(classifier.classify(tokens("The startups we meet all ask for the same thing."),
                tokens("What do regulators make of that?"), null, List.of(), List.of(), grid))
                .contains("business-models", "safety").doesNotContain("compute-and-chips");
        assertThat(classifier.classify(tokens("Startups sell subscriptions to enterprise customers."), List.of(), null,
                List.of(), List.of(), grid)).doesNotContain("compute-and-chips");
        // a claim that names nothing, under a lead that names nothing, is about what the document is about, as far
        // as anything tells: only the document does, so it is also filed under no topic
        assertThat(classifier.classify(tokens("That took us two years."), List.of(), null,
                tokens("Episode 14"), List.of(), grid)).containsExactly("compute-and-chips", "other");
    }

    /**
     * Where only what the whole document is about speaks for a claim (nothing in it, around it or in the lead names a
     * topic), that is a guess: the claim is also filed under no topic. A claim whose neighbours or lead name a topic
     * is not.
     */
    @Test
    void aClaimOnlyTheDocumentsThemeSpeaksForIsAlsoFiledUnderOther() {
        DocumentTheme prices = new DocumentTheme(List.of("pricing-and-cost"), true);
        assertThat(classifier.classify(tokens("She gave it two chances in three."), List.of(), null,
                tokens("Notes from the week"), List.of(), prices)).containsExactly("pricing-and-cost", "other");
        assertThat(classifier.classify(tokens("She gave it two chances in three."),
                tokens("The new accelerators arrive in May."), null, tokens("Notes from the week"), List.of(), prices))
                .contains("compute-and-chips").doesNotContain("other");
        assertThat(classifier.classify(tokens("She gave it two chances in three."), List.of(), null,
                tokens("Chip export rules tighten again"), List.of(), prices)).doesNotContain("other");
    }

    /** Advice put to young people of a trade ("a young person", "young engineers") is about careers and training. */
    @Test
    void youngPeopleOfATradeAreAboutCareers() {
        assertThat(classifier.classify(tokens("Take the harder road first."),
                tokens("What would you tell a young person starting out?"))).contains("talent-and-education");
        assertThat(classifier.classify(tokens("Take the harder road first."),
                tokens("My advice to young engineers is short."))).contains("talent-and-education");
    }

    @Test
    void anArticleWhoseLeadNamesNothingIsAboutWhatItsSentencesComeBackTo() {
        Analyses a = Analyses.of("""
                A long wait in Harlan County

                It has been a slow winter for the county's planners.

                Three data center projects are still waiting for a grid connection.

                The utility says the new substation will not be ready before 2028.

                "That timeline is far too slow for us," said Mara Quist, who leads one of the projects.
                """, "2026-05-01");
        assertThat(a.claimWith("That timeline is far too slow").orElseThrow().topics()).contains("compute-and-chips");
    }

    @Test
    void aHeadlineAndItsStandfirstAreTheLeadOfAnArticle() {
        Analyses a = Analyses.of("""
                Senators split over chip export licences

                The vote on the bill is due in the spring.

                "It goes too far," said Dana Whitlock, a senator from Ohio.
                """, "2026-05-01");
        assertThat(a.claimWith("It goes too far").orElseThrow().topics()).contains("compute-and-chips");
    }

    @Test
    void theTaxonomyIsExtensibleByConfiguration() {
        TopicTaxonomy extended = TopicTaxonomy.defaults()
                .extendedBy("biotech\tAI for biology\tprotein; drug discovery\nsafety\t\tred team\n");
        TopicClassifier c = new TopicClassifier(extended);
        assertThat(extended.contains("biotech")).isTrue();
        assertThat(c.classify(tokens("Protein design is moving fast."), List.of())).contains("biotech");
        assertThat(c.classify(tokens("Every release needs a red team."), List.of())).contains("safety");
    }

    /** "Memory" in the chip sense is hardware; an assistant's or an agent's memory stays memory (and agents). */
    @Test
    void memoryTakesItsSenseFromTheWordsAroundIt() {
        assertThat(classifier.classify(tokens("Memory makers have sold their whole output for next year."), List.of()))
                .contains("compute-and-chips").doesNotContain("memory-and-personalization");
        assertThat(classifier.classify(tokens("Memory bandwidth, not arithmetic, caps how fast we decode."), List.of()))
                .contains("compute-and-chips").doesNotContain("memory-and-personalization");
        assertThat(classifier.classify(tokens("DRAM contracts doubled in price since spring."), List.of()))
                .contains("compute-and-chips");
        assertThat(classifier.classify(tokens("Memory prices will keep rising through 2027."), List.of()))
                .contains("compute-and-chips", "pricing-and-cost").doesNotContain("memory-and-personalization");
        assertThat(classifier.classify(tokens("Agent memory is the feature our customers ask for most."), List.of()))
                .contains("agents", "memory-and-personalization").doesNotContain("compute-and-chips");
        assertThat(classifier.classify(tokens("The assistant keeps a memory of every trip you booked."), List.of()))
                .contains("memory-and-personalization").doesNotContain("compute-and-chips");
    }

    /** Bare "memory" beside chip words, in the claim or the sentence before it, is hardware too; alone, memory. */
    @Test
    void bareMemoryTakesTheSenseTheWordsAroundItName() {
        assertThat(classifier.classify(tokens("Our accelerator spends most of its time waiting on memory."), List.of()))
                .contains("compute-and-chips").doesNotContain("memory-and-personalization");
        assertThat(classifier.classify(tokens("We will need twice as much memory next year."),
                tokens("Every GPU we bought this spring sits half idle.")))
                .contains("compute-and-chips").doesNotContain("memory-and-personalization");
        assertThat(classifier.classify(tokens("Nobody wants to repeat themselves, so memory matters."), List.of()))
                .contains("memory-and-personalization").doesNotContain("compute-and-chips");
        assertThat(classifier.classify(tokens("Users switch apps when memory is missing."),
                tokens("The assistant forgot every preference I had set.")))
                .contains("memory-and-personalization").doesNotContain("compute-and-chips");
    }

    /** A model's refusal is what safety testing probes. */
    @Test
    void aRefusalIsSafety() {
        assertThat(classifier.classify(tokens("After twenty turns of flattery the assistant dropped its refusal."),
                List.of())).contains("safety");
    }

    /** A taxonomy file can mark its own words of several senses with "?". */
    @Test
    void anExtendingFileMarksAmbiguousWords() {
        TopicClassifier extended = new TopicClassifier(TopicTaxonomy.defaults().extendedBy(
                "robotics\tRobots\t?arm; robot arm\nbusiness-models\t\tarms race\n"));
        assertThat(extended.classify(tokens("The robot arm folded towels all day."), List.of())).contains("robotics");
        assertThat(extended.classify(tokens("The arms race between labs burns cash."), List.of()))
                .doesNotContain("robotics");
    }

    /** "jobs" in "batch jobs" is work a cluster runs, not employment; a pull request is code under review. */
    @Test
    void theLongerTermOfAnotherTopicTakesTheWord() {
        assertThat(classifier.classify(tokens("Half the cluster idles until the batch jobs start at midnight."),
                List.of())).contains("compute-and-chips").doesNotContain("talent-and-education");
        assertThat(classifier.classify(tokens("The bot opened nine PRs and two of them were merged."), List.of()))
                .contains("ai-coding");
    }

    /** Whether training counts as fair use is a question about the data a model was trained on. */
    @Test
    void fairUseAndLicensingDealsAreAboutData() {
        assertThat(classifier.classify(tokens("The judge will decide whether that counts as fair use."), List.of()))
                .contains("data");
        assertThat(classifier.classify(tokens("The newspaper group signed two licensing deals this spring."),
                List.of())).contains("data");
    }

    /**
     * An audit is the safety audit unless the words around it are about measuring the model: then it is the test
     * of how well the model works.
     */
    @Test
    void anAuditTakesTheSenseItsNeighboursGive() {
        assertThat(classifier.classify(tokens("In the spring audit the model got 9 of 40 forms wrong."),
                tokens("Our numbers come from the benchmark we run on every release.")))
                .contains("evaluation").doesNotContain("safety");
        assertThat(classifier.classify(tokens("The regulator ordered an audit of the lending model."), List.of()))
                .contains("safety").doesNotContain("evaluation");
        assertThat(classifier.classify(tokens("Nobody reads the audit."), List.of())).containsExactly("safety");
    }

    /** A claim that names nothing, with nothing right around it, is about what the talk before it was about. */
    @Test
    void aClaimThatNamesNothingReadsTheConversationBeforeIt() {
        assertThat(classifier.classify(tokens("The board did, in October."), tokens("Who approved it?"), null,
                tokens("Quarterly sync 10:02 AM"),
                tokens("We crawled forty million forum pages for the training data. Nobody had checked the licences.")))
                .contains("data");
        // words of its own, however weak, still come before it
        assertThat(classifier.classify(tokens("The GPUs arrived late."), List.of(), null, List.of(),
                tokens("We crawled forty million forum pages for the training data.")))
                .containsExactly("compute-and-chips");
    }

    /**
     * "a license" is an open model's licence unless what was said around it is about data, a few sentences back as
     * much as in the sentence before: in testimony about a crawl it is the licence to the crawled texts.
     */
    @Test
    void aLicenseTakesTheSenseTheConversationGives() {
        List<Token> crawl = tokens("We scraped the whole archive into the training corpus. Nobody asked the publisher.");
        assertThat(classifier.classify(tokens("I said we should buy a license first."), tokens("What did you tell them?"),
                null, List.of(), crawl)).contains("data").doesNotContain("open-source");
        assertThat(classifier.classify(tokens("I said we should buy a license first."), tokens("What did you tell them?"),
                null, List.of(), List.of())).contains("open-source").doesNotContain("data");
    }

    /** Help towards a bioweapon is the misuse safety work is about; weights anyone can download are open ones. */
    @Test
    void biologicalMisuseIsSafetyAndDownloadableWeightsAreOpen() {
        assertThat(classifier.classify(tokens("No chatbot should explain how to grow a pathogen."), List.of()))
                .contains("safety");
        assertThat(classifier.classify(tokens("Once the checkpoint is downloadable, nobody can take it back."),
                List.of())).contains("open-source");
    }

    /** "licence" is how British English writes the noun: the same word as "license", with the same senses. */
    @Test
    void aLicenceIsALicense() {
        assertThat(classifier.classify(tokens("Their licence forbids use by the largest companies."), List.of()))
                .contains("open-source");
        assertThat(classifier.classify(tokens("Their licence forbids use by the largest companies."), List.of(), null,
                List.of(), tokens("We crawled every forum for the training corpus without asking."))).contains("data");
    }

    /**
     * Where the text is about shipping chips abroad, "the licence" is the export licence: the conversation before it or
     * what the whole document comes back to tells so, as a crawl tells a data licence.
     */
    @Test
    void aLicenceInATextAboutChipExportsIsAnExportLicence() {
        List<Token> claim = tokens("The new licence cuts the wait to six weeks.");
        assertThat(classifier.classify(claim, List.of(), null, List.of(),
                tokens("Shipments of accelerators to the Gulf need approval from Commerce."))).contains("compute-and-chips")
                .doesNotContain("open-source", "data");
        assertThat(classifier.classify(claim, List.of(), null, List.of(), List.of(),
                new DocumentTheme(List.of("compute-and-chips"), false))).contains("compute-and-chips")
                .doesNotContain("open-source", "data");
        assertThat(classifier.classify(claim, List.of())).contains("open-source").doesNotContain("compute-and-chips");
    }

    /**
     * Everyday words of each subject: selling is business, the grid and silicon are infrastructure ("Silicon Valley"
     * is still a place), a bill is a cost unless lawmakers are voting on it, an incident is a safety matter, footage is
     * data, work done "without a human" is an agent's, growth, clients and cash are a business's and work per watt is the hardware's.
     */
    @Test
    void everydayWordsOfASubjectNameIt() {
        assertThat(classifier.classify(tokens("We sold the consumer app to focus on hospitals."), List.of()))
                .contains("business-models");
        assertThat(classifier.classify(tokens("The grid in the valley is full until 2030."), List.of()))
                .contains("compute-and-chips");
        assertThat(classifier.classify(tokens("Custom silicon pays off only at enormous volume."), List.of()))
                .contains("compute-and-chips");
        assertThat(classifier.classify(tokens("Half of Silicon Valley moved to Austin."), List.of()))
                .doesNotContain("compute-and-chips");
        assertThat(classifier.classify(tokens("Our monthly bill doubled after the upgrade."), List.of()))
                .contains("pricing-and-cost");
        assertThat(classifier.classify(tokens("The bill passed the senate on Tuesday."), List.of(), null,
                tokens("Lawmakers want audits of the largest models."))).contains("safety")
                .doesNotContain("pricing-and-cost");
        assertThat(classifier.classify(tokens("Two incidents last year involved leaked prompts."), List.of()))
                .contains("safety");
        assertThat(classifier.classify(tokens("We licensed ten thousand hours of dashcam footage."), List.of()))
                .contains("data");
        assertThat(classifier.classify(tokens("Most refunds are now issued without a human."), List.of()))
                .contains("agents");
        assertThat(classifier.classify(tokens("Even a flat year would leave us with double-digit growth."), List.of()))
                .contains("business-models");
        assertThat(classifier.classify(tokens("The new board does twice the work per watt."), List.of()))
                .contains("compute-and-chips");
        assertThat(classifier.classify(tokens("Our clients in banking would never accept that."), List.of()))
                .contains("business-models");
        assertThat(classifier.classify(tokens("They have far more cash than we do."), List.of()))
                .contains("business-models");
    }

    /**
     * A topic the claim names by a full term keeps a place when another topic is named more often: the chips below are
     * named once against pre-training's three times, and are still what half the sentence is about.
     */
    @Test
    void aTopicNamedOnceBesideOneNamedThriceKeepsAPlace() {
        assertThat(classifier.classify(tokens("The lab will keep pre-training base models at scale, and its next base "
                + "model was trained on accelerators from home."), List.of()))
                .startsWith("pre-training-scaling").contains("compute-and-chips");
    }

    @Test
    void aGridsPartsAndTheMachinesOfAClusterAreInfrastructure() {
        assertThat(classifier.classify(tokens("Two new substations will connect the campus by spring."), List.of()))
                .contains("compute-and-chips");
        assertThat(classifier.classify(tokens("We lose a node every other night on the big runs."), List.of()))
                .contains("compute-and-chips");
    }

    @Test
    void labellersAreDataAndInjuryIsSafety() {
        assertThat(classifier.classify(tokens("The labellers disagree on one answer in five."), List.of()))
                .contains("data");
        assertThat(classifier.classify(tokens("A forklift that misjudges a turn can injure a worker."), List.of()))
                .contains("safety");
    }

    @Test
    void aModelDeveloperIsAnAiCompanyNotAProgrammer() {
        assertThat(classifier.classify(tokens("The largest model developers will run their own power plants."), List.of()))
                .contains("business-models").doesNotContain("ai-coding");
        assertThat(classifier.classify(tokens("Most developers now review what the assistant writes."), List.of()))
                .contains("ai-coding");
    }

    @Test
    void weaponsWarAndTheLawsThatBindThemAreSafety() {
        // the vocabulary of arms control: none of these sentences says "safety" or "risk", yet each is about harm
        assertThat(classifier.classify(tokens("Drones that pick their own targets must never be given lethal force."),
                List.of())).contains("safety");
        assertThat(classifier.classify(tokens("Within a year a teenager could run a cyberattack on a water utility."),
                List.of())).contains("safety");
        assertThat(classifier.classify(tokens("The delegation wants a treaty that keeps humans in charge of nuclear weapons."),
                List.of())).contains("safety");
    }

    @Test
    void aCodeOfConductIsNoSourceCode() {
        // "code" inside a longer term of another topic takes that term's sense; alone it is still software
        assertThat(classifier.classify(tokens("Ministers will sign a code of conduct for the armed forces."), List.of()))
                .contains("safety").doesNotContain("ai-coding");
        assertThat(classifier.classify(tokens("Half the code we ship was drafted by a model."), List.of()))
                .contains("ai-coding");
    }

    @Test
    void poundsAndEurosAreMoneyAsDollarsAre() {
        // no word of the sentence but the sign says it is about money
        assertThat(classifier.classify(tokens("The upgrade came to £12 million."), List.of()))
                .contains("pricing-and-cost");
        assertThat(classifier.classify(tokens("Each licence is €40."), List.of())).contains("pricing-and-cost");
    }

    @Test
    void jobsLostAndWorkersRetrainedAreTalent() {
        assertThat(classifier.classify(tokens("Reskilling clerks will matter more than any layoffs."), List.of()))
                .contains("talent-and-education");
    }

    @Test
    void whatAModelSavesAnEconomyIsItsBusinessCase() {
        assertThat(classifier.classify(tokens("The savings show up in the second year, not the first."), List.of()))
                .contains("business-models");
    }

    @Test
    void falseAlarmsAreAMeasureOfAModel() {
        assertThat(classifier.classify(tokens("The screening tool raised false alarms on one scan in twenty."),
                List.of())).contains("evaluation");
    }

    @Test
    void aClonedVoiceIsAHarmNotOnlyAVoice() {
        assertThat(classifier.classify(tokens("Scammers used a cloned voice to call her bank."), List.of()))
                .contains("safety");
    }

    @Test
    void theLargestAndSmallestModelsAreAboutScale() {
        assertThat(classifier.classify(tokens("A clinic rarely needs the largest models."), List.of()))
                .contains("pre-training-scaling");
        assertThat(classifier.classify(tokens("Our smallest model fits on a phone."), List.of()))
                .contains("pre-training-scaling");
    }

    @Test
    void aWagerIsNoResearchCulture() {
        // "I would bet on it" gives odds, the way forecasters talk, and says nothing about how labs do research
        assertThat(classifier.classify(tokens("I would bet on the second forecast, at three to one."), List.of()))
                .doesNotContain("research-culture");
    }

    @Test
    void investmentIsBusiness() {
        assertThat(classifier.classify(tokens("Most of the investment went into the sales team."), List.of()))
                .contains("business-models");
    }

    @Test
    void aFrontierModelIsAboutScaleNotResearchCulture() {
        // "frontier" inside "frontier model" is the term of scale it belongs to, and alone it is the edge of scale too:
        // over every gold set it names research culture in 2 claims of 44, scale in 17
        assertThat(classifier.classify(tokens("Every frontier model shipped this year was trained on video."), List.of()))
                .contains("pre-training-scaling").doesNotContain("research-culture");
    }

    @Test
    void theUnitedStatesAsAPlaceIsNoRivalryWithChina() {
        // a market or a workplace in the United States says where, not that two powers compete
        assertThat(classifier.classify(tokens("Most of our customers are in the United States."), List.of()))
                .contains("business-models").doesNotContain("china-vs-us");
        assertThat(classifier.classify(tokens("China and the United States are racing for the lead."), List.of()))
                .contains("china-vs-us");
    }

    @Test
    void whatAMistakeCostsIsItsRiskNotAPrice() {
        // beside an error, "cost" and "cheap" say what getting it wrong risks; money itself still names a price
        assertThat(classifier.classify(tokens("A wrong refund costs more than a slow one."), List.of()))
                .doesNotContain("pricing-and-cost");
        assertThat(classifier.classify(tokens("Those errors are cheap to spot in review."), List.of()))
                .doesNotContain("pricing-and-cost");
        assertThat(classifier.classify(tokens("The mistake cost the insurer $2 million."), List.of()))
                .contains("pricing-and-cost");
        assertThat(classifier.classify(tokens("Serving the model got cheaper this year."), List.of()))
                .contains("pricing-and-cost");
    }
}
