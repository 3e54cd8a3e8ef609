package id.cakupan.render.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

import id.cakupan.render.IndicatorTables;
import id.cakupan.render.SafeText;
import id.cakupan.render.ValueTexts;
import id.cakupan.render.view.RegionViews;

/**
 * Writes one table as RFC 4180 CSV (CRLF, quotes only where needed), UTF-8 without byte-order
 * mark, dot decimals and no thousands separators; empty cells for missing values.
 *
 * <p>The tables are opened in spreadsheets, so text from the data must not become a formula there
 * (OWASP, "CSV Injection"): every text cell is cleaned like all free text ({@link SafeText#clean}:
 * control and bidirectional-override characters removed, at most {@link #TEXT_MAX} characters) and
 * one that starts with {@code =}, {@code +}, {@code -} or {@code @} gets a leading apostrophe.
 * Numbers are given as numbers ({@link Number}) and never touched: {@code -0.12} stays a value.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    /** The longest text in a cell, as the briefings and pages show a regulation title. */
    static final int TEXT_MAX = RegionViews.TITLE_MAX;
    private static final String FORMULA_START = "=+-@\t\r";

    private CsvTable() {
    }

    /**
     * Writes the table's header and rows to {@code file}, each row turned into text by
     * {@link #cell(Object)} as it is written, so that no copy of the table is held as text. A cell
     * that needs no quotes (see {@link #plain}) is written as it is; every other one, and the header,
     * is printed by commons-csv.
     */
    static void write(IndicatorTables.Table table, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        int columns = table.columns().size();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = table.header();
            for (int c = 0; c < header.size(); c++) {
                FORMAT.print(header.get(c), writer, c == 0);
            }
            FORMAT.println(writer);
            ValueTexts texts = new ValueTexts(CsvTable::cell);
            for (List<Object> row : table.rows()) {
                if (row.size() != columns) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, header " + columns);
                }
                for (int c = 0; c < columns; c++) {
                    Object value = row.get(c);
                    String text = value == null || value instanceof Number ? cell(value) : texts.of(value);
                    if (plain(text)) {
                        if (c > 0) {
                            writer.write(',');
                        }
                        writer.write(text);
                    } else {
                        FORMAT.print(text, writer, c == 0);
                    }
                }
                FORMAT.println(writer);
            }
        }
    }

    /**
     * Whether RFC 4180 as commons-csv prints it (quotes where needed) writes the cell as it is: not
     * empty, not starting with a character up to {@code #}, not ending in one up to a space, and
     * without line break, quote or comma. Printing each of the table's three million cells through
     * commons-csv, whose format locks itself for every cell, cost more than the rest of the table.
     */
    static boolean plain(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) <= '#' || text.charAt(length - 1) <= ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == ',') {
                return false;
            }
        }
        return true;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof CharSequence text) {
            return text(text.toString());
        }
        return value.toString();
    }

    /** Free text as a cell a spreadsheet shows as text: cleaned, shortened, a formula's first character escaped. */
    static String text(String value) {
        String cleaned = SafeText.clean(value, TEXT_MAX);
        // tab and carriage return, the other characters OWASP names, are already gone
        return !cleaned.isEmpty() && FORMULA_START.indexOf(cleaned.charAt(0)) >= 0 ? "'" + cleaned : cleaned;
    }
}
