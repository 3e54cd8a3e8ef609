package id.cakupan.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

import id.cakupan.text.Text;

/**
 * One sheet of a workbook read as an input table: the first row that holds something is the
 * header, the rows below it are data, with the rules of a CSV file but typed cells. The sheet is
 * streamed, row by row, so that a large sheet costs only the rows the caller keeps. Cells beyond
 * the header's columns are ignored (a note beside the table is no error).
 */
final class SheetTable {

    /** Excel keeps 15 significant digits; the 17 it stores make {@code 0.1+0.2} read as 0.30000000000000004. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** Excel's error values, which a formula's stored value may be. */
    private static final Set<String> ERROR_VALUES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");
    /** What a number format holds besides its date and time letters: quoted text, escapes, [colours], padding. */
    private static final Pattern NOT_DATE_PARTS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]|[_*].");
    private static final Pattern DATE_LETTERS = Pattern.compile("[dmyhsDMYHS]");
    /** Excel's built-in number formats that show dates and times. */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31,
            32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    private SheetTable() {
    }

    /**
     * Reads sheet {@code index} of a workbook, handing each data row to {@code rows} as it is read.
     * Returns the number of data rows, or empty when the sheet cannot be read as a table.
     *
     * @param name the workbook and sheet as messages name them, {@code data/cakupan.xlsx [target]}
     */
    static Optional<Integer> read(Path workbook, int index, String name, List<String> required,
                                  List<String> optional, int maxRows, ErrorSink sink, Consumer<Row> rows)
            throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile(), new ReadingOptions(true, true));
             Stream<org.dhatim.fastexcel.reader.Row> stream = book.getSheet(index).orElseThrow().openStream()) {
            return new Reader(name, required, optional, maxRows, sink, rows).read(stream.iterator());
        } catch (ExcelReaderException | UncheckedIOException e) {
            // the library's own words, which we cannot translate, go into the message as they are
            sink.add(DataError.ofFile(name, Text.of("load.sheet.unreadable", String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
    }

    /**
     * Whether the sheet holds a header and nothing below it: a table of a template not filled in.
     * Its first row that holds something must name every required column, so that a sheet whose
     * only row is data, or a wrong header, still counts as given and is reported when read. A sheet
     * that cannot be read counts as given too, for the same reason.
     */
    static boolean isUnfilled(Sheet sheet, List<String> required) {
        DateFormats dateFormats = new DateFormats();
        try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
            boolean header = false;
            for (Iterator<org.dhatim.fastexcel.reader.Row> rows = stream.iterator(); rows.hasNext(); ) {
                org.dhatim.fastexcel.reader.Row row = rows.next();
                if (isBlank(row, dateFormats)) {
                    continue;
                }
                if (header) {
                    return false;
                }
                Set<String> names = new HashSet<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = cell(row.getCell(i), dateFormats);
                    if (cell != null) {
                        names.add(cell.text());
                    }
                }
                if (!names.containsAll(required)) {
                    return false;
                }
                header = true;
            }
            return header;
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            return false;
        }
    }

    /** Reads the rows: the header first, then the data. */
    private static final class Reader {
        private final String name;
        private final List<String> required;
        private final List<String> optional;
        private final int maxRows;
        private final ErrorSink sink;
        private final Consumer<Row> consumer;
        private RowSource.SheetSource source;
        /** The columns read, by name, and their positions. */
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private final DateFormats dateFormats = new DateFormats();

        Reader(String name, List<String> required, List<String> optional, int maxRows, ErrorSink sink,
               Consumer<Row> consumer) {
            this.name = name;
            this.required = required;
            this.optional = optional;
            this.maxRows = maxRows;
            this.sink = sink;
            this.consumer = consumer;
        }

        Optional<Integer> read(Iterator<org.dhatim.fastexcel.reader.Row> rows) {
            int count = 0;
            while (rows.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = rows.next();
                if (isBlank(row, dateFormats)) {
                    continue;
                }
                if (source == null) {
                    if (!header(row)) {
                        return Optional.empty();
                    }
                    continue;
                }
                if (++count > maxRows) {
                    sink.add(DataError.inSheet(name, row.getRowNum(), null, Text.of("load.sheet.tooManyRows",
                            Text.figure(maxRows)), true));
                    return Optional.empty();
                }
                Map<String, Cell> cells = new LinkedHashMap<>();
                columns.forEach((column, position) -> cells.put(column, cell(cellAt(row, position), dateFormats)));
                consumer.accept(new Row(source, row.getRowNum(), cells, sink));
            }
            if (source == null) {
                sink.add(DataError.ofFile(name, Text.of("load.sheet.empty", String.join(",", required))));
                return Optional.empty();
            }
            return Optional.of(count);
        }

        private boolean header(org.dhatim.fastexcel.reader.Row row) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                Cell cell = cell(row.getCell(i), dateFormats);
                names.add(cell == null ? "" : cell.text());
            }
            while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
                names.remove(names.size() - 1);
            }
            boolean personal = CsvFile.isPersonal(required);
            String shown = personal ? "" : CsvFile.excerpt(String.join(",", names), 80);
            boolean ok = true;
            Set<String> seen = new HashSet<>();
            Map<String, String> letters = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String column = names.get(i);
                boolean read = required.contains(column) || optional.contains(column);
                if (read && !seen.add(column)) {
                    sink.add(DataError.inSheet(name, row.getRowNum(), null, Text.of("load.header.twice", column),
                            true));
                    ok = false;
                }
                if (read && !columns.containsKey(column)) {
                    columns.put(column, i);
                    letters.put(column, CellAddress.convertNumToColString(i));
                }
            }
            List<String> missing = new ArrayList<>();
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    missing.add(column);
                    if (!personal) {
                        sink.add(DataError.inSheet(name, row.getRowNum(), null, Text.of("load.header.missing", column,
                                shown), true));
                    }
                    ok = false;
                }
            }
            if (personal && !missing.isEmpty()) {
                sink.add(DataError.inSheet(name, row.getRowNum(), null, CsvFile.missingPrivate(missing, names, required),
                        true));
            }
            source = ok ? new RowSource.SheetSource(name, letters) : null;
            return ok;
        }
    }

    private static boolean isBlank(org.dhatim.fastexcel.reader.Row row, DateFormats dateFormats) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (cell(row.getCell(i), dateFormats) != null) {
                return false;
            }
        }
        return true;
    }

    /** The cell at a position; null beyond the row's last cell, which a row of empty cells at its end stops before. */
    private static org.dhatim.fastexcel.reader.Cell cellAt(org.dhatim.fastexcel.reader.Row row, int position) {
        return position < row.getCellCount() ? row.getCell(position) : null;
    }

    /** A cell by its type; a formula by the value Excel stored with it. Null when empty. */
    static Cell cell(org.dhatim.fastexcel.reader.Cell cell, DateFormats dateFormats) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        Object value = cell.getValue();
        if (cell.getType() == CellType.ERROR) {
            return Cell.unreadable(String.valueOf(value), errorValue(String.valueOf(value)));
        }
        if (cell.getType() == CellType.FORMULA) {
            if (value == null || "".equals(value)) {
                String formula = "=" + cell.getFormula();
                return Cell.unreadable(formula, Text.of("load.cell.formulaNotStored", CsvFile.excerpt(formula, 40)));
            }
            if (value instanceof String text && ERROR_VALUES.contains(text)) {
                return Cell.unreadable(text, errorValue(text));
            }
        }
        if (value instanceof BigDecimal number) {
            if (dateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
                return Cell.date(cell.asDate().toLocalDate());
            }
            return Cell.number(number.round(EXCEL_DIGITS));
        }
        if (value instanceof Boolean truth) {
            return Cell.text(truth ? "TRUE" : "FALSE");
        }
        String text = value == null ? "" : value.toString().trim();
        return text.isEmpty() ? null : Cell.text(text);
    }

    private static Text errorValue(String value) {
        return Text.of("load.cell.errorValue", "\"" + value + "\"");
    }

    /**
     * Whether each number format of a sheet shows a date, worked out once per format: a sheet has a
     * few formats but may have a million number cells, and a template's whole-number columns carry
     * the custom format {@code 0}, which would otherwise be matched against patterns cell by cell.
     */
    static final class DateFormats {
        private final Map<String, Boolean> custom = new HashMap<>();

        boolean isDate(Integer id, String format) {
            if (id != null && BUILT_IN_DATES.contains(id)) {
                return true;
            }
            if (format == null) {
                return false;
            }
            return custom.computeIfAbsent(format, f -> isDateFormat(null, f));
        }
    }

    /** Whether a number format shows a date: one of Excel's date formats, or one with day, month or year letters. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && BUILT_IN_DATES.contains(id)) {
            return true;
        }
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        return DATE_LETTERS.matcher(NOT_DATE_PARTS.matcher(format).replaceAll("")).find();
    }
}
