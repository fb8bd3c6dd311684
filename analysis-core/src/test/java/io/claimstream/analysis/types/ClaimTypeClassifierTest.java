package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;
import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimTypeClassifierTest {

    private static final Nlp NLP = new Nlp(NlpModels.load());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My honest opinion is that renting GPUs only pays off below $15k a month.|opinion",
            "My own take was that the 30% discount came too late.|opinion",
            "Startups should pick one vertical and stay there.|recommendation",
            "We need to train more people in evaluation.|recommendation",
            "Hire for curiosity rather than credentials.|recommendation",
            "I recommend that every lab publishes its safety tests.|recommendation",
            "Open models will match closed ones by 2028.|prediction",
            "There is maybe a 30% chance that this works.|prediction",
            "In the next two years robots are going to enter warehouses at scale.|prediction",
            "Inference prices are likely to fall further.|prediction",
            "Last year the company spent $2 billion on chips.|fact",
            "In the past, most training data came from the public web.|fact",
            "Our usage grew 15x over twelve months.|fact",
            "The firm launched its first model in March.|fact",
            "Benchmarks reward the wrong behaviour.|opinion",
            "I think the hype around agents is overdone.|opinion",
            "We ship a new checkpoint to customers every month.|fact",
            "We estimate that the market may triple.|opinion",
            "I would tell every student to learn statistics first.|recommendation",
            "Honestly the industry needs fewer demos and more deployments.|recommendation",
            "We are still five years away from household robots.|prediction",
            "The lab expects its smaller model to beat the old flagship.|prediction",
            "By next summer the price should drop below $500.|prediction",
            "The new cluster should be ready by March, and it should halve our training time.|prediction",
            "Labs should publish their evaluation sets.|recommendation",
            "If chip exports were banned, then prices would climb for a decade.|prediction",
            "If you want reliable agents, you should log every action.|recommendation",
            "Its cloud revenue had doubled this year.|fact",
            "Last month the bank replaced its chatbot for the second time this year.|fact",
            "We opened four offices this year, two of them in Asia.|fact",
            // a sum written out in words is a figure for the year under way, as "$40 million" would be
            "The firm says its sales passed two hundred million euros this year.|fact",
            "We expect revenue of about $40 million next quarter.|prediction",
            "Buyers were already signing three-year contracts.|fact",
            // a need described is no advice; an indirect question asks about the future, it forecasts nothing
            "Cheap clusters give startups everything they need to train a model.|opinion",
            "Leaderboards cannot tell a buyer how a model will handle their own tickets.|opinion",
            // the perfect and "since" report what happened; "within" dates what was going on
            "The institute has lost nine of its engineers since 2023.|fact",
            "Within two weeks the assistant was sending refunds to the wrong accounts.|fact",
            // "could" in what a test found is an ability shown
            "The auditors found that the agent could be talked into deleting files.|fact",
            "The auditors could find more flaws next year.|prediction",
            "Within two years most clinics will use an ambient scribe.|prediction",
            "Last spring she expected two of her rivals to merge within a year.|prediction",
            // odds in words are a probability; a rate held against what is needed is a judgement
            "Honestly I would call it 50-50 whether the merger closes.|prediction",
            "Chip supply is growing, but not nearly fast enough for the labs.|opinion"})
    void classifiesByContent(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /** Counts written in words, shares and multiples state a measured quantity, as digits do. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The pilot took eleven weeks and cost the hospital about €80,000.|fact",
            "Our reviewers flagged defects in four of them.|fact",
            "The agency now sends about half of its queries to a small model.|fact",
            "Perhaps a quarter of our staff already work on inference.|fact",
            "We audited the vendors, and most of them keep logs for a year.|fact",
            "The agency now licenses its archive to three labs.|fact",
            "Her lab now trains everything on synthetic data.|fact",
            "Labelling the images cost us roughly twice as much as training on them.|fact",
            "The tender went to two rival firms this spring.|fact",
            "A good team can ship twenty releases without a single outage.|opinion",
            "Maybe the whole field is chasing the wrong metric.|opinion"})
    void countsInWordsAreQuantities(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /**
     * Spoken transcripts state facts and advice in their own ways: a past event dated by a month, a fraction
     * of a comparison, a perfect with an irregular participle that "this year" only dates (no forecast), and advice
     * announced as "my recommendation".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Our second data centre went live in October.|fact",
            "The new tokenizer shrank our prompts by a lot when we shipped it in May.|fact",
            "The small model made half as many mistakes as the old one on our tickets.|fact",
            "Most hospitals I know have cut their pilot budgets this year.|opinion",
            "We will open the Madrid office in June.|prediction",
            "My recommendation to founders is simple: price by outcome, not by seat.|recommendation",
            "Our suggestion to regulators is to test models before deployment.|recommendation"})
    void spokenFactsAndAdvice(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /** Modal forecasts and conditions: "would" and "could" look ahead, a bare "if" states a rule. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A licence fee like that would eat most of our margin.|prediction",
            "Either approach could dominate for a decade.|prediction",
            "The minister expected the bill to clear the senate easily.|prediction",
            "Nobody in the room expected robotics revenue to be this large.|fact",
            "If your only asset is a prompt, you never had a product.|opinion",
            "If a benchmark leaks, it stops measuring anything.|opinion",
            "Over time you learn that if a test leaks, it stops measuring anything.|opinion",
            "I would say the tooling matters more than the model.|opinion",
            "That change would not help anyone.|opinion",
            "I could be wrong, but open models are winning.|opinion",
            "In 2023 the lab could afford one training run a year.|fact",
            // a condition written without its comma ends where the main clause opens with a subject and an obligation
            "If the schema changes we should bump the major version.|recommendation",
            "If you rename a column you need to migrate the old rows first.|recommendation",
            "If we need to rename a column the migration takes a day.|opinion"})
    void modalsAndConditionsDecideBetweenForecastAndView(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ivo Brandt believes that the market rewarded speed over quality.|opinion",
            "Ivo Brandt believes that in the past, most models were trained on public text.|fact"})
    void aBeliefFrameMakesAViewUnlessTheContentIsExplicitlyPast(String sentence, String type) {
        Analyses a = Analyses.of(sentence);
        assertThat(a.claimWith("Ivo Brandt").orElseThrow().type()).isEqualTo(type);
    }

    /** An event inside a relative clause describes someone; it is not what the claim reports. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Revenue shows you who launched; retention shows you who stayed.|opinion",
            "Investors back founders who shipped something, not founders with slides.|opinion"})
    void eventsInRelativeClausesDoNotMakeAFact(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Open source feedback is a lasting advantage|false",
            "Keep your models small|true", "Revenue in the cloud unit rose 12% in the quarter|false", "Actively seek out hard problems|true", "Use the free tier first|true",
            "And keep the first version small|true", "Open benchmarks reward memorisation|false",
            "Closed labs win the procurement deals|false", "Small models win developers and big models win budgets|false"})
    void recognisesImperatives(String fragment, boolean imperative) {
        List<Token> tokens = NLP.tokens(fragment, new Span(0, fragment.length()), true);
        assertThat(ClaimTypeClassifier.imperative(tokens, NLP)).isEqualTo(imperative);
    }

    /**
     * Lines of translated reports and panels: a need denied, "had better" before a noun, what the speaker would do
     * in the listener's place, advice after "What I tell … is:", evidence ("our numbers show"), a date since which
     * something has not happened, a risk label, and a name opening the content rather than a verb.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Small labs no longer need to match the giants on training runs to sell inference.|opinion",
            "The lab kept its chemistry model back until it had better filters.|fact",
            "I would spend the first grant on compilers and schedulers.|recommendation",
            "What I tell every new hire is: write the evaluation before you write the model.|recommendation",
            "Our own figures show that each card now serves twice the traffic of the last one.|fact",
            "The fund has not backed a new model company since early 2024.|fact",
            "Risk: Tighter export rules may delay the next generation of accelerators.|prediction",
            "Lanting Robotics shipped more than 3,000 arms in the second quarter.|fact",
            "Regulators ignore the startups that would gain most from clear rules.|opinion",
            "And to the students here: learn the systems before the models.|recommendation",
            "We would rather be the best at one vertical market.|opinion"})
    void readsTheLinesOfTranslatedReportsAndPanels(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Compute Budget | Severely constrained | Sharing can compensate;false",
            "Training Cost | Above 2 million yuan | Under 300,000 yuan;false",
            "Founders | Keep your burn low;true", "Hire Korean engineers early;true"})
    void aRowsFirstCellAndAnAdverbInLyAreNoImperative(String fragment, boolean imperative) {
        List<Token> tokens = NLP.tokens(fragment, new Span(0, fragment.length()), true);
        assertThat(ClaimTypeClassifier.imperative(tokens, NLP)).isEqualTo(imperative);
    }

    /**
     * Grammar that carries the type past the word lists: advice after a condition or in "shouldn't" and "wants
     * regulators to", a need or a "should" inside a clause describing a noun (no advice), past forms outside the event
     * list (after a pronoun, with a pronoun object, a perfect of change, a finding dated "this year"), a practice
     * after "which is why" or with a verb the tagger misreads, a trend in a measured quantity, a stated rhythm, a
     * hedge or wish around a figure, a generic subject, and confidence that a trend goes on.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "If a vendor cannot show its test logs, it shouldn't be allowed to sell to hospitals.|recommendation",
            "If you want to learn robotics, buy a cheap arm, break it and write down why.|recommendation",
            "The minister wants every lab to register its largest training runs.|recommendation",
            "Most hospitals lack the records a model needs to learn from, and cleaning them is slow.|opinion",
            "My fear is a model doing things it shouldn't do when nobody watches.|opinion",
            "Every buyer wants more chips to serve more users.|opinion",
            "They found that most of the prompts in the test set appear in crawls from this year.|fact",
            "We quietly switched the default model for all free users.|fact",
            "The regulator asked us for our incident reports last summer.|fact",
            "Most of the recent gains have come from better data rather than bigger models.|fact",
            "We fine-tune small open models for each customer.|fact",
            "We distill every release from a larger teacher.|fact",
            "Which is why we publish the failure cases too.|fact",
            "Prices for inference are still falling.|fact",
            "Several labs publish new checkpoints every few weeks.|fact",
            "We probably waste a third of our compute on failed runs.|opinion",
            "I would want to see two years of retention data before I invest.|opinion",
            "A model that scores 90 percent on a benchmark and fails in production is worth very little.|opinion",
            "I'm quite confident that chip prices keep falling for another two years.|prediction",
            // frames, judged causes, described rhythms and clauses stay as they were
            "This market, she added, is already moving to smaller models.|opinion",
            "Hype made us lazy about evaluation.|opinion",
            "Parameter count is a measure that gets less useful every year.|opinion",
            "Self-reporting is how we ended up with inflated benchmark tables.|opinion",
            "The junior role is shrinking, whatever the recruiters say.|opinion",
            // a modal in a relative clause with its own subject; a practice opening a later clause; stance adverbs
            "I think most leaderboards are useless for buyers, because they reward answers that nobody would accept.|opinion",
            "No. We run every model through a red team before release.|fact",
            "Serving is harder, and for serving we still rent capacity from two clouds.|fact",
            "We license from open-weight teachers only.|fact",
            "Honestly, small models are now good enough for most of our traffic, and they are much cheaper.|opinion",
            "Data pipelines checkpoint every few minutes, so a crash costs little.|fact",
            "A large training campus now draws about a gigawatt of power.|fact",
            "If we publish the data, we lose our edge.|opinion",
            // what is going on now, and a count per period
            "Two of the big clouds are now renting GPUs below cost.|fact",
            "Our engineers give two talks a month at local universities.|fact",
            "We are now convinced that small models win.|opinion",
            // a judging predicate is a view even of a dated or counted matter; a state pinned down by a count in
            // words, a stated month or a setting is reported
            "The launch in 2024 was good enough for a first product.|opinion",
            "The hard part was the boring glue: retries, logs and permissions.|opinion",
            "Charging per seat makes no sense when one agent replaces three analysts.|opinion",
            "Ten days is not enough time to audit a model of that size.|opinion",
            "A few thousand labelled calls cover most of what our support agents see.|fact",
            "The memory feature is switched off by default for business accounts.|fact",
            "Our hospital clients cannot move patient records abroad.|fact",
            "The startup turned a profit for the first time in September.|fact",
            "A card built only for decoding can serve a 30-billion-parameter model on one board.|fact",
            // "I'd" advises as "I would" does, bar odds; advice goes on past "what it closes"; "as if" supposes;
            // habits and a practice set off by an event are reported; a name before a past form is no imperative
            "I'd sign the two-year deal but ask for a step-down clause.|recommendation",
            "I'd give it one in four that memory prices rise again in 2027.|prediction",
            "Put the agent on your slowest queue for a week and count what it closes.|recommendation",
            "We price every contract as if the subsidy will end next spring.|fact",
            "A lab arm produces maybe a few hundred hours of useful footage a year.|fact",
            "Every time a rival cuts prices, our sales team calls the top accounts.|fact",
            "They keep the data and we never copy it off their servers.|fact",
            "Tallis lost $8 million on the hardware line.|fact",
            "Corvane fixed the leak within a day of the report.|fact",
            // a figure for the year under way is reported; with a plan or a modal "this year" is still ahead
            "About 45% of our boards go to banks this year.|fact",
            "We plan to hire 30 engineers this year.|prediction"})
    void grammarBeyondTheWordLists(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /**
     * "This year" is the year under way: with no word that looks ahead it is the time a view or a report is about
     * (the seeds' forecasts "this year" carry an outlook: "quite positive about … this year"); and a modal in the
     * clause of a superlative picks the thing out ("the cheapest channel we could find") as "will" there does.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The bigger story this year is memory.|opinion",
            "It is the most useful thing a chip person has said in public this year.|opinion",
            "The gap is about six months, and it did not shrink this year.|fact",
            "We are not chasing growth this year.|opinion",
            "Open weights are the cheapest distribution channel we could find.|opinion",
            // near misses: an outlook, a plan, "will", a modal outside a superlative's clause
            "I'm quite hopeful about a new training recipe this year.|prediction",
            "We plan to hire 30 engineers this year.|prediction",
            "Prices will fall this year.|prediction",
            "Not this year, and maybe never for the big banks.|prediction",
            "Cheaper chips could arrive next spring.|prediction",
            "The best lawyer you could hire would still lose this case.|prediction"})
    void theYearUnderWayAndASuperlativesModal(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /**
     * A "will" in a relative clause that has a subject of its own ("a model that a bank will trust") describes the noun
     * after the main verb, as "customers who will never buy" does; after a noun of fearing, expecting or signalling,
     * "that" opens the content of the noun, which forecasts.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Every open model is a model that someone will want to run on a laptop.|opinion",
            "A model that tops a leaderboard and a model that a bank will trust are different things.|opinion",
            // near misses: the noun's content, a plain forecast, a relative clause on the subject
            "There is a real risk that prices will rise again.|prediction",
            "It is a sign that buyers will wait for the next chip.|prediction",
            "Buyers will switch to whoever is cheapest.|prediction",
            "The chips that we will ship in March are faster.|prediction"})
    void aWillThatDescribesANoun(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }
    /**
     * How talk in threads, calls and captions reports what was measured or done: a lead-in before a colon, a
     * passive past, a perfect of a change, a price in cents, a count the speaker made; and where it advises or
     * only holds a view: wanting to see someone act, a threshold one needs to clear, a conceded "will".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "For our small model, all told, we are at about 40 cents per thousand calls.|fact",
            "Most of that saving came from caching, not from cheaper chips.|fact",
            "Most of the tests the labs publish were built for short prompts.|fact",
            "For a small pilot, I think an audit is too much and teams should ship behind a toggle instead.|recommendation",
            "Regulators in Kansas yesterday approved a new tariff for server farms.|fact",
            "REGULATORS IN KANSAS TODAY APPROVED A NEW TARIFF FOR SERVER FARMS.|fact",
            "I count nine states with similar rules under review.|fact",
            "Some of it will, but I think the danger is exaggerated.|opinion",
            "I would like to see every city require server farms to report their water use.|recommendation",
            "Analysts note that the startup still relies on one supplier in Korea.|fact",
            "You need to be above roughly 40% usage before owning the servers pays off.|opinion",
            "About 300 documents, checked by three of us over a month.|fact",
            "The cheapest plan has barely moved in a year.|fact",
            "The hard part has moved from training to serving.|opinion",
            "For the record, our own figures: the harness now covers 900 tasks, and only 80 of them need a browser.|fact",
            "On privacy: every record in our archive is checked by two reviewers and has never been shared.|fact",
            "Our largest clients pick the hosted plan because the vendor carries the liability, not because it is better.|fact",
            "Most of our users go past that limit, for what it's worth.|fact",
            "I'd also gently push back on trusting vendor dashboards.|opinion",
            "I'll be frank about my starting point: I doubt our bots are ready for hospitals.|opinion",
            "I'll admit it: we lost two clients over the outage in May.|fact",
            "Any tool we license has to cover old contracts or it's not worth it.|recommendation"})
    void threadsCallsAndCaptions(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /**
     * Grammar across the sets (issue 4): advice after a lead-in and its colon, a name before a verb in -s, a practice
     * with "have it done", a perfect with an object (not one of effect or of a clause), a generic "will", a change
     * after a condition, an excess, wanting a thing set to a measure, a rhythm quoted, weeks counted in digits.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I would add one point: learn to write test suites yourself, because vendor scores are inflated.|recommendation",
            "If I could give founders one piece of advice, it would be this: pick one customer and learn their work.|recommendation",
            "Brightwave routes about 3 million calls a week through its own cluster.|fact",
            "When a vendor releases a new model we usually have it tested within two days.|fact",
            "The two largest provinces have stopped new permits for server farms.|fact",
            "The agency has approved the vendor's safety filing.|fact",
            "The subsidies have helped small labs more than the big ones.|opinion",
            "My view is that the chip ban has mostly helped domestic vendors.|opinion",
            "She argued that labs spend too much on demos and too little on evaluation.|opinion",
            "Any startup that ignores its unit costs will run out of money before it finds customers.|opinion",
            "Two teams that share one benchmark will fool each other.|opinion",
            "Any lab that trains a frontier model will need a licence by 2028.|prediction",
            "If agents learn to check their own work, most of our review process becomes redundant.|prediction",
            "When compute stops being scarce, the competition shifts to data.|prediction",
            "The senator wants the threshold set at a billion users.|recommendation",
            "\"Whenever a new chip ships, our lab benchmarks it the same night,\" she said.|fact",
            "14 weeks is the median wait for a GPU allocation this year.|fact",
            // an unreal condition imagines, it forecasts nothing; a comparison in the past reports an outcome
            "If we had signed the bigger lease, we would still be paying for empty racks.|opinion",
            "If every vendor were honest about latency, buyers would need no benchmarks.|opinion",
            "If chip exports were banned, then prices would climb for a decade.|prediction",
            "The labelling bill was the larger part of the project.|fact",
            "Storage got much cheaper over the summer while bandwidth did not.|fact",
            "Their second model was never released to the public.|fact",
            // a past form after a noun subject; advice to push for a thing, a job of advising; a finding without
            // "that"; the generic "you"
            "The interns labelled 9,000 support tickets.|fact",
            "The procurement office approved it.|fact",
            "A small model tuned on our tickets beats the general one.|opinion",
            "I'd also push for a second reviewer on every large refund.|recommendation",
            "I advise four companies on their data contracts.|fact",
            "I advise founders to keep a year of runway.|recommendation",
            "Our auditors showed it could leak patient names.|fact",
            "If your data is messy, the model will learn the mess.|opinion",
            "You will learn more from one outage than from ten demos.|opinion",
            // a preference is no advice; "if we had" is unreal too; a fronted "now" and a perfect of delay report
            "I would rather fund one careful team than five fast ones.|opinion",
            "If we had their data, we would build the same product.|opinion",
            "Now we rent our GPUs by the hour, which costs us about a fifth as much.|fact",
            "Flooding in the valley has already delayed two large data centres.|fact"})
    void grammarAcrossTheSets(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /**
     * Claims issue 4's recall work brought in: a research note's call on its estimates is a fact of the note, whatever
     * year the estimates are for; what nobody of a kind will do under a condition is a view, unless a time ahead says when.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We lower our 2027 sales estimates for licence-only vendors by 10% and keep our Buy on the service-led names.|fact",
            "We raise our price target for Tallow Labs to 40 dollars.|fact",
            "But if a robot cannot explain a refusal, no plant manager will let it run the night shift, however cheap it is.|opinion",
            "If the rules pass, no lab will train in Europe after 2028.|prediction"})
    void callsOfANoteAndDispositionsUnderACondition(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /** A claim cut from after a lead-in opens in lower case, its verb sometimes tagged as a noun. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "price the service by outcome, not by seat;true", "yesterday the board approved the plan;false",
            "Brightwave routes about 3 million calls a week;false", "Proposal: tie the fee to the contract size;true"})
    void aLeadInsAdviceOpensInLowerCase(String fragment, boolean imperative) {
        List<Token> tokens = NLP.tokens(fragment, new Span(0, fragment.length()), true);
        assertThat(ClaimTypeClassifier.imperative(tokens, NLP)).isEqualTo(imperative);
    }

    /**
     * A chat's "imo" and a speaker's "I would argue" offer what follows as a view, figures and past tense
     * notwithstanding; a career's span up to a month already past is a fact.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "imo the 12 points are worth the slower responses.|opinion",
            "IMHO the new index is worth the extra 40 ms per query.|opinion",
            "I would argue the migration was the best thing we did all year.|opinion",
            "I'd argue the rewrite paid for itself in two months.|opinion",
            "I ran the platform team from May 2022 until I left in January of this year.|fact",
            "I was chief of staff there from May 2021 until I left in January of this year.|fact",
            // how a figure strikes the speaker, and a measure past what is bearable, are views
            "A 92% pass rate on that suite sounds too high.|opinion",
            "The fine is simply too small to change how the labs behave.|opinion",
            "The fine was 40 million euros, the largest so far.|fact",
            "In 2023 we were too small to bid for the contract, so we partnered with a bank.|fact"})
    void chatAbbreviationsAndArguedViews(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }
    /**
     * Grammar that the future and past words misread: a forecast inside a relative clause of saying is somebody
     * else's, a pseudo-cleft's "will" picks a thing out, an unreal condition may only judge how different things
     * would be; a lesson learned is a view, and a statement's truth weighed is a judgement; a lead time, a shortage,
     * a count of places, an irregular past with "this year" and a perfect done to a person are reported.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anyone who says batteries will solve it has never priced a battery farm.|opinion",
            "I am sure that trust, not speed, is what will decide the contract.|opinion",
            "If the regulator moved first, the market would look completely different.|opinion",
            "If regulators required audits for every release, then most labs would ship less often.|prediction",
            "We quickly learned that hospitals do not want to host the servers themselves.|opinion",
            "That was the case in 2022, and it is less true every quarter.|opinion",
            "Replacement boards arrive in a few weeks.|fact",
            "We are still short of cooling units and trained electricians.|fact",
            "Buyers compare in six places and order in two.|fact",
            "This year they kept every deadline.|fact",
            "The tenants have asked us to move the servers out of the basement.|fact",
            "The new scheduler has surprised me with how little it needs.|opinion"})
    void reportedForecastsLessonsAndLeadTimes(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }
    /**
     * A pseudo-cleft and an argued case are views; a state said to be permanent, a generic subject narrowed by a
     * participle and a belief reported in the past forecast nothing; a sourced figure, a span closed by a year and a
     * short stretch of time are reported.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The packaging is what sinks most of these startups.|opinion",
            "Orla Quinn argues that the subsidy went to the wrong utilities.|opinion",
            "Shared grid data is not a product, and it never will be.|opinion",
            "A robot taught only on folding shirts will not cook dinner.|opinion",
            "A robot taught on a tenth of the data will match it within two years.|prediction",
            "I suspect the board thought the auditors would approve it.|opinion",
            "The firm said it had booked enough capacity for its launches through 2027.|fact",
            "Its licensing income doubled last quarter, according to the company.|fact",
            "One busy kitchen with twelve sensors logs that in a week.|fact",
            // what is held or asked for now, for a year ahead, is reported; a forecast for that year is not
            "We have 300 megawatts booked for 2028, against about 120 megawatts this year.|fact",
            "The school is requesting 2.5 million euros for next year, the same as this year.|fact",
            "We expect 300 megawatts of demand for 2028.|prediction",
            // a verdict on a debate is a view; a figure for a course not yet decided is an estimate
            "Small models lost the argument about cost years ago.|opinion",
            "If the second plant goes ahead it's more like 3x the budget.|prediction",
            // what an actor will not manage unaided weighs its powers; how widely a thing is taken up is observed
            "Honestly, the utilities will not solve the queue by themselves.|opinion",
            "The utilities will not solve the queue by themselves before 2030.|prediction",
            "Refurbished servers are hugely popular with small clinics now.|fact",
            // a measure in feet, acres or gallons, in figures or in words, is a figure as megawatts are
            "The reservoir dropped nine feet over the summer.|fact",
            "The new hall sits on forty-two acres of former farmland.|fact",
            "The plant draws 300,000 gallons a day from the river.|fact"})
    void cleftsArguedCasesAndClosedSpans(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a proposal is advice to the group; a fact-checker's rating is its verdict
            "I propose that the library drops Python 3.8 support in the next release.|recommendation",
            "We propose that every lab reports its training compute.|recommendation",
            "We rate this claim Half true.|opinion",
            "I judge the statement misleading, because the chart starts at 40.|opinion",
            // a figure weighed against what is likely or claimed is a judgement of it, no measurement
            "On that reading, a 20% cut is conservative.|opinion",
            "A tenfold saving in two years is plausible for small models.|opinion",
            "It is a big saving, but it is nowhere near half.|opinion",
            "The saving was 20% in the first quarter.|fact",
            // how a thing would strike whoever fits a description is a judgement of it, unless a time ahead is named
            "A reader who saw only the chart would think the costs had halved.|opinion",
            "Anyone who ran the numbers would reach the same answer.|opinion",
            "A buyer who signs this month would get the chips by 2028.|prediction"})
    void proposalsAndRatings(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a stated worry is a view of where things tend, unless a time ahead makes it a forecast
            "My worry is that the audit rules will be written by the largest vendors.|opinion",
            "I fear that smaller clinics will be priced out of the scheme.|opinion",
            "My worry is that the grid will run short by 2029.|prediction",
            // a "will" in a relative clause after the main verb describes people; a forecast of the subject stays one
            "Frankly the rental market lets us reach buyers who will never own a cluster.|opinion",
            "The cluster that will open in Leeds next spring doubles our capacity.|prediction",
            // "this year" beside a past form dates what happened
            "This year the buyers returned and the discounts stopped.|fact",
            "This year the buyers will return.|prediction",
            // a year that names a forecast makes none of its own
            "Respectfully, we disagree with the 2029 forecast.|opinion",
            // an adverb between a noun and its past verb; what the speaker's own sites do is their practice
            "Every rejected batch still wasted a full shift.|fact",
            "Our older plants use river water for cooling.|fact",
            // "now" marks a change in a person's habit, unless the verb is one of thinking
            "Since the outage she now checks every vendor's uptime log before signing.|fact",
            "Since the outage she now thinks every vendor hides its uptime log.|opinion"})
    void worriesRelativeFuturesAndDatedPasts(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a share in words is a figure as "70%" is; "a share of the way" weighs how far a thing goes
            "Seventy percent of our support tickets come from three large accounts.|fact",
            "The harbour handles a small share of the region's grain today.|fact",
            "A good simulator gets you ninety per cent of the way; the rest is field work.|opinion",
            "Synthetic data gets you 80% of the way there.|opinion",
            // what a law requires is how the rules stand
            "In this province every refund above a set sum still needs a manager's approval by law.|fact",
            // a release named for a change told in the present is a time ahead; a past form dates it
            "The streaming parser becomes the default in 3.2, and the old one stays behind a flag.|prediction",
            "The legacy exporter is removed in the next release.|prediction",
            "The legacy exporter was removed in 3.1 last year.|fact",
            // a verdict on somebody's claim is a view, whatever the claim forecasts
            "Tomas is wrong that a bigger cache would fix the latency.|opinion",
            "Priya is right that the backlog will shrink once the new hires start.|opinion",
            // a perfect of paying or spending reaches its object through a preposition
            "The council has paid for a new flood barrier along the river.|fact",
            // a passive in a relative clause describes its noun and tells no event of the claim's own
            "That plan assumes we keep serving models on boards that were designed for gaming.|opinion"})
    void sharesLawsReleasesAndVerdicts(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // what a machine needs to do is a requirement of its design; people who need to act are advised
            "Our drones need to know where the wind is coming from, not just where the target is.|opinion",
            "Founders need to watch their burn in the first year.|recommendation",
            // a thing named as the place or the means of something is weighed so; "that is where" points back
            "The rental market is not where you find 400 GPUs on one fabric.|opinion",
            "That is where the 40% margin comes from.|fact",
            // a change of degree at a rhythm is a trend weighed; a thing done at a rhythm is a practice
            "Honestly the invoices don't get longer every quarter.|opinion",
            "We publish a new checkpoint every month.|fact"})
    void machineNeedsPlacesAndTrends(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @org.junit.jupiter.api.Test
    void whatIsArguedIsAView() {
        Analyses a = Analyses.of("Dana Reyes argues that the sector spent five years polishing demos while its power bills grew.",
                "2026-03-01");
        assertThat(a.claimWith("the sector spent").orElseThrow().type()).isEqualTo("opinion");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // what the speaker's side is doing, with the time said, is observed; with no time it weighs the matter
            "That is why we're selling to hospitals and insurers now, not just to labs.|fact",
            "We're still paying for a serving stack we outgrew.|opinion",
            // a measure that holds still or keeps moving is a trend reported
            "Wages for junior data engineers are flat.|fact",
            "The bill for the largest clusters keeps going up because everyone keeps adding racks.|fact",
            "Prices keep falling, and they will keep falling.|prediction",
            // a lag after an event, and a rate over a stated span, are how things stand
            "Open test sets leak into pretraining corpora within weeks of publication.|fact",
            "A single robot shift can log more video in an afternoon than a lab records in a month.|fact",
            // a fronted "now" or "today" sets the present against what was before, unless a view is said
            "Today the archive sits on servers in Dublin and Oslo.|fact",
            "Now the first thing buyers ask about is the energy contract.|fact",
            "Now I think the old pricing was a mistake.|opinion"})
    void presentStatesTrendsAndLags(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // held against everything of its kind, a comparison is the speaker's weighing
            "A network of hobbyists finds bugs faster than any single vendor.|opinion",
            "Cheap storage compounds faster than anybody plans for.|opinion"})
    void comparedWithEverything(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @org.junit.jupiter.api.Test
    void whatIsSourcedToTheCompanyIsReported() {
        Analyses a = Analyses.of("Corvane Robotics now employs more field technicians than software engineers, according to "
                + "the company.", "2026-03-01");
        assertThat(a.claimWith("Corvane Robotics now").orElseThrow().type()).isEqualTo("fact");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a request put to the speaker's side is reported, whoever puts it
            "Our tenants do not ask us for faster lifts anymore.|fact",
            "Buyers are not asking us to cut the warranty.|fact",
            // whether a thing makes sense is a judgement, with or without a word of degree
            "Running a private cluster no longer makes sense for a firm our size.|opinion",
            // a course of action named by its gerund, and what it would do, weighs that course
            "Closing the Lyon office would make the budget easier to defend.|opinion",
            "Closing the Lyon office would save us $4 million next year.|prediction",
            // what people or institutions must do is asked of them
            "Nursing schools must teach data handling in the first year, not leave it to the wards.|recommendation",
            // a need that describes a noun advises nobody
            "The permits we need for the new site are mostly permits the county was already issuing.|fact",
            // a hedged count is still a count
            "We lose perhaps one engineer a year to the big labs.|fact"})
    void requestsCoursesAndDuties(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a count opens the subject, it is no imperative
            "Twelve million people speak Basque or Catalan at home.|fact",
            // a fronted place names where the speaker's people do what they do; an inability is no practice
            "At Brightfold, our junior analysts spend maybe half their week checking what agents draft.|fact",
            "Our patients in rural clinics cannot travel that far.|opinion",
            // an ability newly reached, and what the speaker's organisation is doing, are how things stand
            "Voice models can now clone a speaker from a short clip.|fact",
            "My company is testing delivery drones in two suburbs.|fact",
            // "please" asks the listener to act
            "Tomas, please don't cancel the pilot.|recommendation"})
    void countsPlacesAbilitiesAndRequests(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a fiscal year is a year: what is said for a coming one is a forecast, even beside last year's figure
            "Mr. Mehta said Korla would hire around 9,000 graduates in FY27, roughly the same number as last year.|prediction",
            // whoever is expected to act may take a long noun phrase
            "Halden Capital said it expected the three largest chip makers to report thinner margins.|prediction",
            // a verdict linked by "become" or "remain", and a past offered with "opined", are the holder's views
            "Ms. Rao said open models had become good enough for most bank work.|opinion",
            "Mr. Mehta said the overall effect on wages remained unclear.|opinion",
            "Mr. Mehta opined that Indian banks had been slow to adopt cloud tools.|opinion",
            // an undertaking in progress is what the firm is doing, reported
            "Kestrel Labs is exploring a sale of its robotics unit, according to people familiar with the matter.|fact",
            // a course named by its gerund is weighed, reported or not; what the firm would do is a reported forecast
            "Ms. Okafor said that closing the Lyon office would leave the firm without European support.|opinion",
            "Ms. Okafor said the firm would close the Lyon office.|prediction"})
    void reportedForecastsUndertakingsAndVerdicts(String sentence, String type) {
        Analyses a = Analyses.of(sentence, "2026-11-28");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a rule the speaker's side keeps by not doing something is its practice; not believing or needing is a view
            "We don't let the interns touch the billing database at all.|fact",
            "We do not keep the prompts of our customers.|fact",
            "We don't believe the vendor benchmarks.|opinion",
            // what the side is kept from buying or checking is a constraint; what it cannot outspend weighs itself
            "We just can't buy from them directly.|fact",
            "We cannot outspend the big labs.|opinion",
            // the measure a figure is held against forecasts nothing; "could" before now is the past of "can"
            "The electricity there costs us about a third of what it would cost in Texas.|fact",
            "They are asking us for work they could never afford to do before.|fact",
            // what something helps toward is no verdict of the speaker's
            "Today the compiler has already written 90% of its own test suite, helping itself become better.|fact",
            // what a building is made to hold once it runs is a fact of its design; a date alone makes a forecast
            "When it opens in 2028 the new hall will house about forty thousand servers.|fact",
            "The new hall will house about forty thousand servers by 2028.|prediction"})
    void ownRulesConstraintsAndMeasures(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a figure the speaker puts on how likely or how far off something is, is their forecast
            "I'd say four years, maybe five.|prediction",
            "Paulsen's guess depends on the chip supply; I'd say 40%.|prediction",
            "I would put the real gain at a third of that over the next budget.|prediction",
            "Her own forecast may already be right, and I would put it at 75%.|prediction",
            "Okafor's is the forecast I would bet on, at three to one.|prediction",
            // no figure, a figure before "I would say", or a figure of what was spent: a view, advice, a fact
            "We are still about two generations behind, I would say.|opinion",
            "I'd say the field needs fewer demos.|recommendation",
            "I'd say we spent about 20% of the budget on data last year.|fact",
            // a time ahead that the word lists missed
            "We estimate a gap of roughly 2 gigawatts by the end of the decade.|prediction",
            // a request the speaker makes of the listener, and advice whose object has a clause of its own
            "We are asking you to publish the test results.|recommendation",
            "Give each robot the narrowest set of rights it needs and record what it does.|recommendation"})
    void estimatesTimesAheadAndRequests(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // what is recommended in a that-clause is advice; a passive plan dated ahead and an era ending are forecasts
            "Mira Holt, a nurse, spoke on Monday. He recommended that clinics keep a nurse on every shift.|clinics keep a nurse|recommendation",
            "Mira Holt, a nurse, spoke on Monday. The bank said its new app would be launched in the second quarter.|its new app would|prediction",
            "Mira Holt, a nurse, spoke on Monday. Ms. Kaur said the era of flat pricing was coming to an end.|era of flat pricing|prediction",
            // a confidence the narration says someone put on a figure is their forecast
            "Lena Brandt expects the audit rules to pass by 2028. She put her own confidence at about 55%.|confidence at about 55%|prediction"})
    void reportedAdviceAndPlans(String text, String start, String type) {
        Analyses a = Analyses.of(text, "2026-03-01");
        assertThat(a.claimWith(start).orElseThrow().type()).isEqualTo(type);
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // whose reading it is, said outright, makes a view whatever figure it holds; what was seen is reported
            "In our experience, vendor demos are forgotten within about two weeks of the trade fair.|fact",
            "Analysts say that in her judgment most of the pilots would not last a month.|opinion",
            "In their estimation the rival chip is two generations behind.|opinion",
            // a rate counted out of a whole is a share, as a percentage is; a span of time after "in" is no share
            "Our support bots still misroute about one ticket in six.|fact",
            "Roughly one in four trial users later buy the paid plan.|fact",
            "Two in ten of the audited models leaked test data.|fact",
            // which part is hard, or what a thing is against what it is not, is a weighing
            "The hard part is the last metre of cable, where the rack meets the wall.|opinion",
            "The scheduler is the hard part, not the kernels, and it changes every quarter.|opinion",
            "A 12 percent saving on two lines is a trial, not a turnaround.|opinion",
            "The labelling was the larger part of the budget.|fact",
            // what was going on, told with nothing of the speaker's side, a time or a figure in it, is a reading of a
            // process; on the speaker's own side, or with a time, it is reported
            "Analysts said the retailers were already retreating from the scheme.|opinion",
            "Our own buyers were already asking for signed model cards.|fact",
            "Last spring every cloud was cutting its storage prices.|fact",
            // a forecast the speaker rejects is somebody else's, unless the speaker names a time of their own
            "I agree on the price, but I disagree that small depots will close.|opinion",
            "Every big migration here has run late, and I see no reason this one will be different.|opinion",
            "I disagree that the depots will close before 2030.|prediction",
            "Honestly, I doubt the new depots will pay off.|prediction",
            // an intention declared is a plan told, a forecast as "will" is
            "The bakery chain has no plans to raise its bread prices.|prediction",
            "We intend to list the robotics unit separately.|prediction"})
    void holdersSharesPartsAndProcessesUnderWay(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }
    @Test
    void whatWouldNotBeEnoughIsAVerdictNotAForecast() {
        Analyses a = Analyses.of("Kasia Nowak, an analyst at Fenwick Partners in Leeds, said cheaper memory alone would not be "
                + "enough to halve the bill. She said the depot would close in June.", "2026-03-01");
        assertThat(a.claimWith("cheaper memory alone").orElseThrow().type()).isEqualTo("opinion");
        assertThat(a.claimWith("the depot would close").orElseThrow().type()).isEqualTo("prediction");
        Analyses judged = Analyses.of("Kasia Nowak told the forum that in her judgment most of the kiosks would not last a "
                + "month in a busy station.", "2026-03-01");
        assertThat(judged.claimWith("most of the kiosks").orElseThrow().type()).isEqualTo("opinion");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // what a named actor, or the one a pronoun stands for, still or already or now does is reported
            "Pellmore still builds its servers in Ohio with parts bought before the tariffs.|fact",
            "Peru already mines most of the world's copper and much of its silver.|fact",
            "We already see invoices filed end to end by agents, with nobody checking a single line.|fact",
            "Dunmore now employs more electricians than software engineers.|fact",
            // anyone at all, a verb of wanting or needing, an obligation, or a state told after the reading keeps a view
            "People still prefer to buy from a person they know.|opinion",
            "Somebody still has to pay for the training runs.|opinion",
            "Pellmore still needs a second supplier for its boards.|opinion",
            // one of the speaker's own things, what the speaker's people do not do, how the side's things are made
            "Our smallest model runs on a single laptop in the lab's kitchen.|fact",
            "Our customers don't ask which vendor tops the leaderboard.|fact",
            "Our customers don't care which vendor tops the leaderboard.|opinion",
            "Our models are trained for one task each: sorting parcels, reading labels, answering drivers.|fact",
            "Our model matters less than our data.|opinion",
            // a cleft that names what the side sells, hires or is asked about tells its practice
            "The thing we sell is the version tuned on a client's own forms.|fact",
            "What we no longer hire are people who only write prompts.|fact",
            "Our energy bills are the thing investors ask us about most.|fact",
            "What video gives a robot is the order of its moves.|opinion"})
    void whatActorsAndTheSpeakersSideDoIsReported(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // what something is or has done, in the holder's own quoted words, is their characterisation of it
            "She said the subsidy scheme was \"a sticking plaster on a broken leg.\"|the subsidy scheme|opinion",
            "She said the town had \"traded its river for a tax holiday.\"|the town had|opinion",
            "She said the council's plan to open 40 depots by the end of this year was \"brave but late.\"|council's plan|opinion",
            // a quoted forecast stays a forecast; a figure reported without quotation marks stays a fact
            "She said the depot was \"expected to open in 2028.\"|the depot was|prediction",
            "She said the depot had handled 40,000 parcels in March.|the depot had|fact"})
    void aVerdictInTheHoldersQuotedWordsIsAView(String sentence, String start, String type) {
        Analyses a = Analyses.of("Mira Holt, chief executive of Larchwood, spoke on Monday. " + sentence, "2026-03-01");
        assertThat(a.claimWith(start).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a negative imperative written out in full is advice, as its contraction is
            "Do not spend your first year chasing leaderboards.|recommendation",
            "Don't spend your first year chasing leaderboards.|recommendation",
            "Never sign a cloud contract longer than your runway.|recommendation",
            // "I would say" softens the advice that follows; it opens no view of the speaker's own
            "I would say learn to write good evaluations before you write models.|recommendation",
            "I'd say start with one customer and stay close to them.|recommendation",
            "I would say the market is smaller than people think.|opinion",
            // a year under way named with a future-in-the-past is a plan, not a date of what happened
            "The group would spend 12 billion yuan on new data centres in 2026, she said.|prediction",
            "The group spent 12 billion yuan on new data centres in 2025, she said.|fact"})
    void negativeAndSoftenedImperativesAndPlansForTheYearUnderWay(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // siding with somebody is agreeing with them, no advice to anyone
            "I'd actually side with Nora on pricing and with Sam on chips.|opinion",
            "She also warned that cheap tokens have cut cloud margins by half since 2024.|fact",
            "Tian said Larchwood would not join another round of price cuts.|prediction"})
    void sidingWarningsAndRefusals(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the speaker's side with a count of what it has or did reports its state, whatever is counted
            "We have roughly 700 clinics sending scans through the service.|fact",
            "Our biggest fine-tuning job last spring used about 3,500 cards, half of them rented.|fact",
            // a count grouped in thousands is counted, and what the side has already done or is already doing is reported
            "The largest hospitals are processing batches of more than 40,000.|fact",
            "We are already licensing some of them to insurers.|fact",
            "We have already seen two suppliers quietly raise their prices.|fact",
            "Several of our agents already handle returns without a person in the loop.|fact",
            // a practice after a colon or stated as the side's rule is still its practice
            "For the clinics it is easier: we install everything on their own servers.|fact",
            "Our policy is that we delete every recording after thirty days.|fact",
            // a course of action said to be a thing, a generic subject narrowed by a participle, "already good enough"
            "Maintaining the old models for every client is the cost nobody budgets for.|opinion",
            "In retail, in logistics, a compact model tuned on the right catalogue beats a huge general one.|opinion",
            "For most back-office work the small models are already good enough.|opinion",
            // what anyone of a kind will do on a condition is how such people act, no coming event
            "A hospital buyer will not sign until the pilot has run for a full winter.|opinion",
            // odds standing alone or put on a claim are a forecast; a figure a verb takes measures something
            "Pressed for a number, 30%.|prediction",
            "Not soon. Maybe 15%.|prediction",
            "I'd put something like 55% on that happening.|prediction",
            "The failure rate on that test was maybe 12 percent.|fact",
            // what the speaker would do in a position they imagine for themselves is advice
            "If I ran a small lab, I would spend the first year on evaluation.|recommendation",
            // the speaker placing their own stance, or a holder's belief given with a participle, is a view
            "I am a bit less worried than Tomas, though I would not sign the £30 billion budget either.|opinion",
            "The ministry rejected the proposal, believing that the old rules already covered it.|opinion",
            // what something is said to need of its own is advice; what nations must do, or must be helped to do, too
            "Honestly the region needs its own shared test suites.|recommendation",
            "Smaller nations must be helped to train their own models.|recommendation",
            // "could" with "today" is what can be done now
            "A system that cost $40 million to build in 2022 could be copied today for under $2 million.|fact",
            // what is out of reach at any time, a future inside "the idea that", things equated, a stage named by its half
            "Every hospital that joins gives us records we could never collect ourselves.|opinion",
            "The idea that one vendor will supply every hospital is an old idea.|opinion",
            "For a clinic, 95% uptime is the same as no uptime.|opinion",
            "The second half of this decade is a hardware race.|opinion",
            // a supply giving out is a state reported; people said to exist with what they did report it; a span alone answers
            "Several provinces are running out of grid capacity for new halls.|fact",
            "There are two labs in Lyon that have audited our pipeline line by line.|fact",
            "For the older hospitals, longer, maybe eight years.|prediction",
            // "I would estimate" hedges what follows; "I would take A over B" is a preference, no advice
            "I would estimate there are only a few dozen nurses in the region who have used the tool.|fact",
            "I would take a nurse who ran one ward well over a consultant with ten reports, nine times out of ten.|opinion",
            // a future a figure takes for granted is its premise; what one institution of a kind or a service's users must do is asked
            "That budget assumes that every clinic will sign up in the first month.|opinion",
            "Any hospital that lets an agent write prescriptions must keep a pharmacist in the loop.|recommendation",
            "Patients must always be able to see which notes the assistant wrote.|recommendation"})
    void ownCountsOddsAndGenericVerdicts(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a fraction or a sum rounded with "perhaps" or "maybe" is a figure, not a hedge on a view
            "We run about 600 robots, which is perhaps a tenth of what the largest warehouse group runs.|fact",
            "Our hosting bill for the biggest customer is higher than that, maybe $90,000 a month, because of the video.|fact",
            "Maybe the board was right to wait.|opinion",
            // the speaker's wish that others act is advocacy, as "wants them to" is; a wish to act oneself is not
            "I would like the regulators in Brussels to publish their test suites.|recommendation",
            "We'd love more universities to share their robot logs with us.|recommendation",
            "I would like to see the numbers before I say more.|opinion",
            // a pace held against the proper one, and a question named as a noun's content, advise nobody
            "I think the sector is hiring faster than it should in sales.|opinion",
            "Honestly the ministry spends more on consultants than it ought to.|opinion",
            "I think the ministry should spend less on consultants.|recommendation",
            // things weighed against each other are a view; a thing worth more than a sum is measured
            "A clean corpus of 40,000 labelled cases is worth more than a bigger cluster.|opinion",
            "For a lab of 30 people, reliability is far more important than raw speed.|opinion",
            "The Helvar contract is worth more than $3 billion over five years.|fact",
            "The new cards are now good enough for serving models up to 30B.|opinion",
            // a future conceded before "but" leaves the claim to what follows; a future after "but", or a time ahead
            // in the conceded clause, keeps the forecast
            "Chatbots will be a commodity, but the workflow data a vendor holds is not something a rival can buy.|opinion",
            "The big labs will keep building larger clusters, but they will run fewer giant jobs on them.|prediction",
            "It won't happen before 2030, but we test for it every quarter.|prediction"})
    void roundedFiguresWishesWeighingsAndConcessions(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    /**
     * A clause joined with "and that is …" weighs what it joins, so the whole is a view (not when it dates or places it);
     * advice relayed ("Her advice to …", "She called for …", "I'd like every X to …") is advice; a condition opening on
     * "you" before a bare verb leads into advice, also when the verb ends in "-ing" ("bring") or its object is a compound
     * noun ending in "-s" ("their service terms").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Most of our rivals will skip the audit, and that is fine with us.|opinion",
            "We shipped the fix in a week, and that was the easy part.|opinion",
            "The cheaper chips will arrive next spring, and that is before anyone cuts prices.|prediction",
            "We tested the agent on forged invoices, and that is where the old version failed.|fact",
            "His advice to the founders was to hire a lawyer before the first sale.|recommendation",
            "She called for a public register of large training runs.|recommendation",
            "I'd like every hospital to publish its error rates.|recommendation",
            "If you run a clinic, bring your own test cases to the vendor.|recommendation",
            "If you're hiring engineers, read her panel remarks first.|recommendation",
            "If you run a lab, check the vendor benchmarks yourself.|recommendation"})
    void joinedVerdictsAndRelayedAdvice(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }
}
