package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void orderHyphenationAndCaseDoNotMatter() {
        assertThat(PersonName.of("Kai-Fu Lee").sameAs(PersonName.of("Lee Kai-fu"))).isTrue();
        assertThat(PersonName.of("Kai-Fu Lee").sameAs(PersonName.of("Kaifu Lee"))).isTrue();
    }

    @Test
    void initialsInCapitalsStayCapitals() {
        assertThat(PersonName.of("J.R. OKAFOR").display()).isEqualTo("J.R. Okafor");
        assertThat(PersonName.of("JEAN-LUC BESSETTE").display()).isEqualTo("Jean-Luc Bessette");
    }

    @Test
    void aNameRunTogetherIsTheSameName() {
        assertThat(PersonName.of("Zhao Minghui").sameAs(PersonName.of("Zhaominghui"))).isTrue();
        assertThat(PersonName.of("Zhao Minghui").sameAs(PersonName.of("MinghuiZhao"))).isTrue();
    }

    @Test
    void titlesAndRolesInParenthesesAreNotPartOfTheName() {
        PersonName name = PersonName.of("Prof. Zhao Minghui (Moderator)");
        assertThat(name.display()).isEqualTo("Zhao Minghui");
        assertThat(name.matches("Professor Zhao")).isTrue();
        assertThat(name.matches("Teacher Minghui")).isTrue();
    }

    @Test
    void oneWordMatchesAPartButNotACommonWord() {
        PersonName name = PersonName.of("An Wei");
        assertThat(name.matches("Wei")).isTrue();
        assertThat(name.matches("An")).isFalse();
        assertThat(PersonName.of("Sara Holm").matches("Holmes")).isFalse();
    }
}
