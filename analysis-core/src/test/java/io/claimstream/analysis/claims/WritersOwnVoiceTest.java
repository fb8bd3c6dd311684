package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A first-person writer among the people they report on: whose "he", "I" and "though X thinks" each is. */
class WritersOwnVoiceTest {

    private static final String LEDGER = """
            # The Bet Sheet, No. 7: what founders promise for 2028

            *By Oskar Lindahl · 2 March 2027 · 6 min read*

            Twice a year I write down what the founders of robotics companies promise, so that we can check later. I keep score so you do not have to.

            ## The promises

            | Who | Where | The promise | By when |
            |---|---|---|---|
            | Petra Vasquez, CEO, Gearloom | Keynote, Hannover, 4 Feb | Warehouse robots will pick every item type we stock | 2028 |
            | Dmitri Sorensen, CTO, Armature | Podcast, *Torque*, 9 Feb | Humanoids will work a full shift without a reset | 2028 |

            ## Notes

            **Vasquez on picking.** Vasquez argued that grippers, not vision, are the last obstacle. Her co-founder, Lars Heikkinen, disagreed on stage: he thinks vision still fails on shiny packaging.

            **Sorensen on shifts.** Armature supplies motors to half the industry, so Sorensen sees the failure logs. He told the host that resets fell by a third over the winter.

            ## My own odds

            I give Vasquez's promise a 30% chance as stated. I think Sorensen's promise is the safer one.
            """;

    @Test
    void aKnownPersonDoingSomethingInTheWritersNarrationIsWhomTheNextHeIsAbout() {
        Analyses a = Analyses.of(LEDGER);
        assertThat(a.speakerOf("resets fell by a third")).isEqualTo("Dmitri Sorensen");
    }

    @Test
    void aFirstPersonSentenceUnderTheWritersOwnHeadingIsTheWritersNotTheLastSectionsSubject() {
        Analyses a = Analyses.of(LEDGER);
        assertThat(a.speakerOf("a 30% chance as stated")).isEqualTo("Oskar Lindahl");
        assertThat(a.speakerOf("the safer one")).isEqualTo("Oskar Lindahl");
    }

    @Test
    void theWritersViewAndAnotherPersonsConcededViewInOneSentenceAreTwoClaims() {
        Analyses a = Analyses.of("""
                Tilda Moreau, 38, is co-founder of Kelpworks, a packaging company in Brest. She spoke to Sam Achebe. This account has been edited for length; it is told as told to the reporter.

                I started Kelpworks with my sister Ines in 2021. Ines runs the money side, and I run the lab.

                We sell seaweed-based packaging to bakeries. I expect us to reach a million units a month by the end of 2028, though Ines thinks 2027, and she is usually more cautious than I am.
                """);
        assertThat(a.speakerOf("a million units a month")).isEqualTo("Tilda Moreau");
        assertThat(a.speakerOf("Ines thinks 2027")).isEqualTo("Ines");
        assertThat(a.claimWith("a million units a month").orElseThrow().text()).doesNotContain("Ines thinks");
        // "Ines thinks 2027" answers when, as the writer's expectation does: a forecast, not an opinion
        assertThat(a.claimWith("Ines thinks 2027").orElseThrow().type()).isEqualTo("prediction");
    }
}
