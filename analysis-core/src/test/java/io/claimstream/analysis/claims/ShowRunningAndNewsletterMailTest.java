package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a podcast, a newsletter or an event recap says about running itself claims nothing: the guest joining and where
 * they sit, the break and its tease, the round of odds read out as statements, the sign-off and the outro after it,
 * the hosts' jokes about each other and the show, the sponsor box and its offer, the writer's mail, the links and the
 * outlet's pointers to more coverage. The guests' claims around them stay.
 */
class ShowRunningAndNewsletterMailTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {
            // guests presented and booked
            "Joining us from Lagos, where it is nearly midnight, is Ada Kim, who runs the grid authority.",
            "Today we have Ada Kim, chief engineer at Tidewater, in the studio with us.",
            "I'm told we're getting someone on the line who has actually run a fab.",
            "Let's take a short break, and when we come back I want to ask about cooling, because Ada has a theory.",
            "We'll invite the largest cloud on the show and ask them.", "Let me know how that goes.",
            "Before the break, Ada, you had the cooling question you wanted to ask.",
            // the hosts and the guest about the exchange
            "Spoken like a venture capitalist.", "You might be right.", "I hope you're wrong.",
            "That's the strangest fact we've had on this show.", "Which I lost, for the record.",
            "Which is still disputed.", "That's why I'd like it.", "She says that to every intern.",
            "He said it to my sister at a dinner party.",
            "It's six in the morning here, so forgive me if I ramble.",
            // the round of odds and its rules, the outro
            "Everybody gives a number, no reasons allowed.", "Time for the prediction round.",
            "Rack Talk is produced by Ada Kim and edited by Ben Ode.",
            // a newsletter's welcome, mail, offer, sources, links and pointers
            "Welcome to the 2,400 of you who signed up after the last issue; I'm glad you're here.",
            "Thanks to the five of you who wrote in.", "Reply and tell me what I got wrong.",
            "I read every email, including the rude ones.", "Ledger Notes readers get $200 in credits.",
            "Screenshot via a reader (h/t A.K.); we have not linked the thread because it is private.",
            "[Read the full transcript](https://example.org/transcript)",
            "[Unsubscribe](https://example.org/u) · [Manage preferences](https://example.org/p)",
            "The Ledger Notes is reader-supported.", "I hold no positions in companies mentioned this week.",
            "Our coverage of the opening keynotes is here.", "The Harbour Summit continues through Friday.",
            // the second host's name, the guest as a listener, the subject taken up again, the room's response
            "And I'm Benedict Ode, but everybody calls me Ben.",
            "I've listened since the episode where you two argued about robots.",
            "I listen to the show on my commute, so this is odd.",
            "We talked to him for two hours in early May about chips and hiring.",
            "Okay, pricing, one more time, because a listener asked.", "She is not related to Ada Kim.",
            "That demo got the biggest laugh of the afternoon.", "Cue some nervous laughter in the back row.",
            "Though she declined to name them."})
    void claimsNothing(String sentence) {
        assertThat(reasons.of(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Which is why the cheapest chips will win the inference market.",
            "Memory prices will stay high through 2027, because every accelerator wants more stacks.",
            "Our readers get confused by per-token pricing, so vendors should publish per-task prices.",
            "The new accelerators are produced by a single foundry in Taiwan and packaged in Malaysia.",
            "That's why we think prices will halve by 2028.",
            "The conference market will keep shrinking until 2030.",
            "That's the most un-European thing anyone has said on this show.", "And I'm sure prices will fall by 2027.",
            "I listen to customers every week, and they all want cheaper inference."})
    void stillClaims(String sentence) {
        assertThat(reasons.of(sentence)).isNull();
    }

    @Test
    void aRoundOfOddsReadOutAsStatementsAsksAndTheFiguresStay() {
        Analyses a = Analyses.of("""
                Ruth Sandoval: Last segment, the odds. First one. The chance that a European lab releases the strongest open model by the end of 2027.

                Ada Kim: Twenty percent.

                Ben Ode: Lower. Ten.

                Ruth Sandoval: Next one. A humanoid robot is sold to households in Europe by 2029.

                Ben Ode: Thirty percent, and that is generous.

                Ada Kim: Fifteen.

                Ruth Sandoval: Ada, you said cooling is the real limit on new data halls.

                Ada Kim: It is. Most new halls in Europe will be liquid-cooled by 2028.
                """);
        assertThat(a.claimWith("releases the strongest open model")).isEmpty();
        assertThat(a.claimWith("sold to households")).isEmpty();
        assertThat(a.claimWith("Twenty percent")).isPresent();
        assertThat(a.claimWith("liquid-cooled by 2028")).isPresent();
    }

    @Test
    void whatTheAskerSaysBeforeAnAnnouncedOrPointingBackQuestionIsItsPremise() {
        Analyses a = Analyses.of("""
                Ruth Sandoval: Let me ask about memory. Your agent keeps notes on a codebase between sessions. How much does that matter?

                Ada Kim: More than anything else we ship. Customers stay because the agent already knows their code.

                Ruth Sandoval: Your new model reads two million tokens of input. Who actually needs that much?

                Ada Kim: Banks with forty years of contracts, and nobody else yet.
                """);
        assertThat(a.claimWith("keeps notes on a codebase")).isEmpty();
        assertThat(a.claimWith("two million tokens")).isEmpty();
        assertThat(a.claimWith("Customers stay because")).isPresent();
        assertThat(a.claimWith("Banks with forty years")).isPresent();
    }

    @Test
    void aRefusalAfterTheCommaIsNoPartOfTheClaim() {
        Analyses a = Analyses.of("""
                Ada Kim, chief executive of Tidewater, said her company will test chips from two start-ups this year, though she declined to name them.
                """);
        assertThat(a.claimWith("will test chips from two start-ups")).isPresent();
        assertThat(a.claimWith("declined to name")).isEmpty();
    }

    @Test
    void afterTheSignOffTheOutroClaimsNothing() {
        Analyses a = Analyses.of("""
                Ruth Sandoval: Last question. Will liquid cooling be standard?

                Ada Kim: Yes. Every new hall we design is liquid-cooled, and air cooling will be gone from new builds by 2028.

                Ruth Sandoval: Ada Kim, thank you.

                Ben Ode: That's the show. Our sound engineer Lina Park mixes every episode in one take. If you enjoyed it, tell someone who disagrees.

                Ruth Sandoval: Ben's line, every week.

                Ben Ode: And it works most weeks.
                """);
        assertThat(a.claimWith("air cooling will be gone")).isPresent();
        assertThat(a.claimWith("mixes every episode")).isEmpty();
        assertThat(a.claimWith("tell someone who disagrees")).isEmpty();
        assertThat(a.claimWith("it works most weeks")).isEmpty();
    }

    @Test
    void aSponsorBoxIsAdvertisingCopy() {
        Analyses a = Analyses.of("""
                # Ledger Notes #12

                Ada Kim told the *Harbour Post* that memory prices will stay high through 2027.

                > **Sponsored: Brightgrid**
                > Store training data at half the price of the big clouds. Ledger Notes readers get a free month.

                Ben Ode said on a call that his company will double its cluster next year.
                """);
        assertThat(a.claimWith("memory prices will stay high")).isPresent();
        assertThat(a.claimWith("double its cluster")).isPresent();
        assertThat(a.claimWith("half the price")).isEmpty();
        assertThat(a.claimWith("free month")).isEmpty();
    }
}
