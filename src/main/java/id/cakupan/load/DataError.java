package id.cakupan.load;

import java.util.List;

import id.cakupan.model.LineNumbers;
import id.cakupan.model.SourceRef;

/**
 * One problem in the input data, printed as {@code file:line: column c: message}, or for a sheet of
 * a workbook by its cell, {@code data/cakupan.xlsx [kepesertaan] D14: message}. The line is 0 and
 * the column null where the problem is not tied to one. The same problem on several lines of a
 * column is one error that lists them ({@code lines}), printed as
 * {@code file:2, 3, 4 (3 lines): column c: message} or {@code … [sheet] D2, D3, D4 (3 cells): message}.
 *
 * @param file   the file as the user named it; for a sheet, the workbook and the sheet in brackets
 * @param column the column's name in a CSV file, its letter in a sheet
 * @param lines  every line with the problem (the first ones and how many); null when it is not tied
 *               to a line
 * @param sheet  whether the file is a sheet, whose places are cells and rows, not lines
 */
public record DataError(String file, int line, String column, String message, LineNumbers lines, boolean sheet)
        implements Comparable<DataError> {

    public DataError(String file, int line, String column, String message, LineNumbers lines) {
        this(file, line, column, message, lines, false);
    }

    public DataError(String file, int line, String column, String message) {
        this(file, line, column, message, line > 0 ? new LineNumbers(List.of(line)) : null);
    }

    public static DataError ofFile(String file, String message) {
        return new DataError(file, 0, null, message);
    }

    public static DataError at(String file, int line, String message) {
        return new DataError(file, line, null, message);
    }

    /** A problem with the row a record came from, in a CSV file or a sheet. */
    public static DataError at(SourceRef ref, String message) {
        return inSheet(ref.file(), ref.line(), null, message, ref.sheet());
    }

    /**
     * A problem in a sheet: at a cell when {@code columnLetter} is given, else at a row (or the sheet
     * as a whole when {@code row} is 0).
     */
    static DataError inSheet(String sheet, int row, String columnLetter, String message, boolean isSheet) {
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

    /** The error as printed, in the catalogue's language. */
    public String describe(id.cakupan.text.Catalogue words) {
        return toString();
    }

    @Override
    public String toString() {
        return sheet ? sheetPlace() + message : csvPlace() + message;
    }

    private String csvPlace() {
        StringBuilder text = new StringBuilder(file);
        if (lines != null && lines.count() > 1) {
            text.append(':').append(lines).append(" (").append(lines.count()).append(" lines)");
        } else if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append("column ").append(column).append(": ");
        }
        return text.toString();
    }

    private String sheetPlace() {
        LineNumbers rows = lines != null ? lines : line > 0 ? new LineNumbers(List.of(line)) : null;
        if (rows == null) {
            return file + (column != null ? " column " + column : "") + ": ";
        }
        return file + " " + (column != null ? rows.cells(column) : rows.rows()) + ": ";
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
