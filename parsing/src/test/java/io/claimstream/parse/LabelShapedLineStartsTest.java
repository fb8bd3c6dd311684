package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * Line starts shaped like speaker labels that are no person: an answer opening with a colon ("Yes: the grid is the
 * limit.") continues its turn; "From the audience:" is a voice from the room; a role among a digest's header fields ("Guest:" above "Format:"
 * and "Released:") describes the page.
 */
class LabelShapedLineStartsTest {

    @Test
    void anAnswerWordBeforeAColonContinuesTheTurn() {
        ParsedDocument doc = parse("""
                Evening panel on power and compute.

                Rosa Imbert: Is the grid the real limit now?

                Tomas Ferrer: I suspected you would ask that.
                Yes: by next year the binding limit will be substations, not accelerators.
                Well: that is my view, and I will defend it.

                Rosa Imbert: Thank you.

                Tomas Ferrer: Thank you.
                """);
        assertThat(speakers(doc)).containsExactly("Rosa Imbert", "Tomas Ferrer", "Rosa Imbert", "Tomas Ferrer");
        var second = doc.turns().get(1).span();
        assertThat(doc.text().substring(second.start(), second.end()))
                .contains("by next year the binding limit").contains("that is my view");
        assertWellFormed(doc);
    }

    @Test
    void aVoiceFromTheRoomIsATurnOfItsOwn() {
        ParsedDocument doc = parse("""
                Closing session, robotics week.

                Ines Duarte (host): We have time for one question from the room.

                From the audience: Thank you. I run a small parts warehouse. Will grippers get cheaper next year?

                Paulo Reis (Arvo Robotics): They will, by about a third, because the motors are now made in volume.

                Ines Duarte (host): Thank you both.
                """);
        assertThat(speakers(doc)).containsExactly("Ines Duarte", "From the audience", "Paulo Reis", "Ines Duarte");
        assertWellFormed(doc);
    }

    @Test
    void aRoleAmongADigestsHeaderFieldsOpensNoTurn() {
        ParsedDocument doc = parse("""
                INTERVIEW DIGEST
                Guest: Tiago Meireles, founder and CEO of Arvo Robotics
                Format: video call, seventy minutes, lightly edited
                Released: 12 March 2026
                Prepared by: Dana Whitlock, research desk

                Bottom line: the founder thinks warehouse robots pay for themselves within two years.
                """);
        assertThat(doc.turns()).isEmpty();
    }

    @Test
    void aRoleLabelUnderOneFieldStillOpensATurn() {
        ParsedDocument doc = parse("""
                Episode 14: warehouse robots
                Recorded: 12 March 2026
                Host: Welcome back. Today we talk about grippers.
                Guest: Thanks. Grippers are the hardest part of the robot.
                Host: Why?
                Guest: Because every parcel is different.
                """);
        assertThat(speakers(doc)).containsExactly("Host", "Guest", "Host", "Guest");
    }
}
