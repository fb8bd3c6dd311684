package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A quotation set as a paragraph of its own, naming no topic, takes its topic from the narration in the paragraph
 * before, which introduced its speaker and what she argued, rather than from a headline written for the whole article.
 */
class QuotationAfterNarrationTopicsTest {

    private static final String REPORT = """
            How many Chinese robot makers will survive? Three founders disagree

            By Ana Ruiz

            The field has grown quickly since 2024, and the founders who run it have strong views.

            Lena Park, who runs the hardware arm of a logistics group, told a trade fair in May that warehouse customers would buy their robots from the suppliers that already sell them shelving, and that revenue from service contracts now exceeds revenue from the machines.

            "A machine is becoming one more item on a catalogue page," Park said. She added that her group had signed forty new warehouse clients this year.
            """;

    @Test
    void aQuotationOpeningItsParagraphReadsTheNarrationBeforeIt() {
        Analyses a = Analyses.of(REPORT);
        assertThat(a.claimWith("one more item on a catalogue page")).map(Claim::topics).get().asList()
                .contains("business-models").doesNotContain("china-vs-us");
    }
}
