package id.cakupan.render.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as every output shows it: caption, columns, rows of formatted cells, and the text shown
 * when it has no rows. An output picks the columns it has room for by their keys.
 *
 * @param caption what the table holds, for the web page's caption
 * @param empty   the line shown instead of an empty table
 */
public record Table(String caption, String empty, List<Column> columns, List<Row> rows) {

    /** A row: its cells in column order, and whether it is the region the page or report is about. */
    public record Row(List<Cell> cells, boolean current) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException(caption + ": a row of " + row.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The column's place; an unknown key is a mistake in the program, never a silent blank. */
    public int index(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key + " in " + caption);
    }

    public Cell cell(Row row, String key) {
        return row.cells().get(index(key));
    }

    /** Whether any row has a known figure or some text in the column. */
    public boolean filled(String key) {
        int i = index(key);
        return rows.stream().map(r -> r.cells().get(i)).anyMatch(c -> c.known() && !c.text().isEmpty());
    }

    /** The same table with only these columns, in this order. */
    public Table select(List<String> keys) {
        int[] picked = keys.stream().mapToInt(this::index).toArray();
        List<Column> kept = new ArrayList<>();
        for (int i : picked) {
            kept.add(columns.get(i));
        }
        List<Row> narrowed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Cell> cells = new ArrayList<>(picked.length);
            for (int i : picked) {
                cells.add(row.cells().get(i));
            }
            narrowed.add(new Row(cells, row.current()));
        }
        return new Table(caption, empty, kept, narrowed);
    }

    /** Builds a table row by row. */
    static final class Builder {
        private final String caption;
        private final String empty;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        Builder(String caption, String empty) {
            this.caption = caption;
            this.empty = empty;
        }

        Builder column(String key, String label, boolean numeric) {
            columns.add(new Column(key, label, numeric));
            return this;
        }

        Builder row(boolean current, Cell... cells) {
            rows.add(new Row(List.of(cells), current));
            return this;
        }

        Table build() {
            return new Table(caption, empty, columns, rows);
        }
    }
}
