package id.cakupan.model;

/**
 * Where a record came from: the file as the user named it (for a sheet, the workbook and the sheet,
 * {@code data/cakupan.xlsx [kepesertaan]}) and the line its row starts on (for a sheet, its row).
 *
 * @param sheet whether {@code file} is a sheet, whose rows are named "row 14" rather than ":14"
 */
public record SourceRef(String file, int line, boolean sheet) {

    /** A line of a CSV file. */
    public SourceRef(String file, int line) {
        this(file, line, false);
    }

    /** {@code data/target.csv:3}, or {@code data/cakupan.xlsx [target] row 3}. */
    @Override
    public String toString() {
        return sheet ? file + " row " + line : file + ":" + line;
    }
}
