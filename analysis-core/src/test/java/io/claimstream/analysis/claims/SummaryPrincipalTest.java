package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A digest about one person that relays a colleague in one paragraph: its next section goes back to the person the
 * digest is about, unless its heading names the colleague; a digest of two people reported about equally has no
 * principal, and its sections keep whom the last one was about.
 */
class SummaryPrincipalTest {

    private static final String DIGEST = """
            # Main Points
            Amara Osei said her lab now trains every speech model on licensed recordings.
            Osei argued that synthetic voices will not replace recorded ones for rare languages.
            She added that the lab hires linguists before it hires engineers.
            Osei also said that open benchmarks for African languages are too small to trust.
            # A Colleague's View
            Her deputy, Tunde Bakare, has argued at conferences that synthetic voices will close the gap by 2029.
            # Her Outlook
            - Licensed recordings: still the only reliable source for rare languages
            - Hiring: linguists first, engineers second
            # Where Bakare Stands
            - Synthetic data: good enough for most languages within three years
            """;

    private static final String PAIR = """
            # Main Points
            Amara Osei said her lab now trains every speech model on licensed recordings.
            Osei argued that synthetic voices will not replace recorded ones for rare languages.
            # The Other Side
            Tunde Bakare said synthetic voices will close the gap by 2029.
            Bakare argued that licensed recordings cost far too much for small labs.
            # Outlook
            - Synthetic data: good enough for most languages within three years
            """;

    @Test
    void aNewSectionGoesBackToThePersonTheDigestIsAbout() {
        Analyses a = Analyses.of(DIGEST);
        assertThat(a.speakerOf("will close the gap by 2029")).isEqualTo("Tunde Bakare");
        assertThat(a.speakerOf("still the only reliable source")).isEqualTo("Amara Osei");
        assertThat(a.speakerOf("linguists first")).isEqualTo("Amara Osei");
    }

    @Test
    void aHeadingNamingTheColleagueOrNoPrincipalKeepsTheLastSubject() {
        assertThat(Analyses.of(DIGEST).speakerOf("good enough for most languages")).isEqualTo("Tunde Bakare");
        assertThat(Analyses.of(PAIR).speakerOf("good enough for most languages")).isEqualTo("Tunde Bakare");
    }
}
