package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A second name given in an apposition, as a biography's first sentence gives it: one person, not two. */
class AliasInAppositionTest {

    @Test
    void anEnglishNameInTheOpeningAppositionIsTheSamePerson() {
        Analyses a = Analyses.of("""
                Ren Jiahao (Chinese: 任家豪; born 3 May 1979), also known by his English name Jack Ren, is a Chinese engineer and the founder of Qingshan Robotics.

                In a 2024 interview, Jack Ren said that household robots would be common in Chinese cities by 2030.
                """);
        assertThat(a.speakerOf("household robots would be common")).isEqualTo("Ren Jiahao");
        assertThat(a.speakerNames()).containsExactly("Ren Jiahao");
    }

    @Test
    void aNameTheTextSaysSomeoneIsKnownAsIsTheirs() {
        Analyses a = Analyses.of("""
                Adaeze Okafor, better known as Daze Okafor, runs the largest open-source robotics forum in Lagos.

                Daze Okafor said the forum's members had built more grippers than any lab in the country.
                """);
        assertThat(a.speakerOf("built more grippers")).isEqualTo("Adaeze Okafor");
    }
}
