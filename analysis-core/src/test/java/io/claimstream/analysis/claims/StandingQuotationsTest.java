package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A quotation of two or three sentences standing on its own between the writer's sentences is one remark, one claim;
 * a longer one, or one cut by its attribution, stays a claim per sentence.
 */
class StandingQuotationsTest {

    @Test
    void aTwoSentenceQuotationInCornerBracketsIsOneClaim() {
        Analyses a = Analyses.of("""
                Summary of the Harbour Forum, closed session

                Dr. Ilse Varga of Meridian Grid disagreed on where the shortage lies. 「A chip can be bought in a \
                month. A power line takes five years to approve.」 She expects grid operators to sell capacity by \
                auction before 2028.
                """);
        assertThat(a.claimWith("A chip can be bought in a month.")).get().satisfies(c -> {
            assertThat(c.text()).contains("A power line takes five years to approve.");
            assertThat(a.speakerOf("A chip can be bought")).isEqualTo("Ilse Varga");
        });
    }

    @Test
    void aQuotationInCurlyMarksBetweenTheWritersSentencesIsOneClaim() {
        Analyses a = Analyses.of("""
                Tomas Lindqvist, chief executive of Brightwater Robotics, said the company builds its own arms. \
                “Every motor in our robot comes from a town near the plant. The software that steers it we still \
                write ourselves.” Brightwater employs 210 people.
                """);
        assertThat(a.claimWith("Every motor in our robot")).get()
                .satisfies(c -> assertThat(c.text()).contains("we still write ourselves"));
    }

    @Test
    void aLongQuotationStaysAClaimPerSentence() {
        Analyses a = Analyses.of("""
                Tomas Lindqvist, chief executive of Brightwater Robotics, said the company builds its own arms. \
                “Every motor in our robot comes from a town near the plant. The software that steers it we still \
                write ourselves. Our customers pay for uptime. Next year we will open a second plant in Porto.”
                """);
        assertThat(a.claimWith("Every motor in our robot")).get()
                .satisfies(c -> assertThat(c.text()).doesNotContain("The software that steers it"));
    }

    @Test
    void aRemarkItsAttributionCutsAfterACommaIsOneClaim() {
        Analyses a = Analyses.of("""
                Pavel Novak, who founded the translation startup Lingvo, spoke last. "The queue is not the product \
                anymore," he said. "The product is what the queue teaches you."
                """);
        assertThat(a.claimWith("The queue is not the product")).get()
                .satisfies(c -> assertThat(c.text()).contains("what the queue teaches you"));
    }
}
