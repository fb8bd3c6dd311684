package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Quotations the press gives no verb of saying: the person the paragraph tells about says them. */
class UnframedQuotationsTest {

    @Test
    void aQuotationAfterASentenceAboutAPersonIsTheirs() {
        Analyses a = Analyses.of("""
                Leaning on the Thames. By Owen Marsh

                Paul Dunmore founded Brackett Systems in 2019 and still runs it from a converted warehouse.

                Asked whether rivals would copy the design, Mr Dunmore was dismissive. "Let them try. I doubt they can match our costs for another three years."
                """);
        assertThat(a.speakerOf("I doubt they can match our costs")).isEqualTo("Paul Dunmore");
    }

    @Test
    void aQuotationOverTwoParagraphsStaysWithItsSpeaker() {
        Analyses a = Analyses.of("""
                Greta Varga has run the Osprey lab in Leeds since 2022.

                Ms Varga, for her part, sees the auditors as friends. "The audits keep every lab honest about its numbers. They cost us very little.

                "If the audits stay, I would expect inference prices to fall by half before 2029."

                The lab employs forty people.
                """);
        assertThat(a.speakerOf("The audits keep every lab honest")).isEqualTo("Greta Varga");
        assertThat(a.speakerOf("I would expect inference prices to fall")).isEqualTo("Greta Varga");
    }
}
