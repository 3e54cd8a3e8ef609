package id.cakupan.model;

import id.cakupan.text.Text;

/**
 * A cell read with a correction whose intent is certain, such as {@code Ditetapkan} read as
 * {@code DITETAPKAN} or {@code 50%} as 50: the data is accepted, and the user is told what was read
 * so that the next export can be fixed. One warning stands for every line with the same value.
 *
 * @param file    the file as the user named it, or a workbook's sheet ({@code data/cakupan.xlsx [target]})
 * @param column  the column of the cells: its name in a CSV file, its letter in a sheet; null for a warning
 *                about another part of a file (a feature of the boundary file), placed by its first line
 * @param message what was read, e.g. {@code "Ditetapkan" dibaca sebagai DITETAPKAN}
 * @param lines   where; null for the count of values beyond those listed
 * @param sheet   whether the lines are rows of a sheet, named by cell ({@code C3, C4})
 */
public record InputWarning(String file, String column, Text message, LineNumbers lines, boolean sheet) {

    public InputWarning(String file, String column, Text message, LineNumbers lines) {
        this(file, column, message, lines, false);
    }

    /**
     * The warning as printed: {@code data/regulasi.csv: kolom status: "Ditetapkan" dibaca sebagai
     * DITETAPKAN (baris 3, 4, 7)}, or for a sheet {@code data/cakupan.xlsx [regulasi] F3, F4, F7 (3 sel):
     * "Ditetapkan" dibaca sebagai DITETAPKAN}.
     */
    public Text text() {
        if (column == null) {
            // a warning about a part of a file that is not a table, such as a feature of the boundary file
            return Text.of("load.at", lines == null ? file : file + ":" + lines.first(), message);
        }
        if (sheet) {
            if (lines == null) {
                return Text.of("load.at", Text.of("load.place.sheetColumn", file, column), message);
            }
            Object cells = lines.count() == 1 ? file + " " + column + lines.first()
                    : Text.of("load.place.cells", file, lines.cellWords(column), Text.figure(lines.count()));
            return Text.of("load.at", cells, message);
        }
        if (lines == null) {
            return Text.of("load.at", Text.of("load.place.column", file, column), message);
        }
        return Text.of(lines.count() == 1 ? "load.warning.line" : "load.warning.lines", file, column, message,
                lines.words());
    }
}
