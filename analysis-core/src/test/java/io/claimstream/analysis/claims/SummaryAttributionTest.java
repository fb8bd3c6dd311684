package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A summary of one person's views: its content lines are theirs, its narration and headings are not. */
class SummaryAttributionTest {

    private static final String SUMMARY = """
            # Overview
            Kofi Mensah, head of research at Baobab AI, spoke for two hours at a developer meetup in May.
            # Main views
            Kofi Mensah thinks open models have caught up on reasoning.
            | Area | Last year | Now |
            |---|---|---|
            | Reasoning | Far behind | Gap largely closed |
            | Tooling | Immature | Developers can rely on it |
            # Career path
            | Period | Employer | Focus |
            |---|---|---|
            | 2018 | Baobab AI | Speech recognition |
            # Recommendations
            | Audience | Action |
            |---|---|
            | Founders | Build on open weights |
            - Hire evaluators before hiring more researchers
            """;

    @Test
    void attributesContentLinesToThePersonTheSummaryIsAbout() {
        Analyses a = Analyses.of(SUMMARY);
        assertThat(a.speakerOf("caught up on reasoning")).isEqualTo("Kofi Mensah");
        assertThat(a.speakerOf("Gap largely closed")).isEqualTo("Kofi Mensah");
        assertThat(a.speakerOf("Developers can rely on it")).isEqualTo("Kofi Mensah");
        assertThat(a.speakerOf("Build on open weights")).isEqualTo("Kofi Mensah");
        assertThat(a.speakerOf("Hire evaluators")).isEqualTo("Kofi Mensah");
        assertThat(a.claimWith("Build on open weights").orElseThrow().type()).isEqualTo("recommendation");
    }

    @Test
    void leavesOutNarrationHeadingsHeaderRowsAndDescriptiveRows() {
        Analyses a = Analyses.of(SUMMARY);
        assertThat(a.claimWith("spoke for two hours")).isEmpty();
        assertThat(a.claimWith("Main views")).isEmpty();
        assertThat(a.claimWith("Last year")).isEmpty();
        assertThat(a.claimWith("Speech recognition")).isEmpty();
        assertThat(a.speakerNamed("Kofi Mensah").affiliations()).contains("Baobab AI");
    }
}
