package id.cakupan.model;

/**
 * A cell read with a correction whose intent is certain, such as {@code Ditetapkan} read as
 * {@code DITETAPKAN} or {@code 50%} as 50: the data is accepted, and the user is told what was read
 * so that the next export can be fixed. One warning stands for every line with the same value.
 *
 * @param file    the file as the user named it, or a workbook's sheet ({@code data/cakupan.xlsx [target]})
 * @param column  the column of the cells: its name in a CSV file, its letter in a sheet
 * @param message what was read, e.g. {@code read "Ditetapkan" as DITETAPKAN}
 * @param lines   where; null for the count of values beyond those listed
 * @param sheet   whether the lines are rows of a sheet, named by cell ({@code C3, C4})
 */
public record InputWarning(String file, String column, String message, LineNumbers lines, boolean sheet) {

    public InputWarning(String file, String column, String message, LineNumbers lines) {
        this(file, column, message, lines, false);
    }

    /**
     * {@code data/regulasi.csv: column status: read "Ditetapkan" as DITETAPKAN (lines 3, 4, 7)}, or for
     * a sheet {@code data/cakupan.xlsx [regulasi] F3, F4, F7: read "Ditetapkan" as DITETAPKAN}.
     */
    public String describe() {
        if (sheet) {
            return lines == null ? file + " column " + column + ": " + message
                    : file + " " + lines.cells(column) + ": " + message;
        }
        if (lines == null) {
            return file + ": column " + column + ": " + message;
        }
        return file + ": column " + column + ": " + message + " (" + (lines.count() == 1 ? "line " : "lines ")
                + lines + ")";
    }
}
