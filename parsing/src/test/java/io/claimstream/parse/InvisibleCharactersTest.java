package io.claimstream.parse;

import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

/**
 * A transcript copied out of a web page keeps the page's no-break spaces and zero-width characters: the parser reads
 * it as a reader sees it, so labels and names are found as in the clean copy, and every span still points into the
 * text as it was sent.
 */
class InvisibleCharactersTest {

    private static final String CLEAN = """
            Nadia Fischer: Welcome, Dr. Omar Reyes. What changed in your lab this year?

            Omar Reyes: We stopped pretraining. Fine-tuning open models is cheaper, and I think it will stay cheaper.

            Nadia Fischer: For how long?

            Omar Reyes: At least until 2028, in my view.
            """;

    private static final String COPIED = CLEAN.replace("Dr. Omar", "Dr.\u00A0Omar").replace(": ", ":\u00A0")
            .replace(". W", ". \u200BW").replace("Fine-tuning", "Fine\u00ADtuning").replace("Reyes", "Re\u2060yes");

    @Test
    void noBreakSpacesAndZeroWidthCharactersChangeNoTurn() {
        ParsedDocument clean = parse(CLEAN);
        ParsedDocument copied = parse(COPIED);
        assertThat(speakers(copied)).isEqualTo(speakers(clean)).contains("Omar Reyes");
        assertThat(copied.text()).doesNotContain("\u00A0", "\u200B", "\u2060", "\u00AD");
        assertThat(copied.submittedText()).isEqualTo(COPIED);
    }

    @Test
    void aTurnsSpanPointsIntoTheTextAsSent() {
        ParsedDocument copied = parse(COPIED);
        Turn second = copied.turns().get(1);
        assertThat(copied.toSubmitted(second.span()).of(COPIED))
                .isEqualTo("We stopped pretraining. Fine\u00ADtuning open models is cheaper, and I think it will stay"
                        + " cheaper.");
    }

    @Test
    void aTextWithoutThemIsItsOwnSubmission() {
        assertThat(parse(CLEAN).submission()).isNull();
    }
}
