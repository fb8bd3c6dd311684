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
    @Test
    void aSurnameAfterInterviewWithStandsForTheFullNameTheIntroductionWrites() {
        ParsedDocument plain = parse("Tessa Varga builds battery models at Loam. Our interview with Varga has been condensed.\n\n"
                + TURNS);
        assertThat(speakers(plain)).containsExactly("Interviewer", "Tessa Varga", "Interviewer", "Tessa Varga");
        ParsedDocument particle = parse("Marloes van Dijk left the lab in May. What follows is an interview with van Dijk, "
                + "shortened.\n\n" + TURNS);
        assertThat(speakers(particle)).containsExactly("Interviewer", "Marloes van Dijk", "Interviewer", "Marloes van Dijk");
        ParsedDocument capitals = parse("BRIEFING BY PRESS OFFICER HUGO LINDQVIST AND ENGINEER ODILE FAYARD\n\n"
                + "A conversation with Ms. Fayard, in full.\n\n" + TURNS);
        assertThat(speakers(capitals)).containsExactly("Interviewer", "Odile Fayard", "Interviewer", "Odile Fayard");
    }

    @Test
    void aSurnameTwoPeopleShareNamesNobody() {
        ParsedDocument doc = parse("Tessa Varga and her brother Imre Varga run Loam. Our interview with Varga has been "
                + "condensed.\n\n" + TURNS);
        assertThat(speakers(doc)).containsExactly("Interviewer", "Interviewee", "Interviewer", "Interviewee");
    }

    @Test
    void anInterviewCreditAboveAnotherPersonsInterviewNamesWhoAsked() {
        ParsedDocument doc = parse("Interview: Pavel Kral\n\nOdile Fayard runs a robotics start-up in Lyon. "
                + "This is an interview with Odile Fayard about grippers.\n\n" + TURNS);
        assertThat(speakers(doc)).containsExactly("Pavel Kral", "Odile Fayard", "Pavel Kral", "Odile Fayard");
    }

    @Test
    void aHeaderCreditLineNamesBothSidesAndIsNoTurn() {
        String text = "Field Notes, episode 4\nHost: Owen Tarr | Guest: Lucia Ferro, founder and chief executive officer, "
                + "Ferro Robotics of Turin\n\n" + TURNS;
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Owen Tarr", "Lucia Ferro", "Owen Tarr", "Lucia Ferro");
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).startsWith("Host: Owen Tarr"))
                .extracting(io.claimstream.contracts.Paragraph::kind).containsExactly("metadata");
    }

    @Test
    void aSideThatNamesItselfInItsFirstTurnIsThatPerson() {
        ParsedDocument doc = parse("Our guest today runs a robotics firm.\n\nQ: Hello and welcome. I'm Nadia Okoro, and "
                + "this is Field Notes. Where is the market going?\n\nA: Prices will fall by half.\n\nQ: When?\n\n"
                + "A: Next year.");
        assertThat(speakers(doc)).containsExactly("Nadia Okoro", "Interviewee", "Nadia Okoro", "Interviewee");
    }

    @Test
    void aRoleLabelNamingItsPersonInParenthesesNamesThatSide() {
        String text = "Host (Bruno Saldanha): Welcome. Tonight I'm talking with a founder.\n\n" + TURNS;
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Bruno Saldanha", "Bruno Saldanha", "Interviewee", "Bruno Saldanha",
                "Interviewee");
        assertThat(doc.turns().get(0).role()).isEqualTo("Host");
    }

    @Test
    void aDashAfterTheLetterLabelsQuestionsAndAnswersWhenBothAreWritten() {
        String text = "Mara Lind spoke with Dev Patel.\n\nQ — Where is the market going?\n\nA — Prices will fall by half."
                + "\n\nQ — When?\n\nA — Next year.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Mara Lind", "Dev Patel", "Mara Lind", "Dev Patel");
        assertThat(doc.turns().get(1).span().of(text)).isEqualTo("Prices will fall by half.");
        assertThat(speakers(parse("A — perhaps the strangest year yet — is over.\n\nA — second thought."))).isEmpty();
    }

    @Test
    void aShowsNameOnItsEpisodeTitleLineIsNobodyInterviewed() {
        ParsedDocument doc = parse("Night Shift Radio — Episode 41: what the robots cost\n\n" + TURNS);
        assertThat(speakers(doc)).containsExactly("Interviewer", "Interviewee", "Interviewer", "Interviewee");
    }

    @Test
    void aProfileBoxsNameIsWhoAnswersInNotesThatNameOthersToo() {
        String text = "Profile\nName: Lucia Ferro (\"Dr. Ferro\" to her staff)\nNow: founder, Ferro Robotics\n"
                + "Notes by: Pia Brandt, Harbor Desk\n\nFerro took questions from viewers for an hour. "
                + "She spoke about grippers, prices and hiring. ".repeat(100) + "\n\n" + TURNS;
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Interviewer", "Lucia Ferro", "Interviewer", "Lucia Ferro");
    }
}
