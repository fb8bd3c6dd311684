package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A translated panel labels its guests' turns by the names they use with foreigners, after an introduction that gives
 * their legal names: the label and the legal name are one person, named as the introduction names them.
 */
class SecondNamesTest {

    private static final String PANEL = """
            Notes from the Harbour Compute Forum

            The panel had three guests: Wei Lan, founder of Tidemark Robotics; Ma Jiayi, who uses the name Molly Ma with overseas clients and leads products at Norbridge Cloud; and Kong Dawei, known to almost everybody in the industry as David Kong, who spent nine years at a lab in Seattle. Shen Rui moderated.

            Shen Rui: Let us start with introductions.

            Wei Lan: I'm Wei Lan, and my English name is Walter, though nobody here uses it. We build warehouse robots.

            Molly Ma (Norbridge Cloud): Hi everyone, I'm Ma Jiayi, Molly is fine. I lead products at Norbridge Cloud.

            David Kong: Hello, I'm David, or Kong Dawei on my ID card. I came back from Seattle in March.

            Shen Rui: Is inference cost still falling?

            Molly Ma (Norbridge Cloud): Our inference prices fell by half this year, and I expect them to halve again by 2027.

            David Kong: I think the price war will end once the largest buyers sign three-year contracts.

            Walter Wei: Robots will not need a data centre at all for most tasks within five years.
            """;

    @Test
    void aLabelThatIsTheNameAGuestUsesWithForeignersIsTheGuestNamedByTheIntroduction() {
        Analyses a = Analyses.of(PANEL, "2026-05-02");
        assertThat(a.speakerOf("Our inference prices fell by half")).isEqualTo("Ma Jiayi");
        assertThat(a.speakerOf("the price war will end")).isEqualTo("Kong Dawei");
    }

    @Test
    void anEnglishGivenNameWithTheFamilyNameIsThePersonWhoDeclaredIt() {
        Analyses a = Analyses.of(PANEL, "2026-05-02");
        assertThat(a.speakerOf("Robots will not need a data centre")).isEqualTo("Wei Lan");
        assertThat(a.speakerNames()).doesNotContain("Molly Ma", "David Kong", "Walter Wei");
    }

    @Test
    void theWaysOfDeclaringASecondNameAreRead() {
        assertThat(SecondNames.in("Ma Jiayi, who uses the name Molly Ma with clients, spoke first."))
                .contains(new SecondNames.Declared("Ma Jiayi", "Molly Ma", true));
        assertThat(SecondNames.in("Kong Dawei, known to almost everybody in the industry as David Kong, agreed."))
                .contains(new SecondNames.Declared("Kong Dawei", "David Kong", true));
        assertThat(SecondNames.in("I'm Ma Jiayi, Molly is fine."))
                .contains(new SecondNames.Declared("Ma Jiayi", "Molly", true));
        assertThat(SecondNames.in("Hello, I'm David, or Kong Dawei on my ID card."))
                .contains(new SecondNames.Declared("Kong Dawei", "David", true));
        assertThat(SecondNames.in("Jia Hao, who runs serving at Cloudpeak and goes by Harry with colleagues, agreed."))
                .contains(new SecondNames.Declared("Jia Hao", "Harry", true));
    }

    @Test
    void aLabelIsOnlyMappedWhenTheDeclarationSaysSo() {
        List<SecondNames.Declared> declared = SecondNames.in("""
                Ma Jiayi, who uses the name Molly Ma with clients, spoke first. Lin Bo (CEO) spoke next.
                I'm Wei Lan, and my English name is Walter.""");
        assertThat(SecondNames.nameBehind("Molly Ma", declared)).isEqualTo("Ma Jiayi");
        assertThat(SecondNames.nameBehind("Walter Wei", declared)).isEqualTo("Wei Lan");
        // the person's own name, another Walter, or a role in brackets are nobody's second name
        assertThat(SecondNames.nameBehind("Ma Jiayi", declared)).isNull();
        assertThat(SecondNames.nameBehind("Walter Brandt", declared)).isNull();
        assertThat(SecondNames.nameBehind("CEO", declared)).isNull();
    }
}
