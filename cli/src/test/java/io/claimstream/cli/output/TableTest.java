package io.claimstream.cli.output;

import io.claimstream.cli.output.Table.Column;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

    private static Table claims() {
        return Table.of(Column.left("SPEAKER").max(12), Column.left("DATE"), Column.right("N"), Column.flexible("CLAIM"))
                .row("Mira Sandoval", "2026-06-12", 3, "The next gains will come from reinforcement learning on long agent tasks.")
                .row("Devraj Iyer", "", 12, "Compute is still the binding constraint.");
    }

    @Test
    void columnsAlignAndTheFlexibleColumnIsCutToTheWidth() {
        List<String> lines = claims().render(60, Style.PLAIN);

        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(60));
        assertThat(lines.get(0)).startsWith("SPEAKER       DATE         N  CLAIM");
        assertThat(lines.get(1)).startsWith("Mira Sandov…  2026-06-12   3  The next gains").endsWith("…");
        assertThat(lines.get(2)).isEqualTo("Devraj Iyer               12  Compute is still the binding…");
        int claimColumn = lines.get(0).indexOf("CLAIM");
        assertThat(lines.get(1).indexOf("The next")).isEqualTo(claimColumn);
        assertThat(lines.get(2).indexOf("Compute")).isEqualTo(claimColumn);
    }

    @Test
    void aWideTerminalShowsEverythingWithoutTrailingBlanks() {
        List<String> lines = claims().render(200, Style.PLAIN);

        assertThat(lines.get(1)).endsWith("long agent tasks.");
        assertThat(lines).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void aVeryNarrowTerminalStillShowsSomeOfTheClaim() {
        List<String> lines = claims().render(10, Style.PLAIN);

        assertThat(lines.get(1)).contains("The next");
    }

    @Test
    void colourOnlyWhenEnabled() {
        Table table = Table.of(Column.left("TYPE").coloured(t -> Style.Colour.MAGENTA), Column.flexible("CLAIM"))
                .row("prediction", "Prices fall.");

        assertThat(String.join("\n", table.render(80, Style.PLAIN))).doesNotContain("\u001B[");
        List<String> coloured = table.render(80, new Style(true));
        assertThat(coloured.get(0)).startsWith("\u001B[1m");
        assertThat(coloured.get(1)).startsWith("\u001B[35mprediction\u001B[0m");
    }

    @Test
    void cellsAreSingleLines() {
        List<String> lines = Table.of(Column.left("A"), Column.flexible("B")).row("x", "one\ntwo").render(80, Style.PLAIN);

        assertThat(lines.get(1)).isEqualTo("x  one two");
    }
}
