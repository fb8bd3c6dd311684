package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Reported speech set in French guillemets, German low-high quotes or corner brackets, as translations often keep them. */
class ForeignQuotationMarksTest {

    @Test
    void aGuillemetQuoteBelongsToWhoeverTheAttributionAfterItNames() {
        Analyses a = Analyses.of("""
                Odile Fabre runs the Nantes lab Corbeau. We spoke to her in March.

                « Renting chips for a year now costs more than buying them », said Mathis Roux, who founded Vireo.

                Reached by telephone, Roux did not change his mind. « No bank will lend against that twice », he said.
                """);
        assertThat(a.speakerOf("Renting chips for a year")).isEqualTo("Mathis Roux");
        assertThat(a.speakerOf("No bank will lend")).isEqualTo("Mathis Roux");
        assertThat(a.claimWith("Renting chips for a year").orElseThrow().text()).startsWith("« Renting");
    }

    @Test
    void aLowHighQuoteBelongsToWhoeverTheAttributionAfterItNames() {
        Analyses a = Analyses.of("""
                Greta Vogt runs the Bremen lab Kranich. We spoke to her in March.

                „Open models will close the gap within two years“, said Jonas Albers, who leads Kranich's rival Möwe.
                """);
        assertThat(a.speakerOf("Open models will close the gap")).isEqualTo("Jonas Albers");
    }

    @Test
    void cornerBracketQuotesAfterAParagraphOfReportedSpeechAreTheSpeakersClaims() {
        Analyses a = Analyses.of("""
                Wen Lijuan, chief executive of the robotics firm Tanglu, spoke at a forum in Suzhou on Saturday.

                Wen said the industry had spent two years chasing demonstrations. In her view, customers now pay only for machines that work a full shift.

                「A robot that needs a person beside it is not a product, it is a science project. Factories will stop buying those within two years.」

                She said Tanglu had shipped 4,000 arms in 2025.
                """, "2026-03-01");
        assertThat(a.speakerOf("A robot that needs a person beside it")).isEqualTo("Wen Lijuan");
        assertThat(a.speakerOf("Factories will stop")).isEqualTo("Wen Lijuan");
        assertThat(a.claimWith("A robot that needs").orElseThrow().text()).startsWith("「A robot");
    }
}
