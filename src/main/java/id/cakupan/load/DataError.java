package id.cakupan.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.cakupan.model.LineNumbers;

/**
 * One problem in the input data, printed as {@code file:line: column c: message}. The line is 0
 * and the column null where the problem is not tied to one. The same problem on several lines of
 * a column is one error that lists them ({@code lines}), printed as
 * {@code file:2, 3, 4 (3 lines): column c: message}.
 *
 * @param line  the first line with the problem
 * @param lines every line with the problem; empty when it is not tied to a line
 */
public record DataError(String file, int line, String column, String message, List<Integer> lines)
        implements Comparable<DataError> {

    public DataError {
        lines = List.copyOf(lines);
    }

    public DataError(String file, int line, String column, String message) {
        this(file, line, column, message, line > 0 ? List.of(line) : List.of());
    }

    public static DataError ofFile(String file, String message) {
        return new DataError(file, 0, null, message);
    }

    public static DataError at(String file, int line, String message) {
        return new DataError(file, line, null, message);
    }

    /**
     * The errors with the same file, column and message on different lines merged into one that
     * lists the lines, so that a column exported wrongly gives one message, not one per row.
     * Sorted by file and first line.
     */
    public static List<DataError> collapse(List<DataError> errors) {
        Map<List<Object>, List<DataError>> groups = new LinkedHashMap<>();
        for (DataError error : errors) {
            List<Object> key = error.line > 0 ? Arrays.asList(error.file, error.column, error.message)
                    : List.of(new Object());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(error);
        }
        List<DataError> collapsed = new ArrayList<>();
        for (List<DataError> group : groups.values()) {
            DataError first = group.get(0);
            if (group.size() == 1) {
                collapsed.add(first);
            } else {
                List<Integer> lines = group.stream().flatMap(e -> e.lines.stream()).sorted().distinct().toList();
                collapsed.add(new DataError(first.file, lines.get(0), first.column, first.message, lines));
            }
        }
        collapsed.sort(null);
        return collapsed;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (lines.size() > 1) {
            text.append(':').append(new LineNumbers(lines)).append(" (").append(lines.size()).append(" lines)");
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
