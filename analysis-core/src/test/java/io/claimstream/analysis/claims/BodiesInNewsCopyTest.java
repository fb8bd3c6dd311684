package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Public bodies and companies as news copy introduces them: a government by its state's name, a ministry through its
 * spokesman, and a company with where it is based written before its name ("Lagos-based Ferrowind Robotics").
 */
class BodiesInNewsCopyTest {

    private static final String STORY = """
            Amara Obi, chief executive of Kelpwave AI, said on Tuesday that demand for her agents had doubled.

            The Ghanaian Government announced in March that it would fund a shared compute centre for universities. \
            A spokesman for the Ministry of Communications and Digitalisation said the centre would open to small \
            firms in its second year.

            Lagos-based Ferrowind Robotics, which sells warehouse robots, said in a written reply that it had dropped \
            usage pricing after six months.
            """;

    @Test
    void aStatesGovernmentSpeaksAsABody() {
        assertThat(Analyses.of(STORY).speakerOf("fund a shared compute centre")).isEqualTo("Ghanaian Government");
    }

    @Test
    void aSpokesmanForTheMinistryVoicesTheMinistryByItsFullName() {
        assertThat(Analyses.of(STORY).speakerOf("open to small firms"))
                .isEqualTo("Ministry of Communications and Digitalisation");
    }

    @Test
    void whereACompanyIsBasedIsNoPartOfItsName() {
        Analyses a = Analyses.of(STORY);
        assertThat(a.speakerOf("dropped usage pricing")).isEqualTo("Ferrowind Robotics");
    }
}
