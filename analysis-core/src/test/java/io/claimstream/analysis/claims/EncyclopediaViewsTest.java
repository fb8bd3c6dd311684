package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * An encyclopedia article's section on its subject's views: the views are told in the article's voice, as positions
 * the subject holds ("is a vocal advocate of"), as what a cited profile reports of them ("According to a profile in
 * …, Marsh privately considers …"), after stacked footnote marks ("…since 2022.[5][6] He has defended …"), and by
 * possessive ("His 2022 prediction that … did not come true").
 */
class EncyclopediaViewsTest {

    private static final String ARTICLE = """
            Leo Marsh
            From Wikibook, the free encyclopedia

            Leo Marsh, a British engineer, founded Corvid Systems in 2019 with Nina Marsh (no relation).[1]

            Views

            On audits
            Marsh is a vocal advocate of public model audits. He has argued that audits build trust with buyers.[2] \
            Nina Marsh has taken a more cautious position, saying audits "slow every release down."[3]

            According to a profile in The Ledger, Leo Marsh privately considers the merger "a mistake" and has told \
            friends that regulators "move too slowly for this industry."[4]

            On pricing
            Under Leo Marsh's leadership, Corvid has cut its prices five times since 2022.[5][6] He has defended the \
            cuts, arguing that "cheap inference is the only road to adoption."[5]

            Criticism
            Tom Ellery, a partner at Brook Capital, has defended Marsh, saying in 2025 that "every critic of his \
            pricing was wrong about cloud computing too."[7]

            Some analysts have questioned the accuracy of Leo Marsh's forecasts.[8] His 2022 prediction that robots \
            would "cook dinner by 2024" did not come true, which he acknowledged in a 2025 interview, saying he had \
            been "early, not wrong."[9]
            """;

    @Test
    void aPositionTheSubjectIsKnownToHoldIsTheirsThoughANamesakeIsNamedLaterInTheParagraph() {
        assertThat(Analyses.of(ARTICLE, "2026-09-01").speakerOf("vocal advocate of public model audits"))
                .isEqualTo("Leo Marsh");
    }

    @Test
    void whatACitedProfileReportsOfSomeoneIsTheirView() {
        assertThat(Analyses.of(ARTICLE, "2026-09-01").speakerOf("privately considers the merger"))
                .isEqualTo("Leo Marsh");
    }

    @Test
    void aSentenceAfterStackedFootnoteMarksIsASentenceOfItsOwn() {
        assertThat(Analyses.of(ARTICLE, "2026-09-01").speakerOf("cheap inference is the only road"))
                .isEqualTo("Leo Marsh");
    }

    @Test
    void aPossessiveBeforeAForecastIsThePersonWhoseForecastsTheTextJustNamed() {
        assertThat(Analyses.of(ARTICLE, "2026-09-01").speakerOf("early, not wrong")).isEqualTo("Leo Marsh");
    }

    @Test
    void aParticipleOfSayingAfterAClauseIsItsSubjectsNotTheFirmInTheSubjectsApposition() {
        assertThat(Analyses.of(ARTICLE, "2026-09-01").speakerOf("every critic of his pricing"))
                .isEqualTo("Tom Ellery");
    }
}
