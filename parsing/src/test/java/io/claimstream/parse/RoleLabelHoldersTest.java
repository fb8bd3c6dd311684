package io.claimstream.parse;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transcripts whose turns go under roles ("Host:", "Guest:", "Moderator:", "Chair:") that the text says who holds:
 * each label is the one person the text gives that role, wherever and however it says so. Every sample is written
 * for this test.
 */
class RoleLabelHoldersTest {

    private static final String FIRESIDE = "Host: Welcome back to the main stage.\n\nGuest: Glad to be here.\n\n"
            + "Host: Will inference get cheaper?\n\nGuest: By half within a year, I expect.\n\n"
            + "Moderator: We have time for one question from the floor.\n\nGuest: Then make it a hard one.";

    @Test
    void eachRoleIsThePersonTheIntroductionGivesIt() {
        ParsedDocument doc = parse("The closing session paired Marta Keane, host of the podcast Low Latency, with our "
                + "guest today, Tobias Wren. Questions from the hall were taken by conference moderator Ines Duarte.\n\n"
                + FIRESIDE);
        assertThat(speakers(doc)).containsExactly("Marta Keane", "Tobias Wren", "Marta Keane", "Tobias Wren",
                "Ines Duarte", "Tobias Wren");
        assertThat(doc.turns()).extracting(t -> t.label().of(doc.text())).startsWith("Host", "Guest");
        assertWellFormed(doc);
    }

    @Test
    void theGuestIsTheOnePersonNamedWhoHoldsNoOtherRole() {
        ParsedDocument doc = parse("Tonight on the main stage: Marta Keane, host of the show, and Tobias Wren. Questions "
                + "from the hall were taken by moderator Ines Duarte.\n\n" + FIRESIDE);
        assertThat(speakers(doc)).containsExactly("Marta Keane", "Tobias Wren", "Marta Keane", "Tobias Wren",
                "Ines Duarte", "Tobias Wren");
    }

    @Test
    void aKeyToTheLabelsNamesEachRole() {
        ParsedDocument doc = parse("In the transcript below, \"Host\" is Marta Keane and \"Guest\" is Tobias Wren; the "
                + "questions from the hall were put by Ines Duarte, marked \"Moderator\".\n\n" + FIRESIDE);
        assertThat(speakers(doc)).containsExactly("Marta Keane", "Tobias Wren", "Marta Keane", "Tobias Wren",
                "Ines Duarte", "Tobias Wren");
    }

    @Test
    void aRoleNamedOnlyAfterTheTranscriptIsThatPerson() {
        ParsedDocument doc = parse("A conversation with Tobias Wren about inference prices.\n\n" + FIRESIDE
                + "\n\nThe session was hosted by Marta Keane and moderated by Ines Duarte.");
        assertThat(speakers(doc)).containsExactly("Marta Keane", "Tobias Wren", "Marta Keane", "Tobias Wren",
                "Ines Duarte", "Tobias Wren");
    }

    @Test
    void aRoleThatIntroducesItselfInItsFirstTurnIsThatPerson() {
        ParsedDocument doc = parse("A conversation with Tobias Wren, hosted by Marta Keane.\n\n"
                + FIRESIDE.replace("Moderator: We have", "Moderator: Hello, I'm Ines Duarte, I'll be moderating. We have"));
        assertThat(speakers(doc)).containsExactly("Marta Keane", "Tobias Wren", "Marta Keane", "Tobias Wren",
                "Ines Duarte", "Tobias Wren");
    }

    @Test
    void twoHostsNamedInTheirLabelsKeepTheirOwnTurns() {
        ParsedDocument doc = parse("This week we talk to Tobias Wren.\n\nHost (Marta Keane): Welcome back.\n\n"
                + "Host (Olu Bankole): Our guest runs a chip start-up.\n\nGuest: Glad to be here.\n\n"
                + "Host (Olu Bankole): Will inference get cheaper?\n\nGuest: By half within a year.");
        assertThat(speakers(doc)).containsExactly("Marta Keane", "Olu Bankole", "Tobias Wren", "Olu Bankole",
                "Tobias Wren");
        assertThat(doc.turns().get(1).role()).isEqualTo("Host");
    }

    @Test
    void aChairTheRecordNamesIsThatPerson() {
        ParsedDocument doc = parse("The committee, chaired by Dame Helen Arkwright, heard evidence from Tobias Wren.\n\n"
                + "Chair: Mr Wren, will inference get cheaper?\n\nTobias Wren: By half within a year.");
        assertThat(speakers(doc)).containsExactly("Helen Arkwright", "Tobias Wren");
    }

    @Test
    void aRoleTheTextGivesTwoPeopleOrOnlyFormerlyIsNotResolvedByIt() {
        ParsedDocument two = parse("Marta Keane, host of Low Latency, and Olu Bankole, host of Cold Start, talked to "
                + "Ana Ruiz and Tobias Wren.\n\n" + FIRESIDE);
        assertThat(speakers(two).get(0)).isNotIn("Marta Keane", "Olu Bankole");
        ParsedDocument former = parse("Olu Bankole, a former host of the show, sat in the front row. Nobody else was "
                + "named.\n\nHost: Welcome.\n\nGuest: Thanks.\n\nHost: What next?\n\nGuest: Cheaper chips.");
        assertThat(speakers(former).get(0)).isNotEqualTo("Olu Bankole");
    }
}
