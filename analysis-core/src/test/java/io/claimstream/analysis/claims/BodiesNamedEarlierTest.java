package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** "The county says …", "the authority said …": a public body the text named earlier, by the noun closing its name. */
class BodiesNamedEarlierTest {

    @Test
    void theCountyIsTheCountyTheTextNamedBefore() {
        Analyses a = Analyses.of("""
                Solar farms and the grid

                Harlan County approved two solar farms on Tuesday. Neighbours worry about the noise. The county says \
                the farms will supply power to nine thousand homes by 2028.
                """);
        assertThat(a.speakerOf("nine thousand homes")).isEqualTo("Harlan County");
    }

    @Test
    void anAuthorityNamedInAPhraseIsFoundWithoutTheWordsBeforeIt() {
        Analyses a = Analyses.of("""
                Drought notes

                In Tarrow Water Authority's latest report, reservoirs stand at a third of capacity. The authority said \
                rationing would begin in June if the spring stays dry.
                """);
        assertThat(a.speakerOf("rationing would begin")).isEqualTo("Tarrow Water Authority");
    }

    @Test
    void withoutAnyNamedBodyTheCountyStaysUnnamed() {
        Analyses a = Analyses.of("""
                Solar farms and the grid

                Two solar farms were approved on Tuesday. The county says the farms will supply power to nine \
                thousand homes by 2028.
                """);
        assertThat(a.speakerNames()).noneMatch(n -> n.toLowerCase().contains("county"));
    }

    @Test
    void inAReportersTurnTheCountyIsTheCountyTheHostNamed() {
        Analyses a = Analyses.of("""
                MARA VOSS (ANCHOR): Good evening. Harlan County approved two solar farms on Tuesday. Our reporter \
                Leon Brandt has more.

                LEON BRANDT (REPORTER): The farms sit on old cotton fields. The county says the farms will supply \
                power to nine thousand homes by 2028.
                """);
        assertThat(a.speakerOf("nine thousand homes")).isEqualTo("Harlan County");
    }
}
