package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A wire story's lead closes on a source described by a title at an organisation ("…, a senior executive at Harbor
 * Grid said on Monday.") and names that person at the start of the next paragraph: the lead is the named person's
 * claim, not the organisation's, and the organisation stays an organisation.
 */
class WireLeadSourceTest {

    private static final String WIRE = """
            By Mark Tull

            OSLO, May 4 (Nordic Wire) - The price of grid batteries in Europe will fall by half by the end of 2028 as \
            new plants open in Sweden, a senior executive at Harbor Grid said on Monday.

            Ingrid Solheim, the vice president who runs the company's storage business, told a trade fair in Oslo that \
            the cuts of the past year came mostly from cheaper lithium.

            "The lithium windfall is over. The factory gains are not," Solheim said.

            A Harbor Grid spokesperson said the company had no plans to raise prices.
            """;

    @Test
    void theLeadIsThePersonTheNextParagraphNames() {
        Analyses a = Analyses.of(WIRE);
        assertThat(a.speakerOf("will fall by half by the end of 2028")).isEqualTo("Ingrid Solheim");
        assertThat(a.speakerNamed("Harbor Grid").kind()).isEqualTo("organization");
        assertThat(a.speakerOf("no plans to raise prices")).isEqualTo("Harbor Grid");
    }

    @Test
    void aSourceNeverNamedStaysUnnamed() {
        Analyses a = Analyses.of("""
                OSLO, May 4 (Nordic Wire) - The price of grid batteries in Europe will fall by half by the end of \
                2028, a senior executive at Harbor Grid said on Monday.

                Harbor Grid, the power arm of Harbor Holdings, reported revenue of 3.1 billion crowns for 2025.
                """);
        assertThat(a.speakerOf("will fall by half")).isNull();
    }

    @Test
    void aLeadOpeningWithTheTitleIsThePersonTheNextQuotationNames() {
        Analyses a = Analyses.of("""
                BERLIN, June 3 (Nordic Wire) - The chief executive of Marlin Cloud, one of the largest storage providers \
                in Europe, said on Monday that storage prices would fall by a third this year.

                "Storage will be cheap before the summer is out," Hana Voss told investors at a meeting in Berlin. She \
                said the savings came from denser disks.
                """);
        assertThat(a.speakerOf("fall by a third")).isEqualTo("Hana Voss");
        assertThat(a.speakerNamed("Hana Voss").affiliations()).contains("Marlin Cloud");
    }

    @Test
    void somebodyAtAnotherOrganisationIsNotTheLeadsSource() {
        Analyses a = Analyses.of("""
                BERLIN, June 3 (Nordic Wire) - The chief executive of Marlin Cloud said on Monday that storage prices \
                would fall by a third this year.

                "Storage will be cheap before the summer is out," Pia Lund, an analyst at Fjord Research, said.
                """);
        assertThat(a.speakerOf("fall by a third")).isNotEqualTo("Pia Lund");
    }

    @Test
    void aLeadOpeningWithTheOrganisationsTitleHolderIsThePersonNamedNext() {
        Analyses a = Analyses.of("""
                BERLIN, June 3 (Nordic Wire) - Marlin Cloud's chief executive said on Monday that storage prices would \
                fall by a third this year.

                "Storage will be cheap before the summer is out," Hana Voss told investors at a meeting in Berlin.
                """);
        assertThat(a.speakerOf("fall by a third")).isEqualTo("Hana Voss");
    }
}
