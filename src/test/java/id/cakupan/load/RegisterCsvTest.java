package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.model.Category;
import id.cakupan.model.InputFile;
import id.cakupan.model.RegisterReport;
import id.cakupan.model.VulnerableRecord;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/**
 * The fast reading of a register file gives what {@link CsvFile} and {@link RegisterReader#accept}
 * give: the same rows at the same lines, the same errors, whatever the spreadsheet habit (quoted
 * names with commas and line breaks, CRLF, a byte-order mark, blank lines, spaces).
 */
class RegisterCsvTest {

    @TempDir
    Path temp;

    private static final String HEADER = "nik,nama,kode_wilayah,kategori,sumber_dana,mulai,selesai";

    private record Read(List<String> errors, String rows, Optional<InputFile> file) {
    }

    private Read read(String text, boolean fast) throws IOException {
        Path path = temp.resolve(fast ? "fast.csv" : "slow.csv");
        Files.write(path, text.getBytes(StandardCharsets.UTF_8));
        ErrorSink sink = new ErrorSink();
        var catalog = ReferenceRegions.catalog();
        var categories = BuiltInCategories.categories();
        RegisterReader reader = new RegisterReader(catalog, RegisterReader.regencies(catalog),
                categories.categories().stream().map(Category::code).toList(),
                row -> row.text(InputFiles.REGION) == null ? null
                        : catalog.find(row.text(InputFiles.REGION)).map(r -> r.code()).orElseGet(() -> {
                            row.error(InputFiles.REGION, Text.of("load.region.unknown",
                                    Row.quote(row.text(InputFiles.REGION))));
                            return null;
                        }),
                row -> row.text(InputFiles.CATEGORY));
        reader.register().startFile("daftar_rentan.csv", false);
        Optional<InputFile> file;
        if (fast) {
            assertTrue(RegisterCsv.applies(path));
            file = RegisterCsv.read(path, "daftar_rentan.csv", reader, sink);
        } else {
            file = CsvFile.read(path, "daftar_rentan.csv", InputFiles.requiredColumns(InputFiles.REGISTER), List.of(),
                    Register.MAX_ROWS, sink, reader::accept).map(f -> new InputFile("fast.csv", f.rowCount(), f.sha256()));
        }
        List<VulnerableRecord> counted = new ArrayList<>();
        RegisterReport report = reader.register().analyse(new TreeSet<>(List.of(YearMonth.of(2025, 11))), 16_800,
                counted);
        String rows = report.summary().rows() + " rows; " + counted.stream().map(v -> v.regionCode() + " "
                + v.categoryCode() + " " + v.funder() + " " + v.protectedWorkers()).collect(Collectors.joining(", "))
                + "; " + report.findings().stream().map(f -> f.row().line() + " " + f.maskedNik() + " "
                + f.others().stream().map(r -> "" + r.line()).collect(Collectors.joining("+")))
                .collect(Collectors.joining(", "));
        return new Read(sink.errors().stream().map(e -> e.describe(Catalogue.english())).toList(), rows, file);
    }

    private void assertSame(String text) throws IOException {
        Read slow = read(text, false);
        Read fast = read(text, true);
        assertEquals(slow.errors(), fast.errors());
        assertEquals(slow.rows(), fast.rows());
        assertEquals(slow.file().map(f -> f.rows() + " " + f.sha256()), fast.file().map(f -> f.rows() + " " + f.sha256()));
    }

    @Test
    void spreadsheetHabitsAreReadAsCsvFileReadsThem() throws IOException {
        String text = "\uFEFF" + HEADER + "\r\n"
                + "1701011203850003,\"Santoso, Budi\",17.01,NELAYAN,APBD_PROVINSI,2025-01,\r\n"
                + "\r\n"
                + "1701011203850003,\"Budi \"\"Ucok\"\"\nSantoso\",17.01,NELAYAN,APBD_PROVINSI,2025-06,2025-12\r\n"
                + " 1701015507900004 ,Siti, 17.71 ,NELAYAN,APBD_KABKOTA,2025-01,\r\n"
                + "\"1701015507900005\",Ani,\"17.71\",NELAYAN,APBD_KABKOTA,\"2025-01\",\"\"\r\n"
                + "1701015507900006,Ani,17.71,NELAYAN,APBD_KABKOTA,2025-01,";
        Read fast = read(text, true);
        assertEquals(List.of(), fast.errors());
        assertEquals("5 rows; 17.01 NELAYAN APBD_PROVINSI 1, 17.71 NELAYAN APBD_KABKOTA 3; 4 170101******0003 2",
                fast.rows());
        assertSame(text);
    }

    @Test
    void wrongRowsGiveTheErrorsCsvFileGives() throws IOException {
        assertSame(HEADER + "\n"
                + "170101120385000,A,17.01,NELAYAN,APBD_PROVINSI,2025-01,\n"
                + "1701011203850003,B,17.01,NELAYAN,APBD_PROVINSI,2025-01\n"
                + "1701011203850003,B,17.01,NELAYAN,APBD_PROVINSI,2025-01,,\n"
                + "1701011203850004,C,17.99,NELAYAN,APBD_PROVINSI,2025-1,\n"
                + "1701011203850005,D,17.01,NELAYAN,apbd_provinsi,2025-01,2024-12\n"
                + "1701011203850005,D,17.01,NELAYAN,APBD_PROVINSI,1900-01,\n"
                + ",E,17.01,NELAYAN,APBD_PROVINSI,2025-01,\n");
        assertSame("nik,nama,kode_wilayah,kategori,sumber_dana,mulai\n1701011203850003,B,17.01,NELAYAN,APBD_PROVINSI,2025-01\n");
        assertSame(HEADER + "\n1701011203850003,\"B,17.01,NELAYAN,APBD_PROVINSI,2025-01,\n");
        assertSame(HEADER + "\n1701011203850003,\"B\"x,17.01,NELAYAN,APBD_PROVINSI,2025-01,\n");
        assertSame("");
    }
}
