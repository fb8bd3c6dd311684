package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A narrator's line saying who somebody is, right before that person speaks: an introduction, no claim. */
class IntroducedBeforeSpeakingTest {

    @Test
    void theLineBeforeTheNextSpeakersTurnIntroducesThem() {
        Analyses a = Analyses.of("""
                MARA VOSS (ANCHOR): Good evening. Two solar farms were approved on Tuesday. Our reporter Leon Brandt \
                has more.

                LEON BRANDT (REPORTER): The farms sit on old cotton fields. Dr. Ana Ruiz studies soils at the state \
                university.

                DR. ANA RUIZ (SOIL SCIENTIST): Panels shade the ground, and shaded soil keeps its water longer.

                LEON BRANDT (REPORTER): Ana Ruiz studies soils, and she says the farms will help the fields recover.
                """);
        assertThat(a.claimWith("studies soils at the state")).isEmpty();
        assertThat(a.speakerOf("shaded soil keeps its water")).isEqualTo("Ana Ruiz");
        assertThat(a.claimWith("farms will help the fields")).isPresent();
    }
}
