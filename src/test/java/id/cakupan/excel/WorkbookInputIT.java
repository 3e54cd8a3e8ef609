package id.cakupan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The data as an officer keeps it in Excel: a workbook with a sheet per table, and CSV files saved
 * by Excel in Indonesian. Each builds the same indicator tables, byte for byte, as the clean CSV
 * files it is made from; a wrong cell is named by workbook, sheet and cell.
 */
class WorkbookInputIT {

    static final List<String> TABLES = List.of("indikator_wilayah.csv", "indikator_rentan.csv", "anggaran.csv",
            "regulasi.csv");
    static final Path SAMPLE = Fixtures.projectDir().resolve("data");

    @TempDir
    Path temp;

    private Path build(Path data, String outName) {
        Path out = temp.resolve(outName);
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String table : TABLES) {
            assertEquals(Files.readString(expected.resolve("data").resolve(table)),
                    Files.readString(actual.resolve("data").resolve(table)), table);
        }
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
        assertEquals(List.of("error: " + data.resolve("cakupan.xlsx") + " [kepesertaan] D3: \"dua ratus\" is not a whole"
                + " number (write 200)"), run.err().lines().filter(l -> l.startsWith("error: ")).toList());
        assertFalse(Files.exists(out), "nothing may be written");
    }

    @Test
    void theSameTableAsCsvAndAsSheetIsAnErrorNamingBoth() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        ExcelTwins.workbook(data, temp.resolve("cakupan.xlsx"));
        Files.move(temp.resolve("cakupan.xlsx"), data.resolve("cakupan.xlsx"));
        Files.delete(data.resolve("parameter.csv"));
        var run = Fixtures.cli("validate", "--data", data.toString());
        assertEquals(65, run.exitCode(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals("error: " + data.resolve("kepesertaan.csv") + ": the table kepesertaan is given twice: here and in "
                + data.resolve("cakupan.xlsx") + " [kepesertaan] (keep one of them)", errors.get(1));
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
        assertTrue(run.err().contains("warning: " + sheet + " A2, A3, A5, A6 (4 cells): read the number 17.1 as the"
                + " code 17.01 (format the column as Text and type the codes, so that Excel keeps their zeros)"),
                run.err());
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
        assertTrue(run.err().contains("note: " + data.resolve("regulasi.csv") + ": read as Windows-1252 text"), run.err());
        assertTrue(run.err().contains("note: " + data.resolve("target.csv") + ": read as Excel's CSV in Indonesian"),
                run.err());
    }
}
