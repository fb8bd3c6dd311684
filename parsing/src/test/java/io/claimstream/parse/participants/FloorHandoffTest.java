package io.claimstream.parse.participants;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FloorHandoffTest {

    private static final String TALK_BODY = "I want to explain why our chatbots still forget what customers told them. "
            + "Last spring we measured recall across nine thousand support conversations. "
            + "Fewer than a third of returning customers were recognised by the assistant. "
            + "I think memory will matter more than model size for the next three years.\n\n"
            + "Vendors should publish how long they keep what users say. "
            + "That is the only way buyers can compare them.";

    private static ParsedDocument parse(String text, String format) {
        return new DocumentParser().parse(new RawDocument(text, "Keynote", null, null, "2026-10-01", "en", format),
                Instant.parse("2026-10-02T00:00:00Z"));
    }

    @Test
    void theTalkAfterAHostsWelcomeIsThePersonWelcomed() {
        String text = "Good afternoon and welcome back to the Data Summit.\n\n"
                + "Our next speaker leads applied research at Quillmark.\n\nPlease welcome Ines Okonkwo-Baptiste.\n\n"
                + "Thank you for having me.\n\n" + TALK_BODY + "\n";
        ParsedDocument doc = parse(text, null);
        assertThat(doc.turns()).hasSize(1);
        Turn talk = doc.turns().get(0);
        assertThat(talk.speaker()).isEqualTo("Ines Okonkwo-Baptiste");
        assertThat(talk.label().of(text)).isEqualTo("Ines Okonkwo-Baptiste");
        assertThat(talk.span().of(text)).startsWith("Thank you for having me.").endsWith("compare them.");
        // the host's opening stays outside any turn; every paragraph of the talk belongs to it
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().start() < talk.span().start()).allMatch(p -> p.turn() == -1);
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().start() >= talk.span().start()).isNotEmpty()
                .allMatch(p -> p.turn() == 0);
    }

    @Test
    void theHostThankingTheSpeakerByNameEndsTheTalk() {
        String text = "It is my great pleasure to introduce Dr. Tomas Lindqvist.\n\n" + TALK_BODY
                + "\n\nThank you, Tomas, for a sharp talk. We will break for coffee now.\n";
        ParsedDocument doc = parse(text, null);
        assertThat(doc.turns()).singleElement().satisfies(talk -> {
            assertThat(talk.speaker()).isEqualTo("Tomas Lindqvist");
            assertThat(talk.span().of(text)).startsWith("I want to explain").endsWith("compare them.");
        });
    }

    @Test
    void subtitleCuesOfAnUnlabelledKeynoteGoToTheWelcomedSpeakerAndASentenceBeforeAColonIsNoLabel() {
        String srt = """
                1
                00:00:00,000 --> 00:00:04,000
                Welcome, everyone, to the second morning.

                2
                00:00:04,500 --> 00:00:07,000
                Please join me in welcoming Lena Hoffmann-Roy.

                3
                00:00:07,500 --> 00:00:12,000
                Thanks. The point is simple: benchmarks age faster than the models they measure.

                4
                00:00:12,500 --> 00:00:20,000
                Last year my group rebuilt three public evaluation suites from scratch because every frontier model had saturated them.

                5
                00:00:20,500 --> 00:00:28,000
                I expect private evaluation suites to become the norm for procurement within two years, and buyers should insist on them.
                """;
        ParsedDocument doc = parse(srt, null);
        assertThat(doc.turns()).singleElement().satisfies(talk -> {
            assertThat(talk.speaker()).isEqualTo("Lena Hoffmann-Roy");
            assertThat(talk.span().of(doc.text())).startsWith("Thanks. The point is simple: benchmarks age");
        });
    }

    @Test
    void aDocumentWithSpeakerLabelsOrNoHandoffIsLeftAlone() {
        String labelled = "Closing session\n\nAna Ruiz: Please welcome Tomas Lindqvist.\n\nTomas Lindqvist: " + TALK_BODY
                + "\n\nAna Ruiz: Does that hold for small vendors?\n\nTomas Lindqvist: It holds for them most of all.\n";
        assertThat(parse(labelled, null).turns()).extracting(Turn::speaker)
                .containsExactly("Ana Ruiz", "Tomas Lindqvist", "Ana Ruiz", "Tomas Lindqvist");
        String article = "The conference opened on Monday. " + TALK_BODY + "\n";
        assertThat(parse(article, null).turns()).isEmpty();
        String mention = "Organisers said they were pleased to welcome Tomas Lindqvist. That was all.\n";
        assertThat(parse(mention, null).turns()).as("too little speech after it").isEmpty();
    }

    @Test
    void aLabelledHostsWelcomeHandsTheUnlabelledParagraphsAfterItToTheWelcomedSpeaker() {
        String text = "Mara Quint: Good morning, everyone. Our opening speaker builds storage systems for AI labs. "
                + "Please welcome Tobias Renn.\n\n" + TALK_BODY + "\n\n"
                + "Mara Quint: Thank you, Tobias. We have a few minutes for questions.\n\n"
                + "Tobias Renn: Happy to take them.\n";
        ParsedDocument doc = parse(text, null);
        assertThat(doc.turns()).extracting(Turn::speaker).containsExactly("Mara Quint", "Tobias Renn", "Mara Quint",
                "Tobias Renn");
        Turn talk = doc.turns().get(1);
        assertThat(talk.span().of(text)).startsWith("I want to explain").endsWith("compare them.");
        assertThat(doc.turns().get(0).span().of(text)).endsWith("Please welcome Tobias Renn.");
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).startsWith("Vendors should")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(1));
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).contains("Happy to take them")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(3));
    }

    @Test
    void aLabelledHostWhoWelcomesAndGoesOnTalkingKeepsTheTurn() {
        String text = "Mara Quint: Please welcome Tobias Renn. He will join us after the break.\n\n" + TALK_BODY
                + "\n\nTobias Renn: Thanks, Mara.\n\nMara Quint: Let us start.\n";
        ParsedDocument doc = parse(text, null);
        assertThat(doc.turns()).extracting(Turn::speaker).containsExactly("Mara Quint", "Tobias Renn", "Mara Quint");
    }

    @Test
    void aChairUnderTheirOwnHeadingHandsTheFloorToTheSpeakerWelcomed() {
        String text = "# Morning session\n\n## Ruth Abernathy\n\nGood morning. Our first speaker builds memory systems."
                + " Please welcome Ines Okonkwo-Baptiste.\n\n" + TALK_BODY
                + "\n\n## Ruth Abernathy\n\nThank you. Questions, please.\n\n## Mark Ellery\n\nHow long do you keep them?\n\n"
                + "## Ruth Abernathy\n\nA last one.\n\n## Mark Ellery\n\nThank you.\n";
        ParsedDocument doc = parse(text, "markdown");
        assertThat(doc.turns()).extracting(Turn::speaker).startsWith("Ruth Abernathy", "Ines Okonkwo-Baptiste",
                "Ruth Abernathy");
        assertThat(doc.turns().get(1).span().of(text)).startsWith("I want to explain").endsWith("compare them.");
    }
}
