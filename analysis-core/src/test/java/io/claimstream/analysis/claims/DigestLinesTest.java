package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * An interview digest about one principal subject: its opening report of what the subject used the interview to
 * argue, its arrow bullets and bracket-numbered forecasts that give a label and a verdict or a figure without a verb,
 * the answers of the person a host pressed, and the analyst's own "We also think …" with the evidence after it.
 */
class DigestLinesTest {

    private static final String DIGEST = """
            MEETING DIGEST
            Guest: Dana Pruitt, founder, Skylane Freight
            Released: March 2027
            Prepared by: Tomas Weller, Harbourline Research

            Summary
            Dana Pruitt used her first public interview in two years to argue that delivery drones are held back by \
            insurance, not by batteries, and that the first profitable routes will be rural ones.

            What She Argued
            Pruitt believes battery packs are good enough for most rural routes, and that the real limit is what \
            underwriters will cover.
            → Batteries: cheap, light, and no longer the real constraint
            → Insurance: slow, expensive, and written route by route

            Her Forecasts
            (1) Drone parcels in rural Wales: a few thousand a day by the end of 2028.
            (2) Cost per parcel for Skylane: below 3 pounds by mid-2029.

            The Regulation Question
            Host Ivo Brandt pressed Pruitt on whether regulators will move faster. Her answers, in brief:
            - Airspace: Rules for rural corridors are nearly settled and will not be the bottleneck
            - Noise: Complaints fall sharply once routes avoid schools

            Where We Differ
            We think Pruitt is too cautious on urban routes.
            We also think her cost target is generous. Motor prices fell faster than she assumes in 2026, and a cost \
            below 2 pounds looks achievable to us.
            """;

    /** Parsed as submitted: its arrows, bracket numbers and header fields are the parser's to read. */
    private static final Analyses DIGESTED = new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
            new RawDocument(DIGEST, null, null, null, null, null, null), Instant.parse("2027-03-20T00:00:00Z"))));

    @Test
    void anOccasionOfSeveralWordsTakenToArgueIsTheSubjectsReport() {
        assertThat(DIGESTED.speakerOf("delivery drones are held back by insurance")).isEqualTo("Dana Pruitt");
    }

    @Test
    void anArrowBulletsLabelAndVerdictAreTheSubjectsView() {
        assertThat(DIGESTED.speakerOf("Batteries: cheap, light")).isEqualTo("Dana Pruitt");
    }

    @Test
    void aBracketNumberedForecastWithAFigureAfterItsLabelIsAClaim() {
        Analyses a = DIGESTED;
        assertThat(a.speakerOf("a few thousand a day by the end of 2028")).isEqualTo("Dana Pruitt");
        assertThat(a.claimWith("below 3 pounds by mid-2029")).get()
                .satisfies(c -> assertThat(c.text()).startsWith("Cost per parcel"));
    }

    @Test
    void theLinesAfterAQuestionPutToSomebodyAreTheAnswersOfTheOneAsked() {
        Analyses a = DIGESTED;
        assertThat(a.speakerOf("Rules for rural corridors are nearly settled")).isEqualTo("Dana Pruitt");
        assertThat(a.speakerOf("Complaints fall sharply")).isEqualTo("Dana Pruitt");
    }

    @Test
    void theAnalystsOwnViewGoesOnToTheParagraphsEnd() {
        Analyses a = DIGESTED;
        assertThat(a.speakerOf("her cost target is generous")).isEqualTo("Tomas Weller");
        assertThat(a.speakerOf("Motor prices fell faster than she assumes")).isEqualTo("Tomas Weller");
    }
}
