package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A newsletter essay sets off other people's words as Markdown block quotes ({@code > …}) under a sentence that
 * introduces them and ends in a colon ("Here is how he summed it up for me:"): every quoted paragraph is the
 * introduced person's, the introduction says nothing of its own, and the rest of the essay is its writer's, whom
 * the masthead names without a "By" ({@code *Rack Notes* · Ingrid Falk · October 12, 2026}).
 */
class IntroducedBlockQuotesTest {

    private static final String ESSAY = """
            # Cooling Is the New Moat

            *Rack Notes* · Ingrid Falk · October 12, 2026

            Last month Polaris Hosting opened its third hall in Oslo. I visited the site with its founder, Mats Berglund, \
            who walked me through the numbers. Here is how he summed it up for me:

            > Air cooling stopped making sense at forty kilowatts a rack.
            >
            > By 2028 nobody will build an air-cooled hall for training clusters.

            I think he is right about the direction. Polaris's operations head, Sunniva Dahl, added:

            > Our water use fell by a third after the switch.

            I also think the smaller hosts are more exposed than they look. I would put the odds that one of them sells \
            itself within a year at about 60 percent.
            """;

    @Test
    void everyQuotedParagraphIsThePersonTheSentenceBeforeIntroduced() {
        Analyses a = Analyses.of(ESSAY);
        assertThat(a.speakerOf("Air cooling stopped making sense")).isEqualTo("Mats Berglund");
        assertThat(a.speakerOf("nobody will build an air-cooled hall")).isEqualTo("Mats Berglund");
        assertThat(a.speakerOf("Our water use fell by a third")).isEqualTo("Sunniva Dahl");
        assertThat(a.claimWith("summed it up")).isEmpty();
        assertThat(a.claimWith("operations head, Sunniva Dahl, added")).isEmpty();
    }

    @Test
    void theMastheadNamesTheWriterWhoseHedgedViewsTheyAre() {
        Analyses a = Analyses.of(ESSAY);
        assertThat(a.speakerOf("he is right about the direction")).isEqualTo("Ingrid Falk");
        assertThat(a.speakerOf("smaller hosts are more exposed")).isEqualTo("Ingrid Falk");
        assertThat(a.speakerOf("sells itself within a year")).isEqualTo("Ingrid Falk");
        assertThat(a.speakerNames()).doesNotContain("Rack Notes");
    }

    @Test
    void aDesksDatelineNamesNoWriter() {
        Analyses a = Analyses.of("""
                Our Bureau | Pune | Updated: Nov 3, 2026, 09:10 IST

                Grid operators in the state added 300 megawatts of capacity this year. I think they will add more.
                """);
        assertThat(a.speakerNames()).doesNotContain("Our Bureau");
    }
}
