package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * Turn labels that abbreviate a name written out once: a print interview's initials ({@code PA:}) after its
 * introduction, a chat export's handles ({@code [14:02] nadia.k:}) after somebody names the people in the room.
 */
class AbbreviatedLabelsTest {

    @Test
    void initialsStandForTheNameTheIntroductionGives() {
        Analyses a = Analyses.of("""
                Petra Annunziata-Holm runs the model team at Calderwood. Our editor Soren Biel met her in Oslo.

                SB: What surprised you this year?

                PA: Distillation. Our small model now matches last year's large one on 80% of customer tasks.

                SB: And next year?

                PA: I expect on-device models to handle most support chats by 2028.
                """);
        assertThat(a.speakerOf("matches last year's large one")).isEqualTo("Petra Annunziata-Holm");
        assertThat(a.speakerOf("on-device models")).isEqualTo("Petra Annunziata-Holm");
        assertThat(a.speakerNames()).contains("Petra Annunziata-Holm").doesNotContain("PA", "SB");
        assertThat(a.speakerNamed("Petra Annunziata-Holm").aliases()).contains("PA");
    }

    @Test
    void chatHandlesStandForTheNamesSomebodyGivesThem() {
        Analyses a = parsed("""
                Channel export: #gpu-budget, all times UTC

                [14:00] nadia.k: hi both, for the notes: I'm Nadia Kowalczyk, with me are Oluwaseun Adeyemi and Björn Sandvik
                [14:01] seun: hey
                [14:02] bjorn.s: our training cluster sat idle 18% of last month because jobs waited on storage
                [14:03] seun: storage vendors will not fix that before 2027, we should build our own cache layer
                [14:04] nadia.k: the cache layer gets budget in Q1 then
                [14:05] bjorn.s: agreed, caching beats buying more GPUs for us
                """);
        assertThat(a.speakerOf("sat idle 18%")).isEqualTo("Björn Sandvik");
        assertThat(a.speakerOf("build our own cache layer")).isEqualTo("Oluwaseun Adeyemi");
        assertThat(a.speakerNames()).contains("Nadia Kowalczyk", "Björn Sandvik", "Oluwaseun Adeyemi")
                .doesNotContain("seun", "bjorn.s");
    }

    /** Through the parsing module, which reads a chat export's time-stamped handles as turn labels. */
    private static Analyses parsed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, "chat export", null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
    }

    @Test
    void abbreviationsMatchOnlyTheirOwnName() {
        assertThat(LabelAbbreviations.abbreviates("KT", "Kofi Tandoh")).isTrue();
        assertThat(LabelAbbreviations.abbreviates("KTL", "Kofi Tandoh-Lund")).isTrue();
        assertThat(LabelAbbreviations.abbreviates("KT", "Kofi Mensah")).isFalse();
        assertThat(LabelAbbreviations.abbreviates("jmorales", "Julia Morales")).isTrue();
        assertThat(LabelAbbreviations.abbreviates("julia.m", "Julia Morales")).isTrue();
        assertThat(LabelAbbreviations.abbreviates("jose.r", "José Rivera")).isTrue();
        assertThat(LabelAbbreviations.abbreviates("ju", "Julia Morales")).isFalse();
        assertThat(LabelAbbreviations.abbreviates("julia.x", "Julia Morales")).isFalse();
        assertThat(LabelAbbreviations.abbreviates("Tomas K.", "Tomas Kovac")).isTrue();
        assertThat(LabelAbbreviations.abbreviates("Tomas K", "Tomas Kovac")).isTrue();
        assertThat(LabelAbbreviations.abbreviates("Tomas K.", "Tomas Novak")).isFalse();
        assertThat(LabelAbbreviations.abbreviates("Tomas K.", "Tomas Novak Kovac")).isFalse();
        assertThat(RoleLabels.labelCutShort("Tomas K.", java.util.List.of("Tomas K.", "Tomas Kovac", "Tomas Novak")))
                .isEqualTo("Tomas Kovac");
        assertThat(RoleLabels.labelCutShort("Tomas K.", java.util.List.of("Tomas Kovac", "Tomas Kral"))).isNull();
    }
}
