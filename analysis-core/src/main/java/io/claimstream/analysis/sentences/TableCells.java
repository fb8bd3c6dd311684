package io.claimstream.analysis.sentences;

import java.util.ArrayList;
import java.util.List;

import io.claimstream.contracts.Span;

/** The cells of a {@code | a | b |} table row, as spans of the document text. */
public final class TableCells {

    private TableCells() {
    }

    /** Cells of a row whose outer pipes are already stripped. */
    public static List<Span> of(String text, Span row) {
        List<Span> cells = new ArrayList<>();
        int start = row.start();
        for (int i = row.start(); i <= row.end(); i++) {
            if (i == row.end() || text.charAt(i) == '|') {
                Span cell = BlockReader.trimmed(text, new Span(start, i));
                if (cell.length() > 0) {
                    cells.add(cell);
                }
                start = i + 1;
            }
        }
        return cells;
    }
}
