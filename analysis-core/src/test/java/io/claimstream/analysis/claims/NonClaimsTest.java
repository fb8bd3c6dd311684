package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonClaimsTest {

    private final PersonRegistry people = new PersonRegistry();
    private final NonClaims nonClaims = new NonClaims(people);

    private String reason(String sentence) {
        people.register("Ada Kim", Person.Kind.PERSON);
        Person speaker = people.register("Ben Ortega", Person.Kind.PERSON);
        return nonClaims.reason(sentence, tokens(sentence), speaker);
    }

    private static List<Token> tokens(String sentence) {
        return RoughTokens.of(sentence, word -> word.matches("(?i)is|are|was|need|costs|grew|will|think|believe|make|lead"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Good afternoon, everyone.", "Hello all.", "Thank you, Ada.", "Thanks so much.",
            "I'm Ben Ortega from Tidewater.", "Let me turn to Ada.", "Let's start with the first question.",
            "I'd like to invite everyone to share a view.", "Ada, your thoughts on pricing.", "Yes.",
            "That's my first point.", "At that time I told them we were not ready.", "Happy to be here.",
            "Glad to be back on the show.", "This was fun.", "Let's give our speakers a round of applause.",
            "That is a bold prediction.", "Fair point.", "Now, a word about pricing.", "A few words on hiring.",
            "Moving on to evaluation.", "We have ten minutes for questions.", "I'm happy to take your questions.",
            "Ada knows I say this every year.", "You have heard me say it before.",
            // the procedure of a formal sitting
            "The select committee will come to order.", "The meeting stands adjourned until Thursday.",
            "I now recognize the gentlewoman from Maine for her questions.", "I recognize Senator Ortega.",
            "Ms. Kim, you are recognized for seven minutes.", "Without objection, the letters are entered.",
            "I yield the balance of my time.", "The senator's time has expired.",
            "The record will remain open for ten days.", "[Whereupon, at 4:10 p.m., the committee recessed.]",
            "I thank the panel for appearing on short notice.",
            // a meeting's minutes: the vote, the resolution, the action item, the question put, the item introduced
            "Vote: 5 in favour, 2 against (AK), 1 abstention. Carried.", "Carried.",
            "RESOLVED, that the working group publish its draft by June.",
            "Action item 12-4 (AK, BO): circulate the cost model before the next meeting.",
            "After a short discussion, AK proposed that the matter be put to a vote.",
            "BO introduced the item, which had been deferred from the spring meeting.",
            // the editor's note set between a witness's words
            "[The company was sold to a rival in March 2026.]", "[Tidewater declined to comment.].",
            // a chat export's notices, the writer's note, a travel disclosure, a parting wish, a chore promised
            "[09:14] ben.o has joined the channel", "Ada left the call", "Ada Kim is a senior reporter based in Lagos.",
            "Tidewater paid for the reporter's flights and hotel.", "And good luck with the edit.",
            "I'll write up the notes after lunch", "We'll circulate the deck tomorrow.",
            "I have ten minutes before my train, so let's go.",
            // a floor given graciously, code about to be shown, an edit promised to the proposal, a reply announced
            "With that, it is my pleasure to hand over to our finance chief, Ada Kim.",
            "Here is the config we ran, for anyone who wants to check:", "Agreed, I'll add that to the proposal.",
            "Tidewater Labs, the firm the report singled out, responded on Tuesday evening.",
            "Hit reply to this email if we got something wrong.", "You are receiving this because you signed up in May.",
            "Quick intro for the minutes: I'm Ada Kim, and Ben Ortega runs the platform team.",
            "Three things from the customer calls.", "A couple of notes on hiring:",
            // a show welcoming, a guest introducing themselves after a greeting, a show signing off
            "Welcome back to Rack Talk, the weekly show about what it takes to keep a data hall cool.",
            "Hey all, I'm Ada Kim, I look after the cooling loops at Tidewater.", "That's our show for today.",
            "If you enjoyed it, tell a friend about us.", "We'll see you next week.",
            // a reply's openings in an e-mail thread
            "A few concerns before we sign.", "Happy to answer both questions.", "Glad to clarify."})
    void recognisesWhatClaimsNothing(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Inference costs grew faster than revenue.", "I think the market will consolidate.",
            "Thanks to better chips, training is cheaper than ever.", "We need better evaluation suites.",
            "I'd add that audits are not enough; someone has to act on them.",
            "Let me add one thing: small labs should share their compute.",
            "That is a bold bet, and it will fail within a year.",
            "Now, a word about pricing: inference will cost a tenth of today's price by 2028.",
            "I say this every year: evaluation budgets are too small.",
            "I recognize that inference costs fell faster than anyone planned.",
            "Welcome to the era of cheap inference, where nobody pays for compute twice.",
            "We'll see whether chip prices hold.", "That's the show's biggest cost: memory.",
            "We thank our customers, and revenue grew 40 percent in a year in which three rivals closed their labs.",
            "Chip prices rose 5 percent after the regulator responded.", "Tidewater responded that prices were fair.",
            "Here is the point: nobody trains at the frontier for less."})
    void keepsAssertions(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    /** Running a conversation and framing a media piece: none of it is anyone's view. */
    @ParameterizedTest
    @ValueSource(strings = {"Good evening, and thank you for joining us on a rainy night.", "Let me finish.",
            "Let me push back on that.", "Sorry, can I jump in?", "Let's move on.",
            "We have half an hour and four guests, so let's get started.",
            "Let's take two more questions from the floor.", "I'm a third-year PhD student at a Wuhan university.",
            "I'd ask Dana to take the next question.",
            "I am an engineer from a battery maker.",
            "This article is original content from Lanting Tech.",
            "Please contact the editors for permission to reprint.",
            "Harbour Daily reported on May 3 that the Busan AI Summit opened at the city's exhibition centre today.",
            "Yesterday another closed-door roundtable took place in Chengdu."})
    void recognisesSessionMovesAndAPiecesOwnNotices(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Let me push back: open models are already cheaper to run.",
            "Let's be honest, most agent demos fail outside the lab.",
            "I'm a big believer in small models for phones.",
            "The summit opened with a warning that chip supply will stay tight until 2028.",
            "Ada said the conference closed without a deal.", "The forum opened amid protests over how chips are rationed.",
            "We'll release the weights of the small model next quarter.", "Two senior researchers left the lab in May.",
            "Ada Kim is a better engineer than most founders.", "Tidewater paid $40 million for the chip designer.",
            "I'd ask investors to judge the chips on benchmarks, not on the launch videos."})
    void keepsViewsThatLookLikeSessionMoves(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    /**
     * A show's and a newsletter's housekeeping: acknowledgements however long, a sentence broken off by the next
     * speaker, the break, the guests presented, a thread's numbering, notes on the piece itself.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Thanks to Ada, Ben and Carla for their time, and to everyone who wrote in after the last issue.",
            "3/ Thanks to everyone who tuned in tonight.", "So the real issue is —", "And the other thing —",
            "We'll take a quick break.", "When we come back, I want to ask about chips.",
            "Today I have three guests who build robots for a living.", "Scheduling note: the next issue lands on Friday.",
            "Paid subscribers get the raw survey data.", "We'll check back in June.",
            "Here are the best answers from the thread, lightly edited for length.",
            "today i'm talking with ruth abara who builds robot hands at a startup in lagos.",
            "This week I'm speaking to the founder of a company that trains models for shipyards.",
            "So today we're sitting down with two people who disagree about open weights.",
            "Joining me today is Ada Kim, who ran evaluation at a large lab for six years.",
            "My guest this week is Ada Kim.", "Signal Weekly is produced by Tomas Reyes.", "Merci à vous.",
            "Danke, Frau Albers."})
    void recognisesHousekeepingOfShowsAndNewsletters(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thanks to cheaper memory, serving costs fell by half this year.",
            "When we come back to this market in two years, it will look completely different, with far fewer vendors.",
            "Today I have no doubt that open weights win.", "The model was edited for length of output, which cut costs by half.",
            "I'm talking with customers every week, and none of them want another chatbot.",
            "Today we are talking about a market that did not exist two years ago.",
            "The Blackwell chip is produced by TSMC in Taiwan.", "Mercier Labs will double its chip budget next year."})
    void keepsClaimsThatLookLikeHousekeeping(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    /**
     * Asides of live and threaded exchanges: a clip's voice named, a reporter's and a guest's send-off, a request for
     * input, a moderator's notice, a concession, an answer about the line; captions may break them across lines.
     */
    @ParameterizedTest
    @ValueSource(strings = {"That was Ada Kim, who runs the port authority in Tema.", "THAT WAS ADA KIM, WHO\nRUNS THE PORT.",
            "Reporting from Accra, I'm Ben Ortega.", "REPORTING FROM ACCRA, I'M\nBEN ORTEGA.",
            "I'm Ben Ortega, reporting from Accra.", "Ada Kim of Tidewater, thank you.", "ADA KIM OF TIDEWATER,\nTHANK YOU.",
            "For the other side, I'm joined now by Ada Kim, who trades power contracts in Houston.",
            "She joins us now from our studio in Leeds.",
            "Before we sign anything, I'd like to hear from teams who tried it.",
            "We need an answer on the vendor by Monday.", "We moved this thread from the jobs board. Please keep it civil.",
            "Please keep it on-topic.", "Fair, which is why I mentioned it.", "I can, sorry, the station is loud.",
            "Yes, we can hear you fine."})
    void recognisesAsidesOfLiveAndThreadedExchanges(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    /**
     * The housekeeping of a broadcast and of a briefing room: a sign-off for the outlet, a guest seated, a tease of the
     * next story, opening the floor, keeping to a subject, and the ways a spokesperson declines to say more.
     */
    @ParameterizedTest
    @ValueSource(strings = {"For Channel 9 News, I'm Ben Ortega in Tema.", "With me in the studio is Ada Kim, who trades power.",
            "Joining us from Houston is Ada Kim of Tidewater.", "Coming up after the break, why your grid bill keeps rising.",
            "Still ahead: the chip that runs on sunlight.", "Glad to take a few questions.",
            "Let's stay on energy for a minute while Ada is here.", "We're not going to get ahead of the minister.",
            "Beyond that, I won't speculate about the negotiations from here.",
            "I'm not an engineer, so I'll leave that to the grid operator.",
            "We don't have any new sanctions to announce at this time."})
    void recognisesTheHousekeepingOfBroadcastsAndBriefings(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"For most utilities, I'm told, the queue is five years long and growing.",
            "Coming up with a cheaper chip took us four years.",
            "I won't pretend the subsidy worked, because two of the three plants never opened.",
            "We don't have enough transformers to connect the new campus before 2028.",
            "I'll leave the old cooling system running until the new one proves itself."})
    void keepsClaimsThatLookLikeBriefingHousekeeping(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"That was Tidewater's worst quarter since 2019, and revenue fell by a third.",
            "Before we sign anything, I'd like to hear from teams who tried it, because I think the vendor overstates savings.",
            "We need a new grid before any more data halls can open.",
            "We moved our inference to open weights last spring and cut the bill in half.",
            "Fair, but the numbers are public: our list price fell 45 percent this year.",
            "I can run the model on a laptop now, which was impossible a year ago.",
            "Thanks to cheaper memory, serving costs fell by half, thank you."})
    void keepsClaimsThatLookLikeAsides(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    /** Who is talking after a lead-in, and an interest declared, say nothing about the world. */
    @ParameterizedTest
    @ValueSource(strings = {"For anyone new here, I'm Tove Aalund, I run data engineering at Marrowgate.",
            "hey all, long-time lurker 👋 I'm Tove, I do MLOps at a bank",
            "Disclosure: I advise one of the labs named here.", "Full disclosure, my employer sells these chips."})
    void recognisesIntroductionsAfterALeadInAndDisclosures(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    /**
     * A chat message signed with a name, an introduction "for the record" without a colon, an interest declared as a
     * declaration or a usual disclaimer, and an answer's note on where it answers from: who talks and how, no claims.
     */
    @ParameterizedTest
    @ValueSource(strings = {"hey all, Mira here.", "morning everyone, Mira Holt here, sorry for the noise",
            "for the record this is Mira Holt, Quayside, in case the export shows my number",
            "Declaration of interest first: I consult for two of the chip firms named above.",
            "usual disclaimer: these are my views, not my employer's",
            "I will answer from the hardware side, since the other answers are about models.",
            "Answering as someone who has run a fab for ten years.",
            "Quick intros since we have new people: Mira Holt (Quayside, inference), Ade Bello (Tallow, GPUs)",
            "one more thing on latency since everyone is quoting the median", "last thing from me before I log off",
            "quick update on our benchmark runs since people asked", "I can't comment on this one at all, sorry all."})
    void recognisesSignedMessagesDeclarationsAndWhereAnAnswerComesFrom(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"for the record, this is the worst quarter Quayside has had since 2019.",
            "The declaration of interests is a formality that nobody reads.",
            "I will answer for our customers: prices will fall by half next year.",
            "Mira here is right that yields will stay low until 2028.",
            "Introductions matter: Teams that skip them ship slower, in my experience.",
            "The last thing the market needs is another price war.",
            "An update on the model shipped in March and cut latency by half.",
            "We can't comment on it yet because the chips will not ship until 2027."})
    void keepsClaimsThatLookLikeSignaturesDeclarationsOrAnswersFromASide(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"For anyone new here, the cluster went live in May and utilisation is at 40 percent.",
            "As I'm Tove's manager, I think her team cut our data costs by a third.",
            "The disclosure rules will force labs to publish their training data by 2028.",
            // a position denied is no name given, whatever capital comes after it
            "I'm not against Rust, but the build should stay in C until the port is tested."})
    void keepsClaimsThatLookLikeIntroductionsOrDisclosures(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    /**
     * A thread's opener under its thread mark, a chore promised to a channel, a witness keeping to what a source says:
     * they point to what comes later and claim nothing themselves.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Lessons from a year of on-call with an AI pager \uD83E\uDDF5", "A short history of our eval set, and what broke \uD83E\uDDF5",
            "ok I'm going to retest with the new driver and post results tonight", "We're going to rerun it on Monday and share the numbers.",
            "I can only tell you what the inspection report says.", "We can only go by what the vendor told us."})
    void recognisesOpenersChoresAndAnswersKeptToASource(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Our pager alerts grew by half after the switch \uD83E\uDDF5",
            "We're going to post numbers that embarrass every lab that skipped the audit.",
            "I'm going to be blunt: the new driver is slower.",
            "I can only tell you what we saw: the model copied whole paragraphs."})
    void keepsClaimsThatLookLikeOpenersOrChores(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    /** The chair moving a meeting on: giving someone the floor, putting a topic off. */
    @ParameterizedTest
    @ValueSource(strings = {"Go ahead, Mirela.", "Over to you, Mirela.", "Mirela, the floor is yours.",
            "Okay, let's take that offline.", "Let's take it offline."})
    void recognisesAChairMovingTheMeetingOn(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Go ahead and cut the price; nobody will switch vendors over ten percent.",
            "We took the whole cluster offline for a week to swap the cooling."})
    void keepsClaimsThatLookLikeAChairMovingOn(String sentence) {
        assertThat(reason(sentence)).isNull();
    }
}
