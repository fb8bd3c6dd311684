package io.claimstream.parse.structure;

import io.claimstream.contracts.Span;
import io.claimstream.contracts.Table;
import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Chars;

import java.util.ArrayList;
import java.util.List;

/** Reads pipe tables ({@code | a | b |}) into rows of cell texts; the separator row is dropped. */
public final class Tables {

    private Tables() {
    }

    public static List<Table> of(String text, List<Draft> drafts) {
        List<Table> tables = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft.kind.equals(Draft.TABLE)) {
                List<List<String>> rows = rows(text, draft.start, draft.end);
                if (!rows.isEmpty()) {
                    tables.add(new Table(new Span(draft.start, draft.end), rows));
                }
            }
        }
        return tables;
    }

    static List<List<String>> rows(String text, int start, int end) {
        List<List<String>> rows = new ArrayList<>();
        int lineStart = start;
        while (lineStart < end) {
            int lineEnd = lineStart;
            while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            List<String> cells = cells(text, lineStart, lineEnd);
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
            lineStart = lineEnd + 1;
        }
        return rows;
    }

    private static List<String> cells(String text, int start, int end) {
        int s = Chars.skipSpace(text, start, end);
        int e = Chars.trimEnd(text, s, end);
        if (s < e && text.charAt(s) == '|') {
            s++;
        }
        if (e > s && text.charAt(e - 1) == '|') {
            e--;
        }
        List<String> cells = new ArrayList<>();
        boolean separator = true;
        int cellStart = s;
        for (int i = s; i <= e; i++) {
            if (i == e || (text.charAt(i) == '|' && (i == s || text.charAt(i - 1) != '\\'))) {
                String cell = text.substring(cellStart, i).strip();
                separator &= cell.chars().allMatch(c -> c == '-' || c == ':') && !cell.isEmpty();
                cells.add(Emphasis.strip(cell));
                cellStart = i + 1;
            }
        }
        return separator ? List.of() : cells;
    }
}
