package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Lines of an interview summary that hold a view without a verb: rows of a table that sets one thing at two
 * times or under a column of judgement, list items that name a thing and judge it, and a view told as "holds that".
 */
class SummaryRowsTest {

    private static final String SUMMARY = """
            # Overview
            Ines Okafor, chief scientist of a Lagos speech lab, spoke at length on a radio programme in March.
            # Main views
            Ines Okafor holds that small speech models will soon run on every handset.
            | Topic | 2023 | 2026 |
            |---|---|---|
            | Training Cost | About two million dollars | Under three hundred thousand dollars |
            | Languages Covered | Twelve | Over forty |
            # Tools
            - Synthetic audio: Cheap but still too clean for noisy markets
            - Crowd recordings: Slow to gather
            - Source of the gains: largely from better microphones, not from bigger models
            - What improves first: dictation for clinics, where a wrong word is easy to spot
            # Players
            | Player | Approach | Okafor's Assessment |
            |---|---|---|
            | Telecom carriers | Bundled assistants | Locks users into one network |
            # Forecasts
            | Forecast | Horizon | Probability |
            |---|---|---|
            | Handsets transcribe twenty more languages offline | Within two years | About 60% |
            # Career
            | Period | Employer | Focus |
            |---|---|---|
            | 2019 | Radio Kano | Audio archives |
            # Advice
            | Audience | Suggestion |
            |---|---|
            | Regulators | Build shared test sets so that every lab can compare results |
            | Founders | Record local speakers before chasing benchmarks |
            """;

    @Test
    void rowsOfATableAcrossTwoTimesSayHowThingsChanged() {
        Analyses a = Analyses.of(SUMMARY);
        assertThat(a.speakerOf("Under three hundred thousand dollars")).isEqualTo("Ines Okafor");
        assertThat(a.speakerOf("Over forty")).isEqualTo("Ines Okafor");
        assertThat(a.claimWith("Audio archives")).isEmpty();
    }

    @Test
    void aColumnOfJudgementHoldsAViewInEveryRow() {
        assertThat(Analyses.of(SUMMARY).speakerOf("Locks users into one network")).isEqualTo("Ines Okafor");
    }

    @Test
    void aListItemThatNamesAThingAndJudgesItIsAView() {
        Analyses a = Analyses.of(SUMMARY);
        assertThat(a.speakerOf("Cheap but still too clean")).isEqualTo("Ines Okafor");
        assertThat(a.speakerOf("Slow to gather")).isEqualTo("Ines Okafor");
    }

    @Test
    void aCapitalisedImperativeOpeningACellIsNeitherASpeakerNorASubject() {
        Analyses a = Analyses.of(SUMMARY);
        assertThat(a.speakerOf("Build shared test sets")).isEqualTo("Ines Okafor");
        assertThat(a.speakerOf("Record local speakers")).isEqualTo("Ines Okafor");
        assertThat(a.speakerNames()).doesNotContain("Build");
    }

    @Test
    void holdingThatIsTellingAView() {
        Analyses a = Analyses.of(SUMMARY);
        assertThat(a.speakerOf("small speech models will soon run")).isEqualTo("Ines Okafor");
        assertThat(Analyses.of("Marta Ruiz holds that chip export rules will tighten next year. Marta Ruiz holds a stake"
                + " in two chip firms.").claimWith("holds a stake")).isEmpty();
        assertThat(Analyses.of("Paulo Mendes takes the view that open models are safer.")
                .speakerOf("open models are safer")).isEqualTo("Paulo Mendes");
    }

    @Test
    void aRowGivenAHorizonAndOddsIsTheSubjectsForecast() {
        Analyses a = Analyses.of(SUMMARY);
        assertThat(a.speakerOf("twenty more languages offline")).isEqualTo("Ines Okafor");
        assertThat(a.claimWith("twenty more languages offline").orElseThrow().type()).isEqualTo("prediction");
    }

    @Test
    void aLabelledItemSayingWhereFromOrWhatComesFirstIsTheSubjectsView() {
        Analyses a = Analyses.of(SUMMARY);
        assertThat(a.speakerOf("largely from better microphones")).isEqualTo("Ines Okafor");
        assertThat(a.speakerOf("dictation for clinics")).isEqualTo("Ines Okafor");
        // what is still to come first is a forecast, and the question word opens a label, not a question
        assertThat(a.claimWith("dictation for clinics").orElseThrow().type()).isEqualTo("prediction");
    }
}
