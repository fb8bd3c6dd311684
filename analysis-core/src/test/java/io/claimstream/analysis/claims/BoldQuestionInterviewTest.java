package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A translated interview whose questions are bold paragraphs, some with a premise before the question,
 * and whose answers carry no name: every answer is the interviewee's, "I think" and all.
 */
class BoldQuestionInterviewTest {

    private static final DocumentParser PARSER = new DocumentParser();

    private static final String INTERVIEW = """
            # A talk with Lena Marsh

            Lena Marsh founded the logistics-software company Harrowgate in 2023. We met her in Rotterdam.

            **Was 2025 the year of agents?**

            It was the year of demos. Most pilots never reached production.

            **Harrowgate uses other labs' models. Is that a weakness?**

            I used to worry about it. Now I think it is a strength, because we switch models every quarter.

            **What comes next?**

            I would say agents will file most customs forms by 2028.
            """;

    @Test
    void aBoldPremiseAndQuestionIsTheAskersAndTheAnswersAreTheInterviewees() {
        Analyses a = analyze(INTERVIEW);
        assertThat(a.claimWith("uses other labs' models")).isEmpty();
        assertThat(a.speakerOf("Now I think it is a strength")).isEqualTo("Lena Marsh");
        assertThat(a.speakerOf("agents will file most customs forms")).isEqualTo("Lena Marsh");
        assertThat(a.speakerOf("It was the year of demos")).isEqualTo("Lena Marsh");
    }

    @Test
    void anAnswerSentenceWhoseVerbTalksAboutSomethingIsStillTheAnswerers() {
        Analyses a = analyze("""
                # A talk with Lena Marsh

                Lena Marsh founded the logistics-software company Harrowgate in 2023. We met her in Rotterdam.

                **Would a smarter model have saved those pilots?**

                Only a little. But if an agent cannot reverse a booking, no port authority will let it touch the manifest, whatever its scores.

                **What comes next?**

                I would say agents will file most customs forms by 2028.
                """);
        assertThat(a.speakerOf("no port authority will let it touch the manifest")).isEqualTo("Lena Marsh");
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
