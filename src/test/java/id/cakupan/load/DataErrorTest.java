package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.cakupan.model.InputWarning;
import id.cakupan.model.LineNumbers;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

class DataErrorTest {

    private static final Text NOT_A_CODE = Text.of("load.region.didYouMean", "\"63.1\"", "63.10");
    private static final Text MISSING = Text.of("load.file.missing", "a");

    private static Text unknownSegment(String value) {
        return Text.of("load.cell.unknownCode", "\"" + value + "\"", "segmen", "PU, BPU, JAKON, PMI");
    }

    private static Text notWhole(String value) {
        return Text.of("load.cell.notWhole", "\"" + value + "\"", Text.of("load.hint.noDecimals"));
    }

    /** The errors merged as a run prints them, in Indonesian. */
    private static List<String> collapse(List<DataError> errors) {
        return DataError.collapse(errors).stream().map(e -> e.describe(Catalogue.indonesian())).toList();
    }

    @Test
    void theSameErrorOfAColumnOnManyLinesIsOneMessage() {
        List<DataError> errors = new ArrayList<>();
        for (int line = 2; line <= 53; line++) {
            errors.add(new DataError("k.csv", line, "kode_wilayah", NOT_A_CODE));
        }
        assertEquals(List.of("k.csv:2, 3, 4, 5, 6, 7, 8, 9, 10, 11 dan 42 lainnya (52 baris): kolom kode_wilayah: "
                + "\"63.1\" bukan kode wilayah; maksud Anda 63.10?"), collapse(errors));
        assertEquals("k.csv:2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 42 more (52 lines): column kode_wilayah: "
                + "\"63.1\" is not a region code; did you mean 63.10?",
                DataError.collapse(errors).get(0).describe(Catalogue.english()));
    }

    @Test
    void differentMessagesColumnsOrFilesStaySeparateAndInLineOrder() {
        List<DataError> errors = List.of(
                new DataError("k.csv", 9, "segmen", unknownSegment("PBI")),
                new DataError("k.csv", 3, "segmen", unknownSegment("PBI")),
                new DataError("k.csv", 4, "segmen", unknownSegment("X")),
                new DataError("k.csv", 5, "periode", unknownSegment("PBI")),
                new DataError("t.csv", 3, "segmen", unknownSegment("PBI")),
                DataError.ofFile("a.csv", MISSING),
                DataError.ofFile("a.csv", MISSING));
        String known = " bukan segmen yang dikenal (seharusnya salah satu dari PU, BPU, JAKON, PMI)";
        String missing = "berkas tidak ada (tabel a wajib ada: sebagai berkas ini, atau sebagai lembar a dalam buku kerja"
                + " .xlsx di folder data)";
        assertEquals(List.of("a.csv: " + missing,
                "a.csv: " + missing,
                "k.csv:3, 9 (2 baris): kolom segmen: \"PBI\"" + known,
                "k.csv:4: kolom segmen: \"X\"" + known,
                "k.csv:5: kolom periode: \"PBI\"" + known,
                "t.csv:3: kolom segmen: \"PBI\"" + known), collapse(errors));
    }

    @Test
    void theErrorsOfARunAreCountedAsPrinted() {
        var e = new InvalidDataException(List.of(new DataError("k.csv", 2, "x", MISSING),
                new DataError("k.csv", 3, "x", MISSING)));
        assertEquals(1, e.errors().size());
        assertEquals("1 error(s) in the data", e.getMessage());
        assertEquals("k.csv:2, 3 (2 baris): kolom x: berkas tidak ada (tabel a wajib ada: sebagai berkas ini, atau sebagai"
                + " lembar a dalam buku kerja .xlsx di folder data)", e.report(Catalogue.indonesian()));
    }

    @Test
    void aColumnListsTwentyDifferentErrorsAndCountsTheRestAfterTheFilesErrors() {
        List<DataError> errors = new ArrayList<>();
        for (int line = 2; line <= 100_001; line++) {
            errors.add(new DataError("k.csv", line, "peserta_aktif", notWhole(line + ",5")));
        }
        errors.add(new DataError("k.csv", 3, "segmen", unknownSegment("PBI")));
        List<String> collapsed = collapse(errors);
        assertEquals(22, collapsed.size());
        assertEquals("k.csv:2: kolom peserta_aktif: \"2,5\" bukan bilangan bulat (seharusnya jumlah tanpa desimal)",
                collapsed.get(0));
        assertEquals("k.csv:3: kolom segmen: \"PBI\" bukan segmen yang dikenal (seharusnya salah satu dari PU, BPU,"
                + " JAKON, PMI)", collapsed.get(2));
        assertEquals("k.csv: kolom peserta_aktif: serta 99.980 baris lain dengan kesalahan lain di kolom ini, tidak"
                + " dicantumkan (perbaiki kesalahan di atas lalu jalankan lagi)", collapsed.get(21));
        assertEquals("k.csv: column peserta_aktif: and 99,980 more line(s) with other errors in this column, not listed"
                + " (correct the ones above and run again)",
                DataError.collapse(errors).get(21).describe(Catalogue.english()));
    }

