package id.cakupan.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Test helpers: a workbook's sheet read back as cells, compared with a CSV file, and its XML parts. */
final class Workbooks {

    private Workbooks() {
    }

    /** The sheet's rows, each cell as written: a BigDecimal for a number, a String for text, null when empty. */
    static List<List<Object>> read(Path xlsx, String sheet) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : workbook.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet)).read()) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getType() == CellType.EMPTY ? null
                            : cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    static List<List<String>> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                rows.add(record.toList());
            }
            return rows;
        }
    }

    /**
     * Asserts that every cell of the sheet equals the CSV file's: the same rows in the same order, a
     * number where the CSV has one in a column the caller names numeric, text otherwise.
     */
    static void assertSameCells(Path csvFile, List<List<Object>> sheet, Predicate<String> numeric)
            throws IOException {
        List<List<String>> csv = csv(csvFile);
        assertEquals(csv.size(), sheet.size(), csvFile + ": rows");
        List<String> header = csv.get(0);
        assertEquals(header, sheet.get(0), csvFile + ": header");
        for (int r = 1; r < csv.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String expected = csv.get(r).get(c);
                Object actual = c < sheet.get(r).size() ? sheet.get(r).get(c) : null;
                String where = csvFile.getFileName() + " row " + (r + 1) + " column " + header.get(c);
                if (expected.isEmpty()) {
                    assertEquals(null, actual, where);
                } else if (numeric.test(header.get(c))) {
                    assertTrue(actual instanceof BigDecimal, where + ": a number, not " + actual);
                    assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), where + ": " + actual);
                } else {
                    // a CSV cell starting like a formula has an apostrophe there; a workbook's text cell needs none
                    String text = expected.startsWith("'") && "=+-@".indexOf(expected.charAt(1)) >= 0
                            ? expected.substring(1) : expected;
                    assertEquals(text, actual, where);
                }
            }
        }
    }

    static List<String> sheetNames(Path xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            return workbook.getSheets().map(Sheet::getName).toList();
        }
    }

    /** A part of the package, e.g. {@code xl/worksheets/sheet1.xml}. */
    static String part(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            var entry = zip.getEntry(name);
            assertTrue(entry != null, xlsx + " has " + name);
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The XML of the sheet with this name, found through the workbook's list of sheets. */
    static String sheetXml(Path xlsx, String sheet) throws IOException {
        String workbook = part(xlsx, "xl/workbook.xml");
        var matcher = Pattern.compile("<sheet name=\"" + Pattern.quote(sheet)
                + "\" r:id=\"[^\"]*\" sheetId=\"(\\d+)\"").matcher(workbook);
        assertTrue(matcher.find(), "sheet " + sheet + " in " + workbook);
        return part(xlsx, "xl/worksheets/sheet" + matcher.group(1) + ".xml");
    }
}
