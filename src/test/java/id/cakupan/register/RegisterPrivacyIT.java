package id.cakupan.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.load.Nik;
import id.cakupan.sample.BengkuluRegister;

/**
 * Privacy by construction: a build of the Bengkulu sample with a register of some hundred workers
 * (and duplicates, double funding, workers in two regencies) writes none of its NIKs, not even
 * masked, none of its names, anywhere under the output folder: not in a page, a table, a workbook's
 * or slide deck's entries, a PDF's text or bytes, a cache. The masked NIKs are in the findings
 * only, beside the output folder; the console shows counts.
 */
class RegisterPrivacyIT {

    @TempDir
    Path temp;

    @Test
    void noNikAndNoNameReachesTheOutputFolder() throws IOException {
        Path data = Fixtures.copyTree(Fixtures.projectDir().resolve("data"), temp.resolve("data"));
        Files.delete(data.resolve("pekerja_rentan.csv"));
        BengkuluRegister register = BengkuluRegister.write(data.resolve("daftar_rentan.csv"), 300, 6, 5, 4, 18);
        Path out = temp.resolve("keluaran");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--lang", "id,en");
        assertEquals(0, run.exitCode(), run.err());

        List<String> secrets = new ArrayList<>();
        for (String nik : register.niks()) {
            secrets.add(nik);
            secrets.add(Nik.mask(nik));
        }
        secrets.addAll(register.names());
        int searched = 0;
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String text : texts(file)) {
                    for (String secret : secrets) {
                        if (text.contains(secret)) {
                            found.add(out.relativize(file) + ": " + secret);
                        }
                    }
                }
                searched++;
            }
        }
        assertEquals(List.of(), found);
        assertTrue(searched > 100, "every output was searched: " + searched);
        for (String secret : secrets) {
            assertFalse(run.out().contains(secret) || run.err().contains(secret), "console: " + secret);
        }

        Path findings = temp.resolve("keluaran-pribadi").resolve("temuan_daftar.csv");
        assertTrue(Files.isRegularFile(findings));
        assertFalse(findings.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize()));
        String privateText = Files.readString(findings);
        // a worker in another regency with the same funder is a duplicate row as well: two findings
        assertEquals(1 + register.duplicates() + register.doubleFunded() + 2 * register.otherRegion(),
                privateText.lines().count(), privateText);
        for (String nik : register.niks()) {
            assertFalse(privateText.contains(nik), "a whole NIK in the findings");
        }
        for (String name : register.names()) {
            assertFalse(privateText.contains(name), "a name in the findings");
        }
        assertTrue(privateText.contains(Nik.mask(register.niks().get(0))), privateText);
        String workbook = String.join("\n", texts(findings.resolveSibling("temuan_daftar.xlsx")));
        assertTrue(workbook.contains(Nik.mask(register.niks().get(0))));
        for (String nik : register.niks()) {
            assertFalse(workbook.contains(nik), "a whole NIK in the findings workbook");
        }
    }

    /**
     * Registers that are wrong in the ways that put personal data where a message would quote it: files
     * without a header (comma- and semicolon-separated, read by the two readers), columns out of order,
     * a formula in the NIK column of a sheet. The console, in both languages, shows none of it.
     */
    @Test
    void noNikNameOrBirthDateReachesTheConsoleFromAWrongRegister() throws IOException {
        Path data = Fixtures.copyTree(Fixtures.projectDir().resolve("data"), temp.resolve("data"));
        List<String> niks = List.of("1701011203850003", "1701015507900004", "1771020101110005", "1771024101010001",
                "6473010101900001");
        List<String> names = List.of("Budi Santoso", "Siti Aminah", "Rina Wati", "Yohanes Gebze", "Agus Salim");
        Files.writeString(data.resolve("daftar_rentan.csv"), niks.get(0) + "," + names.get(0)
                + ",17.01,NELAYAN,APBD_PROVINSI,2025-01,\n" + niks.get(1) + "," + names.get(1)
                + ",17.01,NELAYAN,APBD_PROVINSI,2025-01,\n");
        Files.writeString(data.resolve("daftar_rentan_excel.csv"), niks.get(2) + ";" + names.get(2)
                + ";17.71;PENJAHIT;APBD_KABKOTA;01/01/2025;\r\n");
        Files.writeString(data.resolve("daftar_rentan_urutan.csv"),
                "nik,nama,kode_wilayah,kategori,sumber_dana,mulai,selesai\n"
                + names.get(3) + "," + niks.get(3) + "," + names.get(3) + "," + names.get(3) + "," + niks.get(3)
                + ",01-01-2001," + names.get(3) + "\n");
        try (OutputStream file = Files.newOutputStream(data.resolve("daftar.xlsx"))) {
            Workbook book = new Workbook(file, "test", "1.0");
            Worksheet sheet = book.newWorksheet("daftar_rentan");
            List<String> header = List.of("nik", "nama", "kode_wilayah", "kategori", "sumber_dana", "mulai", "selesai");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.formula(1, 0, "\"" + niks.get(4) + " " + names.get(4) + "\"");
            sheet.value(1, 1, niks.get(4));
            sheet.value(1, 2, names.get(4));
            sheet.value(1, 3, names.get(4));
            sheet.value(1, 4, names.get(4));
            sheet.value(1, 5, names.get(4));
            sheet.value(1, 6, "1990-01-01");
            book.finish();
        }
        Path out = temp.resolve("keluaran");
        List<String> secrets = new ArrayList<>(names);
        for (String nik : niks) {
            secrets.add(nik);
            secrets.add(nik.substring(0, 10));
        }
        secrets.addAll(List.of("Budi", "Siti", "Gebze", "Salim", "01-01-2001", "1990-01-01", "01/01/2025;"));
        for (String language : List.of("id", "en")) {
            var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--lang", language);
            assertEquals(65, run.exitCode(), run.err());
            // every file and sheet is named with at least one error: the register was read, and refused
            for (String file : List.of("daftar_rentan.csv:1:", "daftar_rentan_excel.csv:1:", "daftar_rentan_urutan.csv:2:",
                    "[daftar_rentan] A2:")) {
                assertTrue(run.err().contains(file), file + "\n" + run.err());
            }
            for (String secret : secrets) {
                assertFalse(run.out().contains(secret) || run.err().contains(secret), language + ": " + secret
                        + "\n" + run.err());
            }
            assertFalse(Files.exists(out));
        }
    }

    /** The text of a file as any reader could get it: its bytes, a PDF's extracted text, a package's entries. */
    private static List<String> texts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(file);
        texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
        texts.add(new String(bytes, StandardCharsets.UTF_8));
        String name = String.valueOf(file.getFileName());
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                texts.add(new PDFTextStripper().getText(pdf));
            }
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(entry)) {
                        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return texts;
    }
}
