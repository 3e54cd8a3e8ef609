package id.cakupan.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
