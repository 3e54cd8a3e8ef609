package id.cakupan.load;

import java.util.List;

import id.cakupan.model.LineNumbers;

/**
 * One problem in the input data, printed as {@code file:line: column c: message}. The line is 0
 * and the column null where the problem is not tied to one. The same problem on several lines of
 * a column is one error that lists them ({@code lines}), printed as
 * {@code file:2, 3, 4 (3 lines): column c: message}.
 *
 * @param line  the first line with the problem
 * @param lines every line with the problem (the first ones and how many); null when it is not tied
 *              to a line
 */
public record DataError(String file, int line, String column, String message, LineNumbers lines)
        implements Comparable<DataError> {

    public DataError(String file, int line, String column, String message) {
        this(file, line, column, message, line > 0 ? new LineNumbers(List.of(line)) : null);
    }

    public static DataError ofFile(String file, String message) {
        return new DataError(file, 0, null, message);
    }

    public static DataError at(String file, int line, String message) {
        return new DataError(file, line, null, message);
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

    @Override
    public String toString() {
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
        return text.append(message).toString();
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
