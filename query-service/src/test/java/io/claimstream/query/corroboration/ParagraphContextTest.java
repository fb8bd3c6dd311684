package io.claimstream.query.corroboration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphContextTest {

    private static final String TEXT = "Title\n\nFirst paragraph. It has two sentences.\n  \nAnn: Second one here. "
            + "And the claim sentence.\nStill the same paragraph.\n\nThird.";

    @Test
    void theParagraphAroundTheSentence() {
        int start = TEXT.indexOf("And the claim");
        int end = start + "And the claim sentence.".length();
        ParagraphContext context = ParagraphContext.around(TEXT, start, end, 1000);
        assertThat(context.text()).isEqualTo("Ann: Second one here. And the claim sentence.\nStill the same paragraph.");
        assertThat(TEXT.substring(context.start(), context.end())).isEqualTo(context.text());
    }

    @Test
    void firstAndLastParagraphsReachTheEdges() {
        assertThat(ParagraphContext.around(TEXT, 0, 5, 1000).text()).isEqualTo("Title");
        int third = TEXT.indexOf("Third");
        assertThat(ParagraphContext.around(TEXT, third, third + 6, 1000).text()).isEqualTo("Third.");
    }

    @Test
    void aLongParagraphIsCutAroundTheSentenceAtWordBoundaries() {
        String words = "word ".repeat(400);
        String text = words + "The claim itself. " + words;
        int start = text.indexOf("The claim");
        ParagraphContext context = ParagraphContext.around(text, start, start + 17, 200);
        assertThat(context.text()).contains("The claim itself.").startsWith("word").endsWith("word");
        assertThat(context.text().length()).isLessThanOrEqualTo(200);
        assertThat(text.substring(context.start(), context.end())).isEqualTo(context.text());
    }

    @Test
    void spansOutsideTheTextAreClamped() {
        assertThat(ParagraphContext.around("short", 3, 99, 100).text()).isEqualTo("short");
    }
}
