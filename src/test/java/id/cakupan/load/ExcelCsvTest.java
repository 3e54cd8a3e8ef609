package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.cakupan.text.Catalogue;

/** CSV files as Excel saves them: separated by ";" in Indonesian, or in Windows-1252. */
class ExcelCsvTest {

    @TempDir
    Path dir;

    private final ErrorSink sink = new ErrorSink();
    private CsvFile file;

    private List<Row> read(String content, Charset charset) throws Exception {
        Path path = dir.resolve("t.csv");
        Files.writeString(path, content, charset);
        List<Row> rows = new ArrayList<>();
        file = CsvFile.read(path, "t.csv", List.of("a"), List.of(), sink, rows::add).orElseThrow();
        return rows;
    }

    private Row semicolonRow(String value) throws Exception {
        return read("a;b\n\"" + value + "\";x\n", StandardCharsets.UTF_8).get(0);
    }

    /** The notes on how the file was read, in Indonesian. */
    private List<String> notes() {
        return file.notes().stream().map(Catalogue.indonesian()::word).toList();
    }

    private String firstError() {
        return sink.errors().get(0).describe(Catalogue.indonesian());
    }

    @Test
    void aSemicolonFileIsReadInIndonesianWithANote() throws Exception {
        List<Row> rows = read("a;b\n145.500;45,5\n", StandardCharsets.UTF_8);
        assertEquals(145500L, rows.get(0).count("a", true));
        assertTrue(sink.isEmpty(), sink.errors().toString());
        assertEquals(List.of("t.csv: dibaca sebagai CSV dari Excel berbahasa Indonesia: kolom dipisahkan dengan \";\","
                + " \".\" sebagai pemisah ribuan (145.500), \",\" sebagai tanda desimal (45,5), tanggal ditulis dd/mm/yyyy"
                + " (01/11/2024)"), notes());
        assertEquals(List.of("t.csv: read as Excel's CSV in Indonesian: columns separated by \";\", \".\" groups"
                + " thousands (145.500), \",\" is the decimal mark (45,5), dates are dd/mm/yyyy (01/11/2024)"),
                file.notes().stream().map(Catalogue.english()::word).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"145.500|145500", "1.250.000|1250000", "48|48", "0|0"})
    void wholeNumbersGroupThousandsWithADot(String text, long expected) throws Exception {
        assertEquals(expected, semicolonRow(text).count("a", true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"45,5|45.5", "48|48", "1.234,5|1234.5", "145.500|145500"})
    void decimalsHaveADecimalComma(String text, String expected) throws Exception {
        assertEquals(new BigDecimal(expected), semicolonRow(text).decimal("a", true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "48.5|decimal|\"48.5\" bermakna ganda: di berkas ini, yang kolomnya dipisahkan dengan \";\" sebagaimana Excel"
                + " berbahasa Indonesia menyimpannya, \",\" adalah tanda desimal dan \".\" adalah pemisah ribuan (tulis 48,5)",
        "1.5|count|\"1.5\" bukan bilangan bulat (di berkas ini, yang kolomnya dipisahkan dengan \";\" sebagaimana Excel"
                + " berbahasa Indonesia menyimpannya, \",\" adalah tanda desimal dan \".\" adalah pemisah ribuan, seperti"
                + " pada 145.500)",
        "45,5|count|\"45,5\" bukan bilangan bulat (seharusnya jumlah tanpa desimal)",
        "32/11/2024|period|\"32/11/2024\" bukan bulan (tulis bulan seperti 11/2025, 01/11/2025 atau 2025-11)",
        "31/02/2024|date|\"31/02/2024\" bukan tanggal (tulis dd/mm/yyyy atau YYYY-MM-DD, misalnya 17/12/2024)"})
    void ambiguousOrImpossibleValuesStayErrors(String text, String kind, String message) throws Exception {
        Row row = semicolonRow(text);
        Object value = switch (kind) {
            case "decimal" -> row.decimal("a", true);
            case "count" -> row.count("a", true);
            case "period" -> row.period("a");
            default -> row.date("a", true);
        };
        assertNull(value);
        assertEquals("t.csv:2: kolom a: " + message, firstError());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"01/11/2024|2024-11", "30/11/2024|2024-11", "11/2024|2024-11",
        "2024-11|2024-11"})
    void monthsAreDatesOrMonthSlashYear(String text, String expected) throws Exception {
        assertEquals(YearMonth.parse(expected), semicolonRow(text).period("a"));
    }

    @Test
    void datesAreDayMonthYear() throws Exception {
        assertEquals(LocalDate.of(2024, 12, 17), semicolonRow("17/12/2024").date("a", true));
        assertEquals(LocalDate.of(2024, 12, 17), semicolonRow("2024-12-17").date("a", true));
    }

    @Test
    void aCommaFileKeepsTheContract() throws Exception {
        Row row = read("a,b\n145.500,1\n", StandardCharsets.UTF_8).get(0);
        assertNull(row.count("a", true));
        assertEquals("t.csv:2: kolom a: \"145.500\" bukan bilangan bulat (tulis 145500)", firstError());
        assertEquals(List.of(), file.notes());
    }

    @Test
    void windows1252TextIsReadWithANote() throws Exception {
        Row row = read("a,b\nSel\u00e9 \u2013 caf\u00e9,1\n", Charset.forName("windows-1252")).get(0);
        assertEquals("Sel\u00e9 \u2013 caf\u00e9", row.text("a"));
        assertTrue(sink.isEmpty(), sink.errors().toString());
        assertEquals(List.of("t.csv: dibaca sebagai teks Windows-1252, seperti yang ditulis Excel untuk \"CSV (Comma"
                + " delimited)\", karena bukan UTF-8 (simpan sebagai \"CSV UTF-8\" agar semua karakter tetap utuh)"), notes());
    }

    @Test
    void numberWordsAreNamedInDigits() throws Exception {
        Row row = read("a,b\ndua ratus,1\n", StandardCharsets.UTF_8).get(0);
        assertNull(row.count("a", true));
        assertEquals("t.csv:2: kolom a: \"dua ratus\" bukan bilangan bulat (tulis 200)", firstError());
        assertEquals("t.csv:2: column a: \"dua ratus\" is not a whole number (write 200)",
                sink.errors().get(0).describe(Catalogue.english()));
        assertEquals(Optional.of(1_500L), NumberWords.value("seribu lima ratus"));
        assertEquals(Optional.of(2_345_019L), NumberWords.value("dua juta tiga ratus empat puluh lima ribu sembilan belas"));
        assertEquals(Optional.empty(), NumberWords.value("12 ribu"));
    }
}
