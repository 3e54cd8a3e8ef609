package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.cakupan.text.Catalogue;

class RowTest {

    private static Row row(String value) {
        Map<String, String> cells = new HashMap<>();
        cells.put("x", value);
        return Row.ofText("f.csv", 7, cells, new ErrorSink());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.500|\"12.500\" bukan bilangan bulat (tulis 12500)",
        "1.250.000|\"1.250.000\" bukan bilangan bulat (tulis 1250000)",
        "1,250|\"1,250\" bukan bilangan bulat (tulis 1250)",
        "35,5|\"35,5\" bukan bilangan bulat (seharusnya jumlah tanpa desimal)",
        "12 ribu|\"12 ribu\" bukan bilangan bulat (seharusnya hanya angka, misalnya 12500)",
        "-3|\"-3\" negatif (seharusnya 0 atau lebih)",
        "99999999999999999999|\"99999999999999999999\" terlalu besar (paling banyak 9.223.372.036.854.775.807)"})
    void countsRejectSpreadsheetStyleNumbers(String value, String message) {
        ErrorSink sink = new ErrorSink();
        Map<String, String> cells = new HashMap<>();
        cells.put("x", value);
        assertNull(Row.ofText("f.csv", 7, cells, sink).count("x", true));
        assertEquals("f.csv:7: kolom x: " + message, sink.errors().get(0).describe(Catalogue.indonesian()));
    }

    @ParameterizedTest
    @CsvSource({"48,48", "48.5,48.5", "0.25,0.25"})
    void decimalsAcceptADot(String value, String expected) {
        assertEquals(new BigDecimal(expected), row(value).decimal("x", true));
    }

    @ParameterizedTest
    @CsvSource({"2025-11,2025-11", "2024-01,2024-01"})
    void periodsAreYearAndMonth(String value, String expected) {
        assertEquals(YearMonth.parse(expected), row(value).period("x"));
    }

    @ParameterizedTest
    @CsvSource({"2025-13", "2025-00", "2025-1", "Nov-25", "11/2025", "2025-11-01"})
    void periodsRejectOtherShapes(String value) {
        ErrorSink sink = new ErrorSink();
        Map<String, String> cells = new HashMap<>();
        cells.put("x", value);
        assertNull(Row.ofText("f.csv", 7, cells, sink).period("x"));
        assertEquals("f.csv:7: kolom x: \"" + value + "\" bukan bulan (tulis YYYY-MM, misalnya 2025-11)",
                sink.errors().get(0).describe(Catalogue.indonesian()));
        assertEquals("f.csv:7: column x: \"" + value + "\" is not a month (expected YYYY-MM, such as 2025-11)",
                sink.errors().get(0).describe(Catalogue.english()));
    }

    @Test
    void anEmptyCellSaysWhatItShouldHold() {
        ErrorSink sink = new ErrorSink();
        Map<String, String> cells = new HashMap<>();
        cells.put("x", null);
        Row row = Row.ofText("f.csv", 7, cells, sink);
        assertNull(row.count("x", true));
        assertNull(row.text("x"));
        assertEquals(List.of("f.csv:7: kolom x: kosong (seharusnya berisi bilangan bulat, misalnya 12500)",
                "f.csv:7: kolom x: kosong (wajib diisi)"),
                sink.errors().stream().map(e -> e.describe(Catalogue.indonesian())).toList());
    }
}
