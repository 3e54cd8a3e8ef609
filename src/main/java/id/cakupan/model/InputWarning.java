package id.cakupan.model;

/**
 * A cell read with a correction whose intent is certain, such as {@code Ditetapkan} read as
 * {@code DITETAPKAN} or {@code 50%} as 50: the data is accepted, and the user is told what was read
 * so that the next export can be fixed. One warning stands for every line with the same value.
 *
 * @param file    the file as the user named it
 * @param column  the column of the cells
 * @param message what was read, e.g. {@code read "Ditetapkan" as DITETAPKAN}
 * @param lines   where; null for the count of values beyond those listed
 */
public record InputWarning(String file, String column, String message, LineNumbers lines) {

    /** {@code data/regulasi.csv: column status: read "Ditetapkan" as DITETAPKAN (lines 3, 4, 7)}. */
    public String describe() {
        if (lines == null) {
            return file + ": column " + column + ": " + message;
        }
        return file + ": column " + column + ": " + message + " (" + (lines.count() == 1 ? "line " : "lines ")
                + lines + ")";
    }
}
