package id.cakupan.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/** {@code cakupan template}: the data's rows cell by cell, drop-down lists and comments, no silent overwrite. */
class TemplateIT {

    static final Path DATA = Fixtures.projectDir().resolve("data");
    static final Set<String> NUMBERS = Set.of("potensi_peserta", "penduduk_bekerja", "pekerja_rentan", "peserta_aktif",
            "terlindungi", "bulan_dibiayai", "tahun", "target_persen", "kebutuhan_rp", "pagu_rp", "realisasi_rp");

    @Test
    void fromDataWritesExactlyItsRows(@TempDir Path temp) throws Exception {
        Path xlsx = temp.resolve("templat.xlsx");
        var run = Fixtures.cli("template", "--from", DATA.toString(), "--out", xlsx.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String table : DataTemplate.tableSheets()) {
            Path csv = DATA.resolve(table + ".csv");
            var rows = Workbooks.read(xlsx, table);
            if (Files.exists(csv)) {
                Workbooks.assertSameCells(csv, rows, NUMBERS::contains);
            } else {
                assertEquals(1, rows.size(), table + ": only the header, as the data has no such file");
            }
        }
        assertEquals("Petunjuk", Workbooks.sheetNames(xlsx).get(0));
    }

    @Test
    void everyCodedColumnHasADropDownAndEveryHeaderAComment(@TempDir Path temp) throws Exception {
        Path xlsx = temp.resolve("templat.xlsx");
        assertEquals(0, Fixtures.cli("template", "--out", xlsx.toString()).exitCode());
        String kepesertaan = Workbooks.sheetXml(xlsx, "kepesertaan");
        // the 553 region codes are far beyond the 255 characters of a list in the rule: a range on the hidden sheet
        assertTrue(kepesertaan.contains("<dataValidation sqref=\"A2:A1048576\" type=\"list\""), kepesertaan);
        assertTrue(kepesertaan.contains("<formula1>daftar!$A$2:$A$554</formula1>"), kepesertaan);
        assertTrue(kepesertaan.contains("<formula1>&quot;PU,BPU,JAKON,PMI&quot;</formula1>"), kepesertaan);
        assertEquals(2, count(kepesertaan, "<dataValidation "));
        assertEquals(3, count(Workbooks.sheetXml(xlsx, "pekerja_rentan"), "<dataValidation "),
                "region, category, funder");
        assertEquals(3, count(Workbooks.sheetXml(xlsx, "regulasi"), "<dataValidation "), "region, type, status");
        assertTrue(Workbooks.part(xlsx, "xl/workbook.xml")
                .contains("<sheet name=\"daftar\" r:id=\"rId12\" sheetId=\"10\" state=\"hidden\"/>"));
        var list = Workbooks.read(xlsx, "daftar");
        assertEquals(List.of("17.04", "Kabupaten Kaur"), list.stream().filter(r -> "17.04".equals(r.get(0)))
                .findFirst().orElseThrow());
        // every column header of every table sheet carries its meaning
        for (String table : DataTemplate.tableSheets()) {
            String xml = Workbooks.sheetXml(xlsx, table);
            int columns = Workbooks.read(xlsx, table).get(0).size();
            var comments = Pattern.compile("<legacyDrawing r:id=\"[^\"]*\"/>").matcher(xml);
            assertTrue(comments.find(), table + " has comments");
            assertTrue(columns > 1, table);
        }
        String comments = Workbooks.part(xlsx, "xl/comments3.xml");
        assertTrue(comments.contains("Segmen peserta: PU (penerima upah)"), comments);
        assertEquals(4, count(comments, "<comment "), "kepesertaan has four columns");
        String styles = Workbooks.part(xlsx, "xl/styles.xml");
        assertTrue(styles.contains("formatCode=\"@\""), "codes and months are formatted as text");
    }

    @Test
    void aProvinceGetsARowPerRegencyForTheNextMonth(@TempDir Path temp) throws Exception {
        Path xlsx = temp.resolve("bengkulu.xlsx");
        var run = Fixtures.cli("template", "--province", "17", "--from", DATA.toString(), "--out", xlsx.toString());
        assertEquals(0, run.exitCode(), run.err());
        var workforce = Workbooks.read(xlsx, "tenaga_kerja");
        var prepared = workforce.stream().filter(r -> "2025-12".equals(r.get(1))).toList();
        assertEquals(10, prepared.size(), "nine regencies and one city: " + prepared);
        assertEquals(Arrays.asList("17.01", "2025-12", null, null, null), prepared.get(0),
                "codes written, figures left to fill");
        assertEquals(40, Workbooks.read(xlsx, "kepesertaan").stream().filter(r -> "2025-12".equals(r.get(1))).count());
        assertEquals(Workbooks.csv(DATA.resolve("tenaga_kerja.csv")).size() + 10, workforce.size(),
                "the data's rows, then the new month's at the bottom");
        assertTrue(Workbooks.read(xlsx, "Petunjuk").toString().contains("baris bulan 2025-12"));
        assertTrue(Workbooks.sheetXml(xlsx, "tenaga_kerja").contains("<formula1>daftar!$A$2:$A$13</formula1>"),
                "the country, the province and its ten regencies/cities");
    }

    @Test
    void theRootFolderIsNoWorkbookName() {
        var run = Fixtures.cli("template", "--out", "/");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--out /: nama buku kerja harus berakhiran .xlsx"), run.err());
    }

    @Test
    void anExistingFileIsLeftAloneWithoutForce(@TempDir Path temp) throws Exception {
        Path xlsx = temp.resolve("templat.xlsx");
        Files.writeString(xlsx, "work in progress");
        var run = Fixtures.cli("template", "--out", xlsx.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("berkas sudah ada") && run.err().contains("--force"), run.err());
        assertArrayEquals("work in progress".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(xlsx));
        assertEquals(0, Fixtures.cli("template", "--force", "--out", xlsx.toString()).exitCode());
        assertEquals("Petunjuk", Workbooks.sheetNames(xlsx).get(0));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(xlsx), files.toList(), "no temporary file left beside it");
        }
        assertEquals(2, Fixtures.cli("template", "--province", "99", "--out", temp.resolve("x.xlsx").toString())
                .exitCode());
        assertEquals(2, Fixtures.cli("template", "--out", temp.resolve("x.csv").toString()).exitCode());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
