package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A meetings-coverage release sets each speaker's name in capitals before what they said ("PRIYA NAIR-OSEI (India)
 * said that …"): a double-barrelled surname in capitals is one name, as it is in mixed case, and the "he" after it
 * is that person's, not the office the sentence mentions.
 */
class ReleaseInCapitalsTest {

    @Test
    void aDoubleBarrelledNameInCapitalsIsOnePerson() {
        Analyses a = Analyses.of("""
                Statements

                JONAH ADU-BOATENG, Chief Executive Officer of Osu Robotics, said that robots now cost half what they did in 2022. Within two years, he predicted, most warehouses in the region would use them.

                PRIYA NAIR-OSEI (India) said that her country would publish safety rules for robots in June.
                """);
        assertThat(a.speakerOf("robots now cost half")).isEqualTo("Jonah Adu-Boateng");
        assertThat(a.speakerOf("most warehouses in the region")).isEqualTo("Jonah Adu-Boateng");
        assertThat(a.speakerOf("safety rules for robots")).isEqualTo("Priya Nair-Osei");
        assertThat(a.speakerNames()).doesNotContain("Boateng", "Officer");
    }
}
