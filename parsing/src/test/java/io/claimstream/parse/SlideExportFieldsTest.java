package io.claimstream.parse;

import static io.claimstream.parse.Samples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A presentation exported with its notes repeats the same field labels in every section ("SLIDE TEXT:",
 * "SPEAKER NOTES:"). They name what the field holds, not who speaks it.
 */
class SlideExportFieldsTest {

    @Test
    void fieldLabelsOfAnExportAreNoSpeakers() {
        ParsedDocument doc = parse("""
                --- Slide 1 of 3 ---
                TITLE: Warehouse robots in 2027
                SLIDE TEXT:
                Dana Whitlock — Research Director, Northgate Capital
                SPEAKER NOTES:
                Good morning. I cover industrial automation for the firm.

                --- Slide 2 of 3 ---
                TITLE: Prices
                SLIDE TEXT:
                Robot arm prices fell by a quarter this year.
                SPEAKER NOTES:
                I expect prices to fall again next year, because the component makers have doubled capacity.

                --- Slide 3 of 3 ---
                TITLE: Thank you
                SLIDE TEXT:
                Questions welcome.
                SPEAKER NOTES:
                Thanks everyone.
                """);
        assertThat(doc.turns()).noneMatch(t -> t.speaker().equalsIgnoreCase("Slide Text")
                || t.speaker().equalsIgnoreCase("Speaker Notes"));
    }

    @Test
    void theNotesArePresentersUntilAHandOverAndTheTitlesNobodys() {
        ParsedDocument doc = parse("""
                --- Slide 1 of 4 ---
                TITLE: Warehouse robots in 2027
                SLIDE TEXT:
                Dana Whitlock, PhD — Research Director, Northgate Capital
                SPEAKER NOTES:
                Good morning. I cover industrial automation for the firm.

                --- Slide 2 of 4 ---
                TITLE: Europe
                SLIDE TEXT:
                Samir Osei — Analyst, European Industrials
                SPEAKER NOTES:
                HANDOVER TO SAMIR.
                European buyers wait for subsidies before they order robots.

                --- Slide 3 of 4 ---
                TITLE: Prices
                SLIDE TEXT:
                Robot arm prices fell by a quarter in Europe this year.
                SPEAKER NOTES:
                German integrators expect another cut next spring. Over to Dana for the outlook.

                --- Slide 4 of 4 ---
                TITLE: Outlook
                SLIDE TEXT:
                Robot orders double by 2028
                SPEAKER NOTES:
                I expect orders to double, because the component makers have doubled capacity.
                """);
        assertThat(doc.turns()).extracting(t -> t.speaker()).containsExactly("Dana Whitlock", "Dana Whitlock",
                "Dana Whitlock", "Samir Osei", "Samir Osei", "Samir Osei", "Dana Whitlock", "Dana Whitlock");
        assertThat(doc.turns()).noneMatch(t -> t.span().of(doc.text()).contains("TITLE"));
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(doc.text()).startsWith("TITLE"))
                .allMatch(p -> p.turn() < 0);
    }
}
