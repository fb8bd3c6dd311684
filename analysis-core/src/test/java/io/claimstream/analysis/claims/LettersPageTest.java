package io.claimstream.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.claimstream.analysis.Analyses;

/**
 * A page of letters, each signed at its end or opened by a label line, holds its writers' claims: the signature or the
 * label names whose first-person words the piece is, and says nothing itself.
 */
class LettersPageTest {

    private static final String PAGE = """
            THE HARBOUR GAZETTE
            LETTERS

            ---

            Robots need rules

            Sir,

            Tom Hale confuses a near miss with an injury. My firm has run four hundred of them since 2023 \
            and we have had no injuries. Kestrel Logistics expects to double the fleet next year.

            Ada Moss, a former safety regulator, told a conference last week that insurers will refuse to cover \
            untested fleets.

            The real risk is the software updates nobody tests.

            Priya Raman
            Head of Operations, Kestrel Logistics
            Leeds

            ---

            Sir, Small farms will adopt drones faster than the big estates expect, and the price of spraying will \
            halve by 2029. — Owen Price, Hereford

            ---

            Sir,

            I write in support of Zhao Minghui's letter last week. Mr Zhao, a retired agronomist, wrote that drones \
            spray half as much chemical as tractors do.

            Our own trials found the same saving.

            Hannah Ives
            Kent

            ---

            **tractor_tom_77** wrote:

            i have flown a spraying drone for three seasons. it pays for itself in one year on a small farm.

            ---

            Bea Lindqvist replies:

            I am grateful to everyone who wrote, even those who think I got it all wrong.

            I accept Mr Price's figures for spraying. Ms Raman's point about untested updates is a fair one, and I \
            agree with it. But I still think the injury figures are undercounted across the sector.

            When Mr Price says spraying will halve in price, he is counting only the largest farms. The savings Ms \
            Raman hopes for will take longer to arrive.

            We would be glad to share our injury data with readers.
            """;

    @Test
    void aLetterSignedUnderItsLastParagraphIsItsSignersInTheFirstPerson() {
        Analyses a = Analyses.of(PAGE);
        assertEquals("Priya Raman", a.speakerOf("My firm has run four hundred"));
        assertEquals("Priya Raman", a.speakerOf("The real risk is the software"));
        // what the writer says of somebody they name is no report of that person: the writer's claim
        assertEquals("Priya Raman", a.speakerOf("Tom Hale confuses a near miss"));
        assertEquals("Head of Operations", a.speakerNamed("Priya Raman").role());
        assertTrue(a.speakerNamed("Priya Raman").affiliations().contains("Kestrel Logistics"));
        assertFalse(a.claimWith("Head of Operations").isPresent());
        assertFalse(a.claimWith("Sir,").isPresent());
        // the words a letter relays stay with whoever it says spoke them
        assertEquals("Ada Moss", a.speakerOf("insurers will refuse to cover"));
    }

    @Test
    void aNameWrittenFamilyNameFirstIsTheFullNameOfItsTitledSurname() {
        Analyses a = Analyses.of(PAGE);
        assertEquals("Zhao Minghui", a.speakerOf("drones spray half as much chemical"));
        assertEquals("Hannah Ives", a.speakerOf("Our own trials found the same"));
    }

    @Test
    void aDashAfterTheLastSentenceSignsTheLetterAndStaysOutOfTheClaim() {
        Analyses a = Analyses.of(PAGE);
        assertEquals("Owen Price", a.speakerOf("Small farms will adopt drones"));
        String claim = a.claimWith("Small farms will adopt drones").orElseThrow().text();
        assertFalse(claim.contains("Owen Price"), claim);
        assertFalse(claim.startsWith("Sir"), claim);
    }

    @Test
    void aHandleThatWroteIsTheCommentsWriter() {
        Analyses a = Analyses.of(PAGE);
        assertEquals("tractor_tom_77", a.speakerOf("it pays for itself in one year"));
        assertFalse(a.claimWith("wrote:").isPresent());
    }

    @Test
    void aReplyLabelGivesTheReplyToItsWriterWhoeverTheReplyNames() {
        Analyses a = Analyses.of(PAGE);
        assertEquals("Bea Lindqvist", a.speakerOf("I still think the injury figures"));
        assertEquals("Bea Lindqvist", a.speakerOf("untested updates is a fair one"));
        assertFalse(a.claimWith("replies:").isPresent());
    }

    @Test
    void aClauseOfSayingThatOnlySetsTheTimeOrQualifiesANounReportsNothing() {
        Analyses a = Analyses.of(PAGE);
        assertEquals("Bea Lindqvist", a.speakerOf("he is counting only the largest farms"));
        assertEquals("Bea Lindqvist", a.speakerOf("The savings Ms Raman hopes for will take longer"));
    }

    @Test
    void aRepliersGratitudeAndOfferAreCourtesiesNotClaims() {
        Analyses a = Analyses.of(PAGE);
        assertFalse(a.claimWith("I am grateful to everyone").isPresent());
        assertFalse(a.claimWith("We would be glad to share").isPresent());
    }
}
