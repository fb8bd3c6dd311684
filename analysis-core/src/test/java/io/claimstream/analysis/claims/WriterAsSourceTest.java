package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** "According to figures compiled by the author": a piece that names its writer so vouches for the figure in its own name. */
class WriterAsSourceTest {

    @Test
    void theAuthorIsTheBylinesWriter() {
        Analyses a = Analyses.of("""
                Why GPU leases got shorter
                By Odile Brennan

                The median GPU lease signed by start-ups fell from 36 months to 14 months this year, according to contracts reviewed by the author.\u00b9
                """);
        assertThat(a.speakerOf("fell from 36 months to 14 months")).isEqualTo("Odile Brennan");
    }

    @Test
    void withoutABylineNobodyIsTheAuthor() {
        Analyses a = Analyses.of("""
                The median GPU lease signed by start-ups fell from 36 months to 14 months this year, according to contracts reviewed by the author.
                """);
        assertThat(a.speakerNames()).doesNotContain("the author");
    }
}
