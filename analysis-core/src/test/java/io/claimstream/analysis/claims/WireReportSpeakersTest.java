package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Who says what in a wire report: a founder's post, a rival company met by its short name, a government body, "the
 * executive", a second that-clause or verb, a quotation of two long sentences, and a surname the story's subject
 * shares with an analyst.
 */
class WireReportSpeakersTest {

    @Test
    void aParticipleAfterAPlainPastVerbIsTheSubjectsNotTheFirmInTheApposition() {
        Analyses a = Analyses.of("""
                Pan Yue, founder of rival Kestrel Robotics, took the opposite view, saying that warehouse robots would \
                stay costly for small shops.
                """);
        assertThat(a.speakerOf("warehouse robots would stay costly")).isEqualTo("Pan Yue");
    }

    @Test
    void aFounderWritingInAPostSaysWhatItSaysAndHeWroteIsHimAgain() {
        Analyses a = Analyses.of("""
                Mei Lan, head of research at Orvane AI, said on Tuesday that the new model changed little.

                Pan Yue, founder of rival Kestrel Robotics, took the opposite view in a post on his WeChat account on \
                Tuesday night, writing that American labs were "far ahead again" on coding agents.
                He wrote that the gap in chips had widened this year, not narrowed.
                """);
        assertThat(a.speakerOf("far ahead again")).isEqualTo("Pan Yue");
        assertThat(a.speakerOf("the gap in chips had widened")).isEqualTo("Pan Yue");
    }

    @Test
    void aRivalMetByItsShortNameSpeaksUnderTheNameTheTextWritesInFull() {
        Analyses a = Analyses.of("""
                Mei Lan, head of research at Orvane AI, said on Tuesday that rival Stellan Labs' new Quill 5 model was a \
                strong release but did not change how the field works.

                Stellan, based in Boston, released Quill 5 on February 20, calling it "the best coding model ever made" \
                and saying it led nine of ten agent benchmarks.
                The company said Quill 5 would be free for students for a year.
                """);
        assertThat(a.speakerOf("it led nine of ten agent benchmarks")).isEqualTo("Stellan Labs");
        assertThat(a.speakerOf("free for students for a year")).isEqualTo("Stellan Labs");
    }

    @Test
    void aGovernmentBodySpeaksByItsNameAndWhatItHasNotPublishedIsNoClaim() {
        Analyses a = Analyses.of("""
                Power has become the main worry of the data centre industry.

                The Provincial Energy Administration said in May that grid capacity in the east rose by a tenth last \
                year. The administration has not published a target for new capacity near the coast.
                """);
        assertThat(a.speakerOf("grid capacity in the east rose by a tenth")).isEqualTo("Provincial Energy Administration");
        assertThat(a.claimWith("has not published a target")).isEmpty();
    }

    @Test
    void theExecutiveIsThePersonWhoRunsTheBusiness() {
        Analyses a = Analyses.of("""
                Ada Mertens, who runs Corvel's chip business, spoke at a summit in Lyon on Tuesday.

                Corvel is one of Europe's three largest chip designers.

                During a briefing, the executive said Corvel's sales of inference chips doubled this year.
                """);
        assertThat(a.speakerOf("sales of inference chips doubled")).isEqualTo("Ada Mertens");
    }

    @Test
    void aSecondThatClauseOfTheSameKindStaysInTheOneReport() {
        Analyses a = Analyses.of("""
                Mei Lan runs research at Orvane AI.

                Asked how far behind Orvane was, Mei said the difference was "a season, not a decade", and that she \
                thought it had shrunk since the autumn.
                """);
        assertThat(a.claimWith("a season, not a decade").orElseThrow().text()).contains("shrunk since the autumn");
    }

    @Test
    void aSecondVerbWithNoSubjectOfItsOwnIsTheFirstSubjectsInTheSameClaim() {
        Analyses a = Analyses.of("""
                Rival Stellan Labs said last week that it would build a new campus in Texas for its next models.

                Mei Lan, head of research at Orvane AI, said Stellan's campus is impressive engineering, but argued \
                that it answers the wrong question.
                """);
        assertThat(a.speakerOf("it answers the wrong question")).isEqualTo("Mei Lan");
        assertThat(a.claimWith("it answers the wrong question").orElseThrow().text()).contains("impressive engineering");
    }

    @Test
    void aQuotationOfTwoLongSentencesClosedByItsAttributionIsOneRemark() {
        Analyses a = Analyses.of("""
                Mei Lan runs research at Orvane AI.

                "We do not need a giant cluster in one city for this kind of training work. That helps companies like \
                ours," Mei said.
                """);
        assertThat(a.claimWith("a giant cluster in one city").orElseThrow().text()).contains("That helps companies");
    }

    @Test
    void aBareSurnameIsTheStorysSubjectNotTheNamesakeWrittenInFullEachTime() {
        Analyses a = Analyses.of("""
                Mei Lan, head of research at Orvane AI, said on Tuesday that the new model changed little.
                Mei said her team had been surprised by it for about a day.
                Mei said Orvane would release its own model in the spring.

                Mei Tao, an analyst at Juniper Research, said the release would push labs to spend more on chips.
                Juniper's Mei Tao said prices for chips would keep rising.

                Hiring
                Mei said Orvane had hired 40 engineers this year, half of them from abroad.
                """);
        assertThat(a.speakerOf("hired 40 engineers")).isEqualTo("Mei Lan");
        assertThat(a.speakerOf("prices for chips would keep rising")).isEqualTo("Mei Tao");
    }
}
