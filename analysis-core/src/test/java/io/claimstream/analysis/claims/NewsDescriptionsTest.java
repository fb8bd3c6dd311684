package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Wire copy's ways of naming a speaker: titles before names, "the company", role references, datelines. */
class NewsDescriptionsTest {

    @Test
    void theCompanyAfterAClauseIsTheOrganisationTheClauseOpensWith() {
        Analyses a = Analyses.of("""
                Chips news

                OSLO, May 3 (Wirefeed) - Fjellkraft Energy will build two data centres by 2028, the company said on \
                Monday.
                """);
        assertThat(a.speakerOf("will build two data centres")).isEqualTo("Fjellkraft Energy");
        assertThat(a.speakerNames()).doesNotContain("OSLO");
    }

    @Test
    void aTitleBeforeTheNameIsTheRoleAndTheAbbreviationFindsIt() {
        Analyses a = Analyses.of("""
                Robots are getting cheaper.

                "Hands are the hard part," Tarnwell chief executive Odile Brandt told reporters. The Tarnwell CEO \
                said the company would double its fleet next year.
                """);
        assertThat(a.speakerOf("Hands are the hard part")).isEqualTo("Odile Brandt");
        assertThat(a.speakerNamed("Odile Brandt").role()).contains("chief executive");
        assertThat(a.speakerOf("double its fleet")).isEqualTo("Odile Brandt");
    }

    @Test
    void aRoleReferenceBeforeTheNameFindsWhoTheTextSaysWorksThere() {
        Analyses a = Analyses.of("""
                Cooling is the new bottleneck.

                Quarrystone said it would not buy new chips this year. The Quarrystone CEO also said the company would \
                reuse its old racks. Ilse Varga, who has run Quarrystone since 2023, has long argued that power is the \
                real limit.
                """);
        assertThat(a.speakerOf("reuse its old racks")).isEqualTo("Ilse Varga");
        assertThat(a.speakerOf("power is the real limit")).isEqualTo("Ilse Varga");
        assertThat(a.speakerNamed("Ilse Varga").affiliations()).contains("Quarrystone");
        assertThat(a.speakerOf("would not buy new chips")).isEqualTo("Quarrystone");
    }

    @Test
    void reportedForecastsArePredictionsAndAFramesTimeIsNotTheClaims() {
        Analyses a = Analyses.of("""
                Robots are getting cheaper.

                Odile Brandt expects most warehouses to buy robot arms. Brandt said the company would open a plant \
                in Ohio. As Brandt said last year, the cheapest arm wins the market.
                """, "2026-05-01");
        assertThat(a.claimWith("most warehouses").orElseThrow().type()).isEqualTo("prediction");
        assertThat(a.claimWith("open a plant in Ohio").orElseThrow().type()).isEqualTo("prediction");
        assertThat(a.claimWith("the cheapest arm wins").orElseThrow().type()).isEqualTo("opinion");
    }

    @Test
    void whatTheCompanyDidIsNarrationNotTheLastSpeakersClaim() {
        Analyses a = Analyses.of("""
                Model news

                Quarry Labs said on Monday that its new model would ship in March. The company has hired 40 \
                engineers since it opened an office in Porto.

                WELLINGTON, June 2 (Wirefeed) - Fernhill released a speech model on Thursday, saying it \
                understood Maori better than any rival.
                """);
        assertThat(a.speakerOf("its new model would ship in March")).isEqualTo("Quarry Labs");
        assertThat(a.claimWith("has hired 40")).isEmpty();
        assertThat(a.speakerOf("understood Maori better")).isEqualTo("Fernhill");
    }
}
