package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A first-person newsletter's assertions that open with a plural common noun ("Operators need to …")
 * are the writer's: the capital is the sentence's, not a name's, when the text writes the same word
 * in lowercase elsewhere. Narration about a named person stays narration.
 */
class NewsletterCommonNounsTest {

    private static final String ISSUE = """
            # Harbour Notes #7

            By Ilse Varga

            I have covered ports for a decade. This week I went back to the terminals I know best.

            Cranes are getting smarter, but the software that schedules the cranes is not. Operators need to share berth schedules with each other. Shippers will pay for that data once it is reliable.

            Most operators still plan berths on spreadsheets, and most shippers have stopped asking why.

            Piet Jansen runs the night shift at the container terminal.
            """;

    @Test
    void assertionsOpeningWithACommonNounAreTheWritersOwn() {
        Analyses a = Analyses.of(ISSUE);
        assertThat(a.speakerOf("Operators need to share berth schedules")).isEqualTo("Ilse Varga");
        assertThat(a.speakerOf("Shippers will pay for that data")).isEqualTo("Ilse Varga");
        assertThat(a.speakerOf("Cranes are getting smarter")).isEqualTo("Ilse Varga");
    }

    @Test
    void narrationAboutANamedPersonStaysNarration() {
        Analyses a = Analyses.of(ISSUE);
        assertThat(a.doc().claims()).extracting(Claim::text).noneMatch(t -> t.contains("night shift"));
    }

    /** A columnist weighing a named critic's argument ("I think she is partly right") takes a stance on it. */
    @Test
    void theWritersVerdictOnACriticIsAClaim() {
        Analyses a = Analyses.of("""
                # Harbour Notes #8

                By Ilse Varga

                I spent this week at the terminals again. My notebook is full.

                Greta Holm, who advises the port authority, argues that automation should wait until the unions agree.

                I think she is partly right. Waiting costs less than a strike.
                """);
        assertThat(a.speakerOf("she is partly right")).isEqualTo("Ilse Varga");
    }
}
