package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

/**
 * A parliamentary record sets each contribution under its member's label on a line of its own: a peer by title ("The
 * Countess of Dunmere (Con)", "Lord Mehta of Rivenhall (LD)", "The Lord Bishop of Eastleigh"), a minister by office
 * with the holder in brackets, a member of the Commons by name, seat and party. The online record adds a "Copy link"
 * button under each label, and credits the mover of the question above it ("Asked by" / name).
 */
class ParliamentaryRecordsTest {

    private static final String LORDS = """
            Rural Broadband: Rollout
            Volume 902: debated on Tuesday 3 March 2026

            Asked by
            Lord Ashgrove

            To ask His Majesty's Government what progress they have made on rural broadband.

            Lord Ashgrove (Lab)
            Copy link to this contribution
            My Lords, the rollout has stalled in the hill farms of the north. Three villages in my county still wait for a date.

            The Countess of Dunmere (Con)
            Copy link to this contribution
            My Lords, the contractors tell me that the poles are the problem, not the fibre.

            The Lord Bishop of Eastleigh
            Copy link to this contribution
            My Lords, the parishes I serve lose their young people to the towns for want of a connection.

            Lord Mehta of Rivenhall (LD)
            Copy link to this contribution
            My Lords, satellite service costs twice what a fixed line does in those valleys.

            The Minister of State, Department for Culture, Media and Sport (Baroness Kerridge) (Lab)
            Copy link to this contribution
            My Lords, the next contracts will be signed in the spring, and every village named today is in them.

            Lord Mehta of Rivenhall (LD)
            Copy link to this contribution
            Will those contracts cover the valleys?

            The Minister of State, Department for Culture, Media and Sport (Baroness Kerridge) (Lab)
            Copy link to this contribution
            They will.
            """;

    @Test
    void peersBishopsAndMinistersByOfficeAreTheSpeakersOfTheirContributions() {
        ParsedDocument doc = parse(LORDS);
        assertThat(speakers(doc)).containsExactly("Lord Ashgrove", "Countess of Dunmere", "Bishop of Eastleigh",
                "Lord Mehta of Rivenhall", "Baroness Kerridge", "Lord Mehta of Rivenhall", "Baroness Kerridge");
        assertThat(doc.turns()).extracting(Turn::role).containsExactly("Lab", "Con", null, "LD",
                "Minister of State, Department for Culture, Media and Sport", "LD",
                "Minister of State, Department for Culture, Media and Sport");
        assertWellFormed(doc);
    }

    @Test
    void theCopyLinkButtonUnderALabelIsNoPartOfTheContribution() {
        assertThat(spoken(parse(LORDS))).allSatisfy(words -> assertThat(words).doesNotContain("Copy link"))
                .first().asString().startsWith("My Lords, the rollout has stalled");
    }

    @Test
    void theMoverCreditedUnderAskedByOpensNoTurn() {
        ParsedDocument doc = parse(LORDS);
        assertThat(doc.turns()).hasSize(7);
        assertThat(spoken(doc)).noneMatch(words -> words.contains("To ask His Majesty"));
    }

    @Test
    void membersOfTheCommonsByNameSeatAndPartyAndTheChairByOffice() {
        ParsedDocument doc = parse("""
                Ruth Calder (Harrow Vale) (Lab)
                The bus routes in my constituency have halved since 2019.

                Madam Deputy Speaker (Dame Ellen Furness)
                Order. I call the Minister.

                The Minister for Local Transport (Owen Pryce)
                The funding for those routes rises by a fifth next year.

                Ruth Calder (Harrow Vale) (Lab)
                Will that reach the villages?

                Owen Pryce
                It will reach every route that runs today.
                """);
        assertThat(speakers(doc)).containsExactly("Ruth Calder", "Dame Ellen Furness", "Owen Pryce", "Ruth Calder",
                "Owen Pryce");
        assertThat(doc.turns().get(0).role()).isEqualTo("Lab, Harrow Vale");
        assertThat(doc.turns().get(1).role()).isEqualTo("Madam Deputy Speaker");
        assertWellFormed(doc);
    }

    @Test
    void aTitledNameHeadingOnceIsNoTurn() {
        // a peer's title over a profile's section, with no other member's label around it, heads the section
        ParsedDocument doc = parse("""
                Lord Ashgrove

                He sat on the science committee for a decade and chaired it for two years.

                Early life

                He grew up in a mining town.
                """);
        assertThat(doc.turns()).isEmpty();
    }
}