    @Test
    void linesBeyondTheFirstTenAreCountedNotKept() {
        ErrorSink sink = new ErrorSink();
        Text fields = Text.of("load.row.fields", Text.figure(5), Text.figure(4), "a,b,c,d");
        for (int line = 2; line <= 3_000_001; line++) {
            sink.add(DataError.at("k.csv", line, fields));
        }
        var error = sink.errors().get(0);
        assertEquals(10, error.lines().shown().size());
        assertEquals("k.csv:2, 3, 4, 5, 6, 7, 8, 9, 10, 11 dan 2.999.990 lainnya (3.000.000 baris): ada 5 kolom,"
                + " seharusnya 4 seperti baris judul (a,b,c,d)", error.describe(Catalogue.indonesian()));
    }

    /** A sheet names its cells and rows as Excel shows them, in the words of the reader's language. */
    @Test
    void aSheetNamesCellsAndRows() {
        String sheet = "data/cakupan.xlsx [kepesertaan]";
        Text notWhole = Text.of("load.cell.notWhole", "\"dua ratus\"", Text.of("load.hint.write", 200));
        assertEquals("data/cakupan.xlsx [kepesertaan] D14: \"dua ratus\" bukan bilangan bulat (tulis 200)",
                DataError.inSheet(sheet, 14, "D", notWhole, true).describe(Catalogue.indonesian()));
        assertEquals("data/cakupan.xlsx [kepesertaan] D14: \"dua ratus\" is not a whole number (write 200)",
                DataError.inSheet(sheet, 14, "D", notWhole, true).describe(Catalogue.english()));
        List<DataError> cells = List.of(DataError.inSheet(sheet, 2, "D", notWhole, true),
                DataError.inSheet(sheet, 4, "D", notWhole, true), DataError.inSheet(sheet, 3, "D", notWhole, true));
        assertEquals(List.of(sheet + " D2, D3, D4 (3 sel): \"dua ratus\" bukan bilangan bulat (tulis 200)"),
                collapse(cells));
        Text duplicate = Text.of("load.duplicate", "17.02, 2025-11", Text.of("load.row", 5));
        assertEquals(List.of(sheet + " baris 6, 7 (2 baris): baris ganda: 17.02, 2025-11 sudah ada di baris 5"),
                collapse(List.of(DataError.inSheet(sheet, 6, null, duplicate, true),
                        DataError.inSheet(sheet, 7, null, duplicate, true))));
        assertEquals("data/cakupan.xlsx [kepesertaan] rows 6, 7 (2 rows): duplicate row: 17.02, 2025-11 is already"
                + " given on row 5", DataError.collapse(List.of(DataError.inSheet(sheet, 6, null, duplicate, true),
                        DataError.inSheet(sheet, 7, null, duplicate, true))).get(0).describe(Catalogue.english()));
    }

    @Test
    void aWarningNamesItsLinesOrCells() {
        Text read = Text.of("load.corrected", "\"Ditetapkan\"", "DITETAPKAN");
        assertEquals("data/regulasi.csv: kolom status: \"Ditetapkan\" dibaca sebagai DITETAPKAN (baris 3, 4, 7)",
                Catalogue.indonesian().word(new InputWarning("data/regulasi.csv", "status", read,
                        new LineNumbers(List.of(3, 4, 7))).text()));
        assertEquals("data/cakupan.xlsx [regulasi] F3, F4, F7 (3 sel): \"Ditetapkan\" dibaca sebagai DITETAPKAN",
                Catalogue.indonesian().word(new InputWarning("data/cakupan.xlsx [regulasi]", "F", read,
                        new LineNumbers(List.of(3, 4, 7)), true).text()));
        assertEquals("data/cakupan.xlsx [regulasi] F3: read \"Ditetapkan\" as DITETAPKAN",
                Catalogue.english().word(new InputWarning("data/cakupan.xlsx [regulasi]", "F", read,
                        new LineNumbers(List.of(3)), true).text()));
    }
}
