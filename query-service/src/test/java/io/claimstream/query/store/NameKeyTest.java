package io.claimstream.query.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NameKeyTest {

    private static final List<String> NAMES = List.of("Luo Fuli", "fuli LUO", "Luo-Fuli", "Li Guangmi (Moderator)",
            "Dr. Jane O'Neil", "  Zhu   Jun ", "José García", "Ng, Andrew", "罗福莉", "An Bo", "", "--", "X Æ A-12");

    @Test
    void spellingsOfOneNameShareAKey() {
        assertThat(NameKey.of("Luo Fuli")).isEqualTo(NameKey.of("fuli LUO")).isEqualTo(NameKey.of("Luo, Fuli."));
        assertThat(NameKey.of("Li Guangmi (Moderator)")).isEqualTo("guangmi li moderator");
    }

    @Test
    void hyphensJoinRatherThanSplit() {
        assertThat(NameKey.of("Luo-Fuli")).isEqualTo("luofuli");
    }

    @Test
    void differentPeopleStayApart() {
        assertThat(NameKey.of("Luo")).isNotEqualTo(NameKey.of("Luo Fuli"));
        assertThat(NameKey.of("Zhu Jun")).isNotEqualTo(NameKey.of("Zhu Wei"));
    }

    @Test
    void onlyMultiWordNamesAreDistinctive() {
        assertThat(NameKey.isDistinctive("Luo Fuli")).isTrue();
        assertThat(NameKey.isDistinctive("Luo")).isFalse();
        assertThat(NameKey.isDistinctive("Dr.")).isFalse();
    }

    @Test
    void descriptionsAreNotDistinctiveHoweverLong() {
        assertThat(NameKey.isDistinctive("The company")).isFalse();
        assertThat(NameKey.isDistinctive("the Brightmoor CEO")).isFalse();
        assertThat(NameKey.isDistinctive("our chief scientist")).isFalse();
        assertThat(NameKey.isDistinctive("an analyst at Fenwick")).isFalse();
        assertThat(NameKey.isDistinctive("Tessa Company")).isTrue();
        assertThat(NameKey.isDistinctive("Theo Marsh")).isTrue();
    }

    @Test
    void aSurnameWithItsParticleIsNotDistinctive() {
        // two people named de Vries in two documents share "de Vries"; only their full names tell them apart
        assertThat(NameKey.isDistinctive("de Vries")).isFalse();
        assertThat(NameKey.isDistinctive("Van der Berg")).isFalse();
        assertThat(NameKey.isDistinctive("Mr de Vries")).isFalse();
        assertThat(NameKey.isDistinctive("Anneke de Vries")).isTrue();
        assertThat(NameKey.isDistinctive("Du Yang")).isTrue();
        assertThat(NameKey.isDistinctive("Tarun Das")).isTrue();
    }

    @Test
    void genericTranscriptLabelsAreNotDistinctive() {
        assertThat(NameKey.isDistinctive("Speaker 1")).isFalse();
        assertThat(NameKey.isDistinctive("Guest A")).isFalse();
        assertThat(NameKey.isDistinctive("Audience Member")).isFalse();
        assertThat(NameKey.isDistinctive("Host Priya")).isFalse();
        assertThat(NameKey.isDistinctive("Host Priya Raman")).isTrue();
        assertThat(NameKey.isDistinctive("An Bo")).isTrue();
    }

    @Test
    void seatLabelsAreGenericLabels() {
        assertThat(NameKey.isGenericLabel("Moderator")).isTrue();
        assertThat(NameKey.isGenericLabel("SPEAKER 2")).isTrue();
        assertThat(NameKey.isGenericLabel("Audience Member")).isTrue();
        assertThat(NameKey.isGenericLabel("Host Priya")).isFalse();
        assertThat(NameKey.isGenericLabel("Peak")).isFalse();
        assertThat(NameKey.isGenericLabel("Q")).isFalse();
    }

    @Test
    void anHonorificAndASurnameAreNotDistinctive() {
        assertThat(NameKey.isDistinctive("Teacher Zhu")).isFalse();
        assertThat(NameKey.isDistinctive("Prof. Hale")).isFalse();
        assertThat(NameKey.isDistinctive("Dr. Ines Hale")).isTrue();
    }

    /** The evaluation compares speakers with score.py's name_key: the keys must agree exactly. */
    @Test
    void agreesWithTheScorersNameKey() throws IOException, InterruptedException {
        Path score = Path.of(System.getProperty("claimstream.repo", ".")).resolve("../shared/eval/score.py").normalize();
        assumeTrue(Files.exists(score), "score.py not present");
        StringBuilder script = new StringBuilder("import re, sys, json\n");
        String source = Files.readString(score);
        int start = source.indexOf("def name_key");
        assumeTrue(start >= 0, "score.py has no name_key");
        int end = source.indexOf("\n\n", start);
        script.append(source, start, end).append("\n");
        script.append("for line in sys.stdin.read().split('\\n')[:-1]:\n    print(' '.join(name_key(line)))\n");
        Process python;
        try {
            python = new ProcessBuilder("python3", "-c", script.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available");
            return;
        }
        python.getOutputStream().write((String.join("\n", NAMES) + "\n").getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> expected = output.lines().toList();
        assertThat(NAMES.stream().map(NameKey::of).toList()).isEqualTo(expected);
    }
}
