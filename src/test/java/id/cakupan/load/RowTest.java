package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowTest {

    private static Row row(String value) {
        Map<String, String> cells = new HashMap<>();
        cells.put("x", value);
        return Row.ofText("f.csv", 7, cells, new ErrorSink());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.500|\"12.500\" is not a whole number (write 12500)",
        "1.250.000|\"1.250.000\" is not a whole number (write 1250000)",
        "1,250|\"1,250\" is not a whole number (write 1250)",
        "35,5|\"35,5\" is not a whole number (expected a count without decimals)",
        "12 ribu|\"12 ribu\" is not a whole number (expected digits only, such as 12500)",
        "-3|\"-3\" is negative (expected 0 or more)",
        "99999999999999999999|\"99999999999999999999\" is too large (at most 9223372036854775807)"})
    void countsRejectSpreadsheetStyleNumbers(String value, String message) {
        ErrorSink sink = new ErrorSink();
        Map<String, String> cells = new HashMap<>();
        cells.put("x", value);
        assertNull(Row.ofText("f.csv", 7, cells, sink).count("x", true));
        assertEquals("f.csv:7: column x: " + message, sink.errors().get(0).toString());
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
        assertEquals("f.csv:7: column x: \"" + value + "\" is not a month (expected YYYY-MM, such as 2025-11)",
                sink.errors().get(0).toString());
    }
}
