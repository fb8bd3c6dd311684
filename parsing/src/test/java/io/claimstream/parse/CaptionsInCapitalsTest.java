package io.claimstream.parse;

import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * Broadcast captions: written in capitals, wrapped at 32 columns, a change of speaker marked by "&gt;&gt;" and a
 * change of story by "&gt;&gt;&gt;". A short line in capitals is a wrapped line of the caption, not a heading.
 */
class CaptionsInCapitalsTest {

    @Test
    void wrappedLinesInCapitalsJoinIntoOneParagraphPerUtterance() {
        ParsedDocument doc = parse("""
                >>> GOOD EVENING. TONIGHT, A
                SHORTAGE OF MEMORY CHIPS THAT
                HAS DOUBLED THE PRICE OF
                SERVERS SINCE THE SPRING. OUR
                REPORTER HAS MORE.
                >> THANKS. THE WAREHOUSE BEHIND
                ME SHIPPED HALF AS MANY
                MACHINES THIS MONTH AS IT DID
                IN MAY, AND THE OWNERS EXPECT
                NO RELIEF BEFORE NEXT YEAR.
                >> WILL PRICES COME DOWN SOON?
                >> NOT THIS YEAR, IN MY VIEW.
                THE FACTORIES ARE FULL UNTIL
                THE SUMMER.
                >> THANK YOU FOR JOINING US.
                >> THANK YOU.
                """);
        assertThat(doc.paragraphs()).noneMatch(p -> p.kind().equals("heading"));
        assertThat(spoken(doc).get(0)).startsWith("GOOD EVENING. TONIGHT, A\nSHORTAGE").endsWith("HAS MORE.");
        assertThat(spoken(doc).get(1)).contains("IN MAY, AND THE OWNERS EXPECT\nNO RELIEF");
        assertThat(doc.paragraphs().stream().filter(p -> p.turn() == 1)).hasSize(1);
    }

    @Test
    void aWrappedLineThatOpensWithAFigureGoesOnWithTheSentence() {
        ParsedDocument doc = parse("""
                >>> GOOD EVENING. TONIGHT, WHAT
                THE NEW SERVER FARMS NORTH OF
                THE CITY WILL COST THE GRID.
                >> HOW MUCH DOES THE POWER COST?
                >> LESS THAN YOU THINK. POWER IS
                20 TO 25 PERCENT OF THE BILL
                FOR A SERVER FARM. THE REST IS
                THE HARDWARE, AND THE HARDWARE
                GETS CHEAPER EVERY SINGLE YEAR.
                >> THANK YOU FOR JOINING US.
                """);
        assertThat(doc.paragraphs()).noneMatch(p -> p.kind().equals("heading"));
        assertThat(doc.paragraphs()).anySatisfy(p -> assertThat(p.span().of(doc.text()))
                .contains("POWER IS\n20 TO 25 PERCENT").endsWith("EVERY SINGLE YEAR."));
    }

    @Test
    void aFigureOpeningALineAfterAFinishedSentenceStillHeadsASection() {
        ParsedDocument doc = parse("""
                The warehouse shipped half as many servers this month as it did in May.
                3 Lessons For Buyers
                Prices should ease once the new lines open next summer, the suppliers say.
                """);
        assertThat(doc.paragraphs()).anyMatch(p -> p.kind().equals("heading"));
    }

    @Test
    void aShortLineInCapitalsAmongOrdinaryProseIsStillAHeading() {
        ParsedDocument doc = parse("""
                MEMORY PRICES

                Server prices doubled since the spring, and buyers expect no relief before next year. Factories
                are full until the summer, the suppliers say, and new lines take two years to build.
                """);
        assertThat(doc.paragraphs().get(0).kind()).isEqualTo("heading");
    }
}
