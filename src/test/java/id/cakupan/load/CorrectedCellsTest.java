package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.cakupan.model.Funder;
import id.cakupan.model.InputWarning;
import id.cakupan.model.RegulationStatus;
import id.cakupan.text.Catalogue;

/** Cells whose intent is certain are read with one warning per value; the rest stay errors. */
class CorrectedCellsTest {

    private final ErrorSink sink = new ErrorSink();

    private Row row(int line, String value) {
        return Row.ofText("f.csv", line, value == null ? Map.of() : Map.of("x", value), sink);
    }

    /** The warnings as printed in Indonesian, the default language. */
    private List<String> warnings() {
        return warnings(Catalogue.indonesian());
    }

    private List<String> warnings(Catalogue words) {
        return sink.warnings().stream().map(InputWarning::text).map(words::word).toList();
    }

    private String firstError() {
        return sink.errors().get(0).describe(Catalogue.indonesian());
    }

    @ParameterizedTest
    @CsvSource({"Ditetapkan,DITETAPKAN", "ditetapkan,DITETAPKAN", "Draft,DRAFT", "belum,BELUM"})
    void aStatusInAnotherCaseIsReadWithAWarning(String value, String status) {
        Row row = row(3, value);
        assertEquals(RegulationStatus.valueOf(status), row.choice("x", RegulationStatus.class));
        assertTrue(row.isValid());
        assertEquals(List.of("f.csv: kolom x: \"" + value + "\" dibaca sebagai " + status + " (baris 3)"), warnings());
        assertEquals(List.of("f.csv: column x: read \"" + value + "\" as " + status + " (line 3)"),
                warnings(Catalogue.english()));
    }

    @ParameterizedTest
    @CsvSource({"APBD Provinsi", "apbd-provinsi", "Apbd  Provinsi", "APBD - PROVINSI"})
    void spacesAndHyphensAreUnderscores(String value) {
        assertEquals(Funder.APBD_PROVINSI, row(2, value).choice("x", Funder.class));
        assertTrue(sink.errors().isEmpty());
    }

    @Test
    void aCodeAsWrittenGivesNoWarning() {
        assertEquals(Funder.APBD_PROVINSI, row(2, "APBD_PROVINSI").choice("x", Funder.class));
        assertEquals(List.of(), warnings());
    }

    @Test
    void anUnknownCodeStaysAnError() {
        assertNull(row(4, "APBD Kab/Kota").choice("x", Funder.class));
        assertEquals("f.csv:4: kolom x: \"APBD Kab/Kota\" bukan x yang dikenal (seharusnya salah satu dari "
                + "APBD_PROVINSI, APBD_KABKOTA, APBDES, CSR, MANDIRI, LAINNYA)", firstError());
        assertEquals("f.csv:4: column x: \"APBD Kab/Kota\" is not a known x (expected one of APBD_PROVINSI, "
                + "APBD_KABKOTA, APBDES, CSR, MANDIRI, LAINNYA)", sink.errors().get(0).describe(Catalogue.english()));
        assertEquals(List.of(), warnings());
    }

    @Test
    void oneWarningPerValueListsItsLines() {
        for (int line : new int[] {3, 4, 7}) {
            row(line, "Ditetapkan").choice("x", RegulationStatus.class);
        }
        row(5, "Draft").choice("x", RegulationStatus.class);
        for (int line = 10; line < 22; line++) {
            row(line, "belum").choice("x", RegulationStatus.class);
        }
        assertEquals(List.of("f.csv: kolom x: \"Ditetapkan\" dibaca sebagai DITETAPKAN (baris 3, 4, 7)",
                "f.csv: kolom x: \"Draft\" dibaca sebagai DRAFT (baris 5)",
                "f.csv: kolom x: \"belum\" dibaca sebagai BELUM (baris 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 dan 2"
                        + " lainnya)"), warnings());
        assertEquals(List.of("f.csv: column x: read \"Ditetapkan\" as DITETAPKAN (lines 3, 4, 7)",
                "f.csv: column x: read \"Draft\" as DRAFT (line 5)",
                "f.csv: column x: read \"belum\" as BELUM (lines 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 and 2 more)"),
                warnings(Catalogue.english()));
    }

    @ParameterizedTest
    @CsvSource({"50%,50", "50 %,50", "48.5%,48.5", "100%,100", "0%,0"})
    void aPercentSignIsReadAsTheNumber(String value, String number) {
        assertEquals(new BigDecimal(number), row(2, value).percent("x", true));
        assertEquals(List.of("f.csv: kolom x: \"" + value + "\" dibaca sebagai " + number + " (baris 2)"), warnings());
    }

    @Test
    void aPercentageWithoutASignGivesNoWarning() {
        assertEquals(new BigDecimal("50"), row(2, "50").percent("x", true));
        assertEquals(List.of(), warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%|\"%\" bukan angka (seharusnya angka dengan titik desimal, misalnya 48.5)",
        "50,5%|\"50,5%\" bukan angka (tulis 50.5)",
        "-5%|\"-5%\" negatif (seharusnya 0 atau lebih)",
        "lima puluh %|\"lima puluh %\" bukan angka (seharusnya angka dengan titik desimal, misalnya 48.5)"})
    void aPercentageThatIsNotANumberStaysAnError(String value, String message) {
        assertNull(row(2, value).percent("x", true));
        assertEquals("f.csv:2: kolom x: " + message, firstError());
        assertEquals(List.of(), warnings());
    }
}
