package id.cakupan.load;

import java.util.List;

import id.cakupan.model.LineNumbers;
import id.cakupan.model.SourceRef;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/**
 * One problem in the input data, printed as {@code file:line: kolom c: message}, or for a sheet of
 * a workbook by its cell, {@code data/cakupan.xlsx [kepesertaan] D14: message}. The line is 0 and
 * the column null where the problem is not tied to one. The same problem on several lines of a
 * column is one error that lists them ({@code lines}), printed as
 * {@code file:2, 3, 4 (3 baris): kolom c: message} or {@code … [sheet] D2, D3, D4 (3 sel): message}.
 * The words of the place ("kolom", "baris", "sel") come from the catalogue, as the message does.
 *
 * @param file    the file as the user named it; for a sheet, the workbook and the sheet in brackets
 * @param column  the column's name in a CSV file, its letter in a sheet
 * @param message what is wrong, a key of the terminal catalogue and its arguments; equal messages
 *                of a column on several lines are merged into one error
 * @param lines   every line with the problem (the first ones and how many); null when it is not tied
 *                to a line
 * @param sheet   whether the file is a sheet, whose places are cells and rows, not lines
 */
public record DataError(String file, int line, String column, Text message, LineNumbers lines, boolean sheet)
        implements Comparable<DataError> {

    public DataError(String file, int line, String column, Text message, LineNumbers lines) {
        this(file, line, column, message, lines, false);
    }

    public DataError(String file, int line, String column, Text message) {
        this(file, line, column, message, line > 0 ? new LineNumbers(List.of(line)) : null);
    }

    public static DataError ofFile(String file, Text message) {
        return new DataError(file, 0, null, message);
    }

    public static DataError at(String file, int line, Text message) {
        return new DataError(file, line, null, message);
    }

    /** A problem with the row a record came from, in a CSV file or a sheet. */
    public static DataError at(SourceRef ref, Text message) {
        return inSheet(ref.file(), ref.line(), null, message, ref.sheet());
    }

    /**
     * A problem in a sheet: at a cell when {@code columnLetter} is given, else at a row (or the sheet
     * as a whole when {@code row} is 0).
     */
    static DataError inSheet(String sheet, int row, String columnLetter, Text message, boolean isSheet) {
        return new DataError(sheet, row, columnLetter, message, row > 0 ? new LineNumbers(List.of(row)) : null, isSheet);
    }

    /**
     * The errors with the same file, column and message on different lines merged into one that
     * lists the lines, so that a column exported wrongly gives one message, not one per row; at
     * most {@link ErrorSink#KEPT_PER_COLUMN} different errors per file and column, then how many
     * more. Sorted by file and first line.
     */
    public static List<DataError> collapse(List<DataError> errors) {
        ErrorSink sink = new ErrorSink();
        errors.forEach(sink::add);
        return sink.errors();
    }

    /**
     * The row a record came from as another message names it: {@code data/target.csv:3}, or
     * {@code data/cakupan.xlsx [target] baris 3} for a row of a sheet.
     */
    public static Object place(SourceRef ref) {
        return ref.sheet() ? Text.of("load.place.row", ref.file(), ref.line()) : ref.file() + ":" + ref.line();
    }

    /**
     * Items as a message lists them: {@code a}, {@code a dan b}, {@code a, b dan c}, the last two joined
     * by {@code lastKey} ({@code load.and} or {@code load.or}).
     */
    public static Object list(List<?> items, String lastKey) {
        Object listed = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            listed = Text.of(i == items.size() - 2 ? lastKey : "load.join", items.get(i), listed);
        }
        return listed;
    }

    /** The error as a text of the catalogue: its place, then its message. */
    public Text text() {
        return Text.of("load.at", sheet ? sheetPlace() : csvPlace(), message);
    }

    /** The error as printed, in the catalogue's language. */
    public String describe(Catalogue words) {
        return words.word(text());
    }

    /** The error in English, for logs and failed assertions; users see {@link #describe}. */
    @Override
    public String toString() {
        return describe(Catalogue.english());
    }

    private Object csvPlace() {
        Object place = file;
        if (lines != null && lines.count() > 1) {
            place = Text.of("load.place.lines", file, lines.words(), Text.figure(lines.count()));
        } else if (line > 0) {
            place = file + ":" + line;
        }
        return column != null ? Text.of("load.place.column", place, column) : place;
    }

    private Object sheetPlace() {
        LineNumbers rows = lines != null ? lines : line > 0 ? new LineNumbers(List.of(line)) : null;
        if (rows == null) {
            return column != null ? Text.of("load.place.sheetColumn", file, column) : file;
        }
        if (column != null) {
            return cells(file, column, rows);
        }
        return rows.count() == 1 ? Text.of("load.place.row", file, rows.first())
                : Text.of("load.place.rows", file, rows.words(), Text.figure(rows.count()));
    }

    /** Cells of a sheet's column: {@code … [sheet] D14}, or {@code … [sheet] D2, D3, D4 (3 sel)}. */
    static Object cells(String sheet, String columnLetter, LineNumbers rows) {
        return rows.count() == 1 ? sheet + " " + columnLetter + rows.first()
                : Text.of("load.place.cells", sheet, rows.cellWords(columnLetter), Text.figure(rows.count()));
    }

    @Override
    public int compareTo(DataError other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        return Integer.compare(line, other.line);
    }
}
