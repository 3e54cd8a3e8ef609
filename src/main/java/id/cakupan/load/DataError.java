package id.cakupan.load;

/**
 * One problem in the input data, printed as {@code file:line: column c: message}. The line is 0
 * and the column null where the problem is not tied to one.
 */
public record DataError(String file, int line, String column, String message) implements Comparable<DataError> {

    public static DataError ofFile(String file, String message) {
        return new DataError(file, 0, null, message);
    }

    public static DataError at(String file, int line, String message) {
        return new DataError(file, line, null, message);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
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
