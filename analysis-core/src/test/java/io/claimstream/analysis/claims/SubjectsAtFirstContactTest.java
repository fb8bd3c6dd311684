package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Who says what in news copy met for the first time: titled names with their ministry, namesakes by title. */
class SubjectsAtFirstContactTest {

    @Test
    void aTitledNameWithItsMinistryAndARelativeClauseIsTheSubjectNotTheMinistrysLastWord() {
        Analyses a = Analyses.of("""
                Deputy Governor Alvaro Pinheiro of the Bureau of Transport and Ports, who opened the fair, said the bureau would double its grants to harbour software firms next year.

                "Harbours cannot wait for a perfect model. The grants should reward working systems," Deputy Governor Pinheiro said.
                """);
        assertThat(a.speakerOf("double its grants")).isEqualTo("Alvaro Pinheiro");
        assertThat(a.speakerOf("should reward working systems")).isEqualTo("Alvaro Pinheiro");
        assertThat(a.speakerNames()).doesNotContain("Ports", "Pinheiro");
    }

    @Test
    void aTitleBeforeASharedSurnameFindsTheNamesakeItBelongsTo() {
        Analyses a = Analyses.of("""
                Lee Min-jae, a professor at Hallym University, said the sector was moving too fast. "We are building on sand," Professor Lee said.

                Lee Soo-ah, head of operations at Bora Shipping, disagreed. Director Lee said her yards had cut delays by a fifth since May.

                Professor Lee was not convinced. "A fifth at one yard proves very little," he said.
                """);
        assertThat(a.speakerOf("proves very little")).isEqualTo("Lee Min-jae");
        assertThat(a.speakerNamed("Lee Soo-ah").aliases()).doesNotContain("Professor Lee");
    }

    @Test
    void aSpokespersonAfterTheQuotationVoicesTheOrganisationThatTheCompanyThenStandsFor() {
        Analyses a = Analyses.of("""
                Tidewater Robotics unveiled its new crane controller on Monday. "The controller halves idle time at the quay," the company said.

                Rival Halyard Systems, which sells its own controller, was not impressed. "Halving idle time in a demo is easy; doing it in winter is not," a Halyard Systems spokesperson said in a statement. The company said its next controller would ship in the autumn.
                """);
        assertThat(a.speakerOf("doing it in winter is not")).isEqualTo("Halyard Systems");
        assertThat(a.speakerOf("next controller would ship")).isEqualTo("Halyard Systems");
    }

    @Test
    void aNameHoldsAnAffiliationThatGoesOnOverThePossessiveOfItsUniversity() {
        Analyses a = Analyses.of("""
                Professor Hana Novak of the Czech Technical University's Faculty of Transportation said most port simulations overstate the gains.
                """);
        assertThat(a.speakerOf("overstate the gains")).isEqualTo("Hana Novak");
    }

    @Test
    void aRelativeClauseSpeakingOfThePersonTellsTheGenderALaterPronounNeeds() {
        Analyses a = Analyses.of("""
                Maria Lutz, who built her first drone company in 2015, said delivery drones would be legal in most cities by 2030.

                Tomas Berg, who runs his own courier fleet, said regulators would not allow flights over crowds for a decade.

                She said insurers were already pricing the risk of drone flights.
                """);
        assertThat(a.speakerOf("already pricing the risk")).isEqualTo("Maria Lutz");
    }

    @Test
    void theSurnameHeBeforeAGivenNameIsAPersonAndThePronounHeStaysAPronoun() {
        Analyses a = Analyses.of("""
                Sun Peiyu, who runs the robotics lab at Qinghe University, said home robots were a decade away.

                He Lanxin, chief executive of Tidebright Systems, told the same audience that warehouses would come first. He Lanxin also argued that the hardware is now cheap enough. He said demand would outrun supply by 2027.
                """);
        assertThat(a.speakerOf("warehouses would come first")).isEqualTo("He Lanxin");
        assertThat(a.speakerOf("hardware is now cheap enough")).isEqualTo("He Lanxin");
        assertThat(a.speakerOf("demand would outrun supply")).isEqualTo("He Lanxin");
        assertThat(a.speakerNames()).doesNotContain("Lanxin");
    }
}
