package id.cakupan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The data as an officer keeps it in Excel: a workbook with a sheet per table, and CSV files saved
 * by Excel in Indonesian. Each builds the same indicator tables, byte for byte, as the clean CSV
 * files it is made from; a wrong cell is named by workbook, sheet and cell.
 */
class WorkbookInputIT {

    static final List<String> TABLES = Fixtures.TABLES;
    static final Path SAMPLE = Fixtures.projectDir().resolve("data");

    @TempDir
    Path temp;

    private Path build(Path data, String outName) {
        return Fixtures.build(data, temp.resolve(outName));
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        Fixtures.assertSameTables(expected, actual);
    }

    @Test
    void aWorkbookOfTheSampleBuildsTheSameTablesAsItsCsvFiles() throws Exception {
        Path data = Files.createDirectories(temp.resolve("workbook"));
        ExcelTwins.workbook(SAMPLE, data.resolve("cakupan.xlsx"));
        Path csvOut = build(SAMPLE, "csv-out");
        Path workbookOut = build(data, "workbook-out");
        assertSameTables(csvOut, workbookOut);
        assertTrue(Files.readString(workbookOut.resolve("data/README.txt"))
                .contains("cakupan.xlsx [kepesertaan]"), "the fingerprint covers the workbook");
        // what reading a workbook costs against CSV files is measured by the benchmark (bench.ReadingCost)
    }

    @Test
    void aWordInANumberCellFailsNamingWorkbookSheetAndCellAndNothingIsWritten() throws Exception {
        Path csv = Fixtures.validFixture(temp.resolve("csv"));
        Files.writeString(csv.resolve("kepesertaan.csv"), Files.readString(csv.resolve("kepesertaan.csv"))
                .replace("17.01,2025-10,BPU,100", "17.01,2025-10,BPU,dua ratus"));
        Path data = Files.createDirectories(temp.resolve("data"));
        ExcelTwins.workbook(csv, data.resolve("cakupan.xlsx"));
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, run.exitCode(), run.err());
        assertEquals(List.of("kesalahan: " + data.resolve("cakupan.xlsx") + " [kepesertaan] D3: \"dua ratus\" bukan"
                + " bilangan bulat (tulis 200)"), run.err().lines().filter(l -> l.startsWith("kesalahan: ")).toList());
        assertFalse(Files.exists(out), "nothing may be written");
        var english = Fixtures.cli("validate", "--data", data.toString(), "--lang", "en");
        assertEquals(65, english.exitCode(), english.err());
        assertEquals(List.of("error: " + data.resolve("cakupan.xlsx") + " [kepesertaan] D3: \"dua ratus\" is not a whole"
                + " number (write 200)"), english.err().lines().filter(l -> l.startsWith("error: ")).toList());
    }

    /**
     * A sheet names its places as Excel shows them, in the reader's language: a formula without a
     * stored value by its cell, a duplicate row by its rows.
     */
    @Test
    void aSheetNamesItsCellsAndRowsInBothLanguages() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        List<List<String>> rows = ExcelTwins.rows(data.resolve("kepesertaan.csv"));
        Files.delete(data.resolve("kepesertaan.csv"));
        try (var out = Files.newOutputStream(data.resolve("kepesertaan.xlsx"))) {
            var book = new Workbook(out, "Cakupan tests", "1.0");
            var sheet = book.newWorksheet("Lembar1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            sheet.formula(1, 3, "SUM(Z1:Z9)"); // written without the value Excel would store
            for (int c = 0; c < 4; c++) {
                sheet.value(rows.size(), c, rows.get(2).get(c));
                sheet.value(rows.size() + 1, c, rows.get(2).get(c));
            }
            book.finish();
        }
        String sheet = data.resolve("kepesertaan.xlsx") + " [Lembar1]";
        var run = Fixtures.cli("validate", "--data", data.toString());
        assertEquals(65, run.exitCode(), run.err());
        assertEquals(List.of("kesalahan: " + sheet + " D2: =SUM(Z1:Z9) adalah rumus yang nilainya belum pernah"
                        + " disimpan (buka buku kerja di Excel lalu simpan)",
                "kesalahan: " + sheet + " baris 8, 9 (2 baris): baris ganda: 17.01, 2025-10, BPU sudah ada di baris 3"),
                run.err().lines().filter(l -> l.startsWith("kesalahan: ")).toList());
        var english = Fixtures.cli("validate", "--data", data.toString(), "--lang", "en");
        assertEquals(List.of("error: " + sheet + " D2: =SUM(Z1:Z9) is a formula whose value was never stored"
                        + " (open the workbook in Excel and save it)",
                "error: " + sheet + " rows 8, 9 (2 rows): duplicate row: 17.01, 2025-10, BPU is already given on row 3"),
                english.err().lines().filter(l -> l.startsWith("error: ")).toList());
    }

    @Test
    void theSameTableAsCsvAndAsSheetIsAnErrorNamingBoth() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        ExcelTwins.workbook(data, temp.resolve("cakupan.xlsx"));
        Files.move(temp.resolve("cakupan.xlsx"), data.resolve("cakupan.xlsx"));
        Files.delete(data.resolve("parameter.csv"));
        var run = Fixtures.cli("validate", "--data", data.toString());
        assertEquals(65, run.exitCode(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("kesalahan: ")).toList();
        assertEquals("kesalahan: " + data.resolve("kepesertaan.csv") + ": tabel kepesertaan diberikan dua kali: di sini dan"
                + " di " + data.resolve("cakupan.xlsx") + " [kepesertaan] (pertahankan salah satunya saja)", errors.get(1));
        assertEquals(6, errors.size(), run.err());
    }

    @Test
    void codesThatExcelTurnedIntoNumbersAreReadWhereOnlyOneCodeFits() throws Exception {
        Path csv = Fixtures.validFixture(temp.resolve("csv"));
        Path data = Files.createDirectories(temp.resolve("data"));
        ExcelTwins.workbookWithNumberCodes(csv, data.resolve("cakupan.xlsx"));
        Path plain = build(csv, "plain");
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertSameTables(plain, out);
        // 17.1 can only be 17.01 in Bengkulu, which has no 17.10; 17.02 and 17 stay as they are
        String sheet = data.resolve("cakupan.xlsx") + " [kepesertaan]";
        assertTrue(run.err().contains("peringatan: " + sheet + " A2, A3, A5, A6 (4 sel): angka 17.1 dibaca sebagai kode"
                + " 17.01 (atur format kolomnya menjadi Teks/Text lalu ketik kodenya, agar Excel tidak membuang angka"
                + " nolnya)"), run.err());
    }

    @Test
    void csvFilesSavedByExcelInIndonesianBuildTheSameTablesAsTheirCommaTwins() throws Exception {
        Path data = ExcelTwins.indonesianCsv(SAMPLE, temp.resolve("indonesian"));
        assertTrue(Files.readString(data.resolve("kepesertaan.csv")).matches("(?s).*;\\d{1,3}\\.\\d{3}\r\n.*"),
                "numbers are grouped in thousands");
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertSameTables(build(SAMPLE, "csv-out"), out);
        assertTrue(run.err().contains("catatan: " + data.resolve("regulasi.csv") + ": dibaca sebagai teks Windows-1252"),
                run.err());
        assertTrue(run.err().contains("catatan: " + data.resolve("target.csv") + ": dibaca sebagai CSV dari Excel"
                + " berbahasa Indonesia"), run.err());
    }
}
