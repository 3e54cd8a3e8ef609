package id.cakupan.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The template as an officer returns it: dropped into the data folder, alone or beside CSV files,
 * with its guide sheet {@code Petunjuk}, its hidden list sheet {@code daftar} and the tables it has
 * no data for left with their header only. Those are passed over in silence; the filled sheets build
 * the same indicator tables as the CSV files they hold.
 */
class TemplateInDataFolderIT {

    static final Path DATA = Fixtures.projectDir().resolve("data");
    static final List<String> TABLES = Fixtures.TABLES;
    /** What the sample holds; {@code kategori} is not among them, so the template leaves it header-only. */
    static final List<String> SAMPLE_FILES = List.of("tenaga_kerja.csv", "kepesertaan.csv", "pekerja_rentan.csv",
            "target.csv", "anggaran.csv", "regulasi.csv", "parameter.csv");

    @TempDir
    Path temp;

    @Test
    void aTemplateFilledFromDataAloneInTheFolderBuildsTheSameTablesAsData() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("workbook"));
        template(folder.resolve("cakupan.xlsx"), DATA);
        var run = Fixtures.cli("build", "--lang", "en", "--data", folder.toString(), "--out", temp.resolve("out")
                .toString());
        assertEquals(0, run.exitCode(), run.err());
        assertSameTables(build(DATA, "expected"), temp.resolve("out"));
        assertFalse(run.err().contains("Petunjuk") || run.err().contains("daftar") || run.err().contains("[kategori]"),
                "the guide, the hidden list and the header-only kategori sheet are passed over in silence: "
                        + run.err());
        String read = Files.readString(temp.resolve("out/data/README.txt"));
        assertTrue(read.contains("cakupan.xlsx [kepesertaan]"), read);
        assertFalse(read.contains("[Petunjuk]") || read.contains("[daftar]") || read.contains("[kategori]"), read);
    }

    @Test
    void headerOnlySheetsGiveWayToTheCsvFilesBesideThem() throws Exception {
        // the officer filled two tables in the workbook and keeps the others as CSV files
        Path required = Files.createDirectories(temp.resolve("required"));
        for (String file : List.of("tenaga_kerja.csv", "kepesertaan.csv")) {
            Files.copy(DATA.resolve(file), required.resolve(file));
        }
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        template(folder.resolve("cakupan.xlsx"), required);
        for (String file : SAMPLE_FILES.subList(2, SAMPLE_FILES.size())) {
            Files.copy(DATA.resolve(file), folder.resolve(file));
        }
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--lang", "en", "--data", folder.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertSameTables(build(DATA, "expected"), out);
        String read = Files.readString(out.resolve("data/README.txt"));
        assertTrue(read.contains("cakupan.xlsx [tenaga_kerja]") && read.contains("target.csv"), read);
        assertFalse(read.contains("cakupan.xlsx [target]"), read);

        // an empty template beside every CSV file of the sample: nothing is given twice
        Path beside = Fixtures.copyTree(DATA, temp.resolve("beside"));
        template(beside.resolve("templat.xlsx"), null);
        var validate = Fixtures.cli("validate", "--lang", "en", "--data", beside.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertFalse(validate.err().contains("templat.xlsx") || validate.out().contains("templat.xlsx"),
                validate.out() + validate.err());
    }

    @Test
    void aTemplateSavedUnderATableNameIsReadByItsSheetNames() throws Exception {
        // kepesertaan.xlsx would be read from its first sheet, Petunjuk, were it not for its sheet kepesertaan
        Path folder = Files.createDirectories(temp.resolve("named"));
        template(folder.resolve("kepesertaan.xlsx"), DATA);
        assertSameTables(build(DATA, "expected"), build(folder, "out"));
    }

    @Test
    void anEmptyTemplateAloneSaysWhichRequiredTablesHaveNoRows() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("empty"));
        Path xlsx = template(folder.resolve("templat.xlsx"), null);
        var run = Fixtures.cli("validate", "--lang", "en", "--data", folder.toString());
        assertEquals(65, run.exitCode(), run.err());
        assertEquals(List.of(
                "error: " + xlsx + " [kepesertaan]: has a header but no rows (expected at least one region and month)",
                "error: " + xlsx + " [tenaga_kerja]: has a header but no rows (expected at least one region and month)"),
                errors(run.err()));
    }

    @Test
    void aSheetWhoseOnlyRowIsDataIsNotTakenForAnEmptyTable() throws Exception {
        // a target sheet typed without its header: its one row must not be passed over as a table not filled in
        Path folder = Fixtures.copyTree(DATA, temp.resolve("data"));
        Files.delete(folder.resolve("target.csv"));
        Path xlsx = folder.resolve("target.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook book = new Workbook(out, "Cakupan tests", "1.0");
            Worksheet sheet = book.newWorksheet("target");
            sheet.value(0, 0, "17");
            sheet.value(0, 1, new BigDecimal(2025));
            sheet.value(0, 2, new BigDecimal(48));
            sheet.value(0, 3, "BPJSTK");
            book.finish();
        }
        var run = Fixtures.cli("validate", "--lang", "en", "--data", folder.toString());
        assertEquals(65, run.exitCode(), run.err());
        assertTrue(errors(run.err()).get(0).startsWith("error: " + xlsx + " [target] row 1: missing column kode_wilayah"),
                run.err());
    }

    /** Writes {@code cakupan template}, filled from {@code from} unless it is null. */
    private static Path template(Path xlsx, Path from) {
        var run = from == null ? Fixtures.cli("template", "--out", xlsx.toString())
                : Fixtures.cli("template", "--from", from.toString(), "--out", xlsx.toString());
        assertEquals(0, run.exitCode(), run.err());
        return xlsx;
    }

    private Path build(Path data, String outName) {
        return Fixtures.build(data, temp.resolve(outName));
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        Fixtures.assertSameTables(expected, actual);
    }

    private static List<String> errors(String err) {
        return err.lines().filter(line -> line.startsWith("error: ")).toList();
    }
}
