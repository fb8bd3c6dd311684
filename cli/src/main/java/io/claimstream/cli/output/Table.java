package io.claimstream.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An aligned text table that fits a terminal width. Every column but the flexible one keeps its
 * natural width (up to its cap); the flexible one, usually the claim text at the end, gets what
 * is left and is cut with an ellipsis. Cells are single lines.
 */
public final class Table {

    private static final String GAP = "  ";
    private static final int FLEX_MIN = 12;

    public record Column(String header, boolean rightAligned, int maxWidth, boolean flexible,
                         Function<String, Style.Colour> colour) {

        public static Column left(String header) {
            return new Column(header, false, Integer.MAX_VALUE, false, null);
        }

        public static Column right(String header) {
            return new Column(header, true, Integer.MAX_VALUE, false, null);
        }

        public static Column flexible(String header) {
            return new Column(header, false, Integer.MAX_VALUE, true, null);
        }

        public Column max(int width) {
            return new Column(header, rightAligned, width, flexible, colour);
        }

        public Column coloured(Function<String, Style.Colour> by) {
            return new Column(header, rightAligned, maxWidth, flexible, by);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static Table of(Column... columns) {
        return new Table(List.of(columns));
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(DisplayWidth.oneLine(cell == null ? "" : cell.toString()));
        }
        rows.add(row);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public List<String> render(int totalWidth, Style style) {
        int[] widths = widths(totalWidth);
        List<String> lines = new ArrayList<>(rows.size() + 1);
        List<String> header = columns.stream().map(Column::header).toList();
        lines.add(line(header, widths, style, true));
        for (List<String> row : rows) {
            lines.add(line(row, widths, style, false));
        }
        return lines;
    }

    public String toString(int totalWidth, Style style) {
        return String.join(System.lineSeparator(), render(totalWidth, style)) + System.lineSeparator();
    }

    /** Natural widths, capped; then the flexible column shrinks (never below a readable minimum) to fit. */
    int[] widths(int totalWidth) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            int natural = DisplayWidth.of(columns.get(c).header());
            for (List<String> row : rows) {
                natural = Math.max(natural, DisplayWidth.of(row.get(c)));
            }
            widths[c] = Math.min(natural, Math.max(columns.get(c).maxWidth(), DisplayWidth.of(columns.get(c).header())));
        }
        int flex = flexibleColumn();
        if (flex >= 0) {
            int others = GAP.length() * (columns.size() - 1);
            for (int c = 0; c < widths.length; c++) {
                others += c == flex ? 0 : widths[c];
            }
            int room = Math.max(FLEX_MIN, totalWidth - others);
            widths[flex] = Math.min(widths[flex], room);
        }
        return widths;
    }

    private int flexibleColumn() {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).flexible()) {
                return c;
            }
        }
        return -1;
    }

    private String line(List<String> cells, int[] widths, Style style, boolean header) {
        StringBuilder line = new StringBuilder();
        int last = cells.size() - 1;
        for (int c = 0; c <= last; c++) {
            Column column = columns.get(c);
            String value = DisplayWidth.cut(cells.get(c), widths[c]);
            // the last column is not padded: trailing blanks only get in the way of copy and grep
            String padded = column.rightAligned() ? DisplayWidth.padLeft(value, widths[c])
                    : c == last ? value : DisplayWidth.padRight(value, widths[c]);
            if (header) {
                padded = style.bold(padded);
            } else if (column.colour() != null) {
                padded = style.paint(column.colour().apply(cells.get(c)), padded);
            }
            line.append(padded);
            if (c < last) {
                line.append(GAP);
            }
        }
        return line.toString().stripTrailing();
    }
}
