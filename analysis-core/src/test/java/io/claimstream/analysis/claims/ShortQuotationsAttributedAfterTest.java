package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A short two-sentence quotation closed by one attribution is one remark, one claim of whoever the attribution names. */
class ShortQuotationsAttributedAfterTest {

    @Test
    void aShortQuotationOfTwoSentencesClosedByItsAttributionIsOneClaim() {
        Analyses a = Analyses.of("""
                Corvel sells chips for serving models. It was founded in 2021.

                "Cheap chips were the first wave. Software is the second," said Ana Ruiz, Corvel's chief executive.

                "Buyers talk about speed. What they pay for is the bill," she said.
                """);
        assertThat(a.claimWith("Cheap chips were the first wave").orElseThrow().text()).contains("Software is the second");
        assertThat(a.speakerOf("Cheap chips were the first wave")).isEqualTo("Ana Ruiz");
        assertThat(a.claimWith("Buyers talk about speed").orElseThrow().text()).contains("What they pay for is the bill");
    }

    @Test
    void aLongOpeningSentenceStaysAClaimOfItsOwn() {
        Analyses a = Analyses.of("""
                Ana Ruiz runs Corvel, which sells chips for serving models.

                "Every large customer we met in Europe and in Asia last year asked first about the price of a token \
                served at scale on their own hardware and in their own data centres. Software is the second question," \
                she said.
                """);
        assertThat(a.claimWith("Every large customer").orElseThrow().text()).doesNotContain("Software is the second");
    }
}
