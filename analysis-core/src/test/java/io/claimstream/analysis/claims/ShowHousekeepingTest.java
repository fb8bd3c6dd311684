package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * What a show or a session says about itself claims nothing: a sponsor read (the whole paragraph,
 * product praise included), the credits and sign-off, and the clock ("we have two minutes left",
 * "we have time for one more question"). The guest's claims around them stay.
 */
class ShowHousekeepingTest {

    private static final DocumentParser PARSER = new DocumentParser();

    @Test
    void aSponsorReadInsideATurnIsNobodysClaim() {
        Analyses a = analyze("""
                Irene Vos: Welcome back. Why did your company stop training its own models?

                Pavel Ruiz: Fine-tuning open models gave us the same quality at a tenth of the cost.

                Irene Vos: Before we go on, this episode is brought to you by Brightgrid. Brightgrid stores petabytes of training data at half the price of the big clouds. Try it free for thirty days.

                Pavel Ruiz: Most startups will stop pre-training within two years.

                Irene Vos: Our show is produced by Kestrel Media. Subscribe wherever you listen.
                """);
        assertThat(a.claimWith("Fine-tuning open models")).isPresent();
        assertThat(a.claimWith("stop pre-training within two years")).isPresent();
        assertThat(a.claimWith("Brightgrid stores petabytes")).isEmpty();
        assertThat(a.claimWith("Try it free")).isEmpty();
        assertThat(a.claimWith("produced by Kestrel Media")).isEmpty();
        assertThat(a.claimWith("Subscribe wherever")).isEmpty();
    }

    @Test
    void theSessionClockIsNoClaim() {
        Analyses a = analyze("""
                Chair: We have time for one more question.

                Lea Brandt: Sorry to cut in, we have about three minutes left.

                Omar Haidari: Chip export rules will tighten again next year.

                Lea Brandt: Thank you all.

                Omar Haidari: Memory makers are sold out until 2027.
                """);
        assertThat(a.claimWith("one more question")).isEmpty();
        assertThat(a.claimWith("three minutes left")).isEmpty();
        assertThat(a.claimWith("Chip export rules will tighten")).isPresent();
    }

    @Test
    void aChipMadeByAFoundryIsStillAFact() {
        Analyses a = analyze("""
                Lea Brandt: Where are the new accelerators made?

                Omar Haidari: The new accelerators are produced by a single foundry in Taiwan. We have two years of supply at most.

                Lea Brandt: And then?

                Omar Haidari: Then prices double.
                """);
        assertThat(a.claimWith("produced by a single foundry")).isPresent();
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
