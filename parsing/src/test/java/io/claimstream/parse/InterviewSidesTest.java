package io.claimstream.parse;

import io.claimstream.contracts.Participant;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Q:/A: interviews: the turns carry the people the introduction names in each role, and the labels
 * keep their own spans. Every sample is written for this test.
 */
class InterviewSidesTest {

    private static final String TURNS = "Q: Where is the market going?\n\nA: Prices will fall by half.\n\nQ: When?\n\nA: Next year.";

    @Test
    void bothSidesNamedBySpokeWith() {
        String text = "Mara Lind spoke with Dev Patel, CEO of Corvid, about agents.\n\n" + TURNS;
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Mara Lind", "Dev Patel", "Mara Lind", "Dev Patel");
        assertThat(doc.turns()).extracting(t -> t.label().of(text)).containsExactly("Q", "A", "Q", "A");
        assertThat(doc.turns().get(1).span().of(text)).isEqualTo("Prices will fall by half.");
        assertThat(doc.metadata().participants()).extracting(Participant::name).containsExactly("Mara Lind", "Dev Patel");
        Participant mara = doc.metadata().participants().get(0);
        assertThat(mara.span().of(text)).isEqualTo("Mara Lind"); // where the name is written, not the "Q"
        assertThat(doc.metadata().participants().get(1).role()).isEqualTo("CEO");
        assertWellFormed(doc);
    }

    @Test
    void anInterviewWithNamesTheAnswererAndAnOutletAsks() {
        String text = "An interview with Corvid CEO Dev Patel. The Harbor Ledger spoke with him in Oslo.\n\n" + TURNS;
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Interviewer", "Dev Patel", "Interviewer", "Dev Patel");
        assertThat(doc.turns().get(0).role()).isEqualTo("The Harbor Ledger");
        assertThat(doc.metadata().participants()).extracting(Participant::name).containsExactly("Dev Patel");
    }

    @Test
    void aTitleAndSpokeToUsNameTheAnswerer() {
        ParsedDocument titled = new DocumentParser().parse(new RawDocument("Questions were sent in advance.\n\n" + TURNS,
                "Interview: Ines Moreau on chip prices", null, null, null, null, null), Instant.EPOCH);
        assertThat(speakers(titled)).containsExactly("Interviewer", "Ines Moreau", "Interviewer", "Ines Moreau");
        ParsedDocument us = parse("Ines Moreau spoke to us from Lyon.\n\n" + TURNS);
        assertThat(speakers(us)).containsExactly("Interviewer", "Ines Moreau", "Interviewer", "Ines Moreau");
    }

    @Test
    void theInterviewerNamedByConductedByAndTheOnlyPersonIntroducedAnswers() {
        ParsedDocument doc = parse("Kofi Mensah founded Halden in 2021. The interview was conducted by Ana Ruiz.\n\n" + TURNS);
        assertThat(speakers(doc)).containsExactly("Ana Ruiz", "Kofi Mensah", "Ana Ruiz", "Kofi Mensah");
    }

    @Test
    void severalPeopleAndNoRoleSentenceLeaveTheSidesUnnamed() {
        ParsedDocument doc = parse("Kofi Mensah and Ana Ruiz both worked at Halden.\n\n" + TURNS);
        assertThat(speakers(doc)).containsExactly("Interviewer", "Interviewee", "Interviewer", "Interviewee");
        assertThat(doc.metadata().participants()).extracting(Participant::name).doesNotContain("Q", "A", "Interviewer", "Interviewee");
    }

    @Test
    void namedTurnsAreLeftAsTheyAre() {
        String text = "Mara Lind spoke with Dev Patel.\n\nMara Lind: Where next?\n\nDev Patel: Agents.\n\nMara Lind: When?\n\n"
                + "Dev Patel: Soon.";
        assertThat(speakers(parse(text))).containsExactly("Mara Lind", "Dev Patel", "Mara Lind", "Dev Patel");
    }
}
