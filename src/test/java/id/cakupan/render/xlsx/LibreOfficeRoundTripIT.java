package id.cakupan.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The workbooks in a real spreadsheet (Debian's LibreOffice Calc, headless): the template filled from
 * data/, saved sheet by sheet as CSV the way an official would, builds the very same indicator tables;
 * and both workbooks open and print. In CI a missing LibreOffice fails the test; elsewhere it is
 * skipped with a message.
 */
public class LibreOfficeRoundTripIT {

    public static final Path SOFFICE = Path.of("/usr/bin/soffice");
    static final Path DATA = Fixtures.projectDir().resolve("data");

    @TempDir
    static Path temp;

    @BeforeAll
    static void needsLibreOffice() {
        boolean available = Files.isExecutable(SOFFICE);
        if (!available && System.getenv("CI") != null) {
            fail("CI needs " + SOFFICE + " (apt-get install libreoffice-calc-nogui)");
        }
        Assumptions.assumeTrue(available, "skipped: no " + SOFFICE
                + " on this machine (apt-get install libreoffice-calc-nogui)");
    }

    @Test
    void theTemplateFromDataSavedAsCsvBuildsTheSameTables() throws Exception {
        Path xlsx = temp.resolve("templat.xlsx");
        var run = Fixtures.cli("template", "--from", DATA.toString(), "--out", xlsx.toString());
        assertEquals(0, run.exitCode(), run.err());
        // every sheet as CSV UTF-8, comma-separated, as shown (LibreOffice names them templat-<sheet>.csv)
        Path csv = temp.resolve("csv");
        soffice(xlsx, csv, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
        Path data = Files.createDirectories(temp.resolve("data"));
        List<String> copied = new ArrayList<>();
        for (String table : DataTemplate.tableSheets()) {
            Path sheet = csv.resolve("templat-" + table + ".csv");
            assertTrue(Files.isRegularFile(sheet), "LibreOffice wrote " + sheet);
            // a sheet with only its header is a table the data does not give
            if (Files.readAllLines(sheet).stream().filter(l -> !l.isBlank()).count() > 1) {
                Files.copy(sheet, data.resolve(table + ".csv"));
                copied.add(table);
            }
        }
        assertEquals(List.of("tenaga_kerja", "kepesertaan", "pekerja_rentan", "target", "anggaran", "regulasi",
                "parameter"), copied);
        Path fromSheets = temp.resolve("from-sheets");
        Path fromData = temp.resolve("from-data");
        run = Fixtures.cli("build", "--quiet", "--data", data.toString(), "--out", fromSheets.toString());
        assertEquals(0, run.exitCode(), run.err());
        run = Fixtures.cli("build", "--quiet", "--data", DATA.toString(), "--out", fromData.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String table : List.of("indikator_wilayah.csv", "indikator_rentan.csv", "anggaran.csv", "regulasi.csv")) {
            assertEquals(Files.readString(fromData.resolve("data").resolve(table)),
                    Files.readString(fromSheets.resolve("data").resolve(table)), table);
        }
    }

    @Test
    void bothWorkbooksOpenAndPrint() throws Exception {
        Path template = temp.resolve("bengkulu.xlsx");
        assertEquals(0, Fixtures.cli("template", "--province", "17", "--out", template.toString()).exitCode());
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--quiet", "--data", DATA.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path pdfs = temp.resolve("pdf");
        soffice(template, pdfs, "pdf");
        soffice(out.resolve("data/indikator.xlsx"), pdfs, "pdf");
        for (String pdf : List.of("bengkulu.pdf", "indikator.pdf")) {
            try (var document = Loader.loadPDF(pdfs.resolve(pdf).toFile())) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("idn-area-data (ODbL)"), pdf + " prints its sheets, the credit line too");
                assertTrue(text.contains("kode_wilayah"), pdf);
            }
        }
    }

    private static void soffice(Path file, Path outDir, String format) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = temp.resolve("profile");
        Process process = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "LibreOffice ends");
        assertEquals(0, process.exitValue(), () -> log());
    }

    private static String log() {
        try {
            return Files.readString(temp.resolve("soffice.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
