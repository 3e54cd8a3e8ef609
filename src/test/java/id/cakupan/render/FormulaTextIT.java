package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * Text from the data that a spreadsheet would run as a formula, or that hides control and
 * direction-override characters, or that is enormous: the published tables (and the site's copies)
 * hold it as inert, clean, bounded text, and the numbers beside it are untouched.
 */
class FormulaTextIT {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil\",\"x\")";
    static final String COMMAND = "+cmd|'/c calc'!A0";
    static final String SUM = "@SUM(1)";
    /** A bell (C0 control), a right-to-left override, a C1 control and a left-to-right isolate inside a title (a NUL
     * byte makes the file binary: it is refused on reading, see the invalid input cases). */
    static final String HIDDEN = "Perbup\u0007 Nomor\u202E 7\u0085 tahun \u20662025\u2069";
    static final String HUGE = "-" + "Peraturan ".repeat(100_000);

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Files.writeString(data.resolve("regulasi.csv"), "kode_wilayah,jenis,nomor,tanggal,judul,status\n"
                + "17,PERGUB,,2024-12-17,\"" + HYPERLINK.replace("\"", "\"\"") + "\",DRAFT\n"
                + "17.01,PERBUP,\"" + SUM + "\",2025-03-01,\"" + COMMAND + "\",DITETAPKAN\n"
                + "17.02,PERBUP,,2025-03-01,\"" + HIDDEN + "\",DRAFT\n");
        Files.writeString(data.resolve("kategori.csv"), "kode,nama,nama_en,kelompok,nama_kelompok,nama_kelompok_en\n"
                + "GURU_HONORER,\"-Guru honorer\",\"=1+1\",SOSIAL,\"" + SUM + "\",Social\n"
                + "LINMAS,\"\t=cmd\",\"" + HUGE + "\",SOSIAL,\"" + SUM + "\",Social\n");
        Files.writeString(data.resolve("target.csv"), "kode_wilayah,tahun,target_persen,sumber\n"
                + "17,2025,48,\"=2+5\"\n");
        out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static List<Map<String, String>> rows(String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(out.resolve("data").resolve(table))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader)) {
                rows.add(record.toMap());
            }
            return rows;
        }
    }

    static Map<String, String> row(String table, String column, String value) throws IOException {
        return rows(table).stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError(table + ": no row with " + column + " = " + value));
    }

    @Test
    void formulasInTextCellsAreNeutralisedWithAnApostrophe() throws IOException {
        assertEquals("'" + HYPERLINK, row("regulasi.csv", "kode_wilayah", "17").get("judul"));
        Map<String, String> selatan = row("regulasi.csv", "kode_wilayah", "17.01");
        assertEquals("'" + COMMAND, selatan.get("judul"));
        assertEquals("'" + SUM, selatan.get("nomor"));

        Map<String, String> teacher = row("indikator_rentan.csv", "kategori", "GURU_HONORER");
        assertEquals("'-Guru honorer", teacher.get("nama_kategori"));
        assertEquals("'=1+1", teacher.get("nama_kategori_en"));
        assertEquals("'" + SUM, teacher.get("nama_kelompok"));
        assertEquals("'=cmd", row("indikator_rentan.csv", "kategori", "LINMAS").get("nama_kategori"),
                "a leading tab is removed and what follows it neutralised");
        assertEquals("'=2+5", row("indikator_wilayah.csv", "kode_wilayah", "17").get("sumber_target"));
    }

    @Test
    void controlAndDirectionCharactersAreRemovedAndTextIsBounded() throws IOException {
        assertEquals("Perbup Nomor 7 tahun 2025", row("regulasi.csv", "kode_wilayah", "17.02").get("judul"));
        String huge = row("indikator_rentan.csv", "kategori", "LINMAS").get("nama_kategori_en");
        assertEquals(241, huge.codePointCount(0, huge.length()), "240 characters and the apostrophe");
        assertTrue(huge.startsWith("'-Peraturan Peraturan") && huge.endsWith("…"), huge);
        try (Stream<Path> files = Files.list(out.resolve("data"))) {
            // the text files; the workbook's cells are written from the same cleaned rows (IndicatorTables)
            for (Path file : files.filter(f -> !f.toString().endsWith(".xlsx")).toList()) {
                String text = Files.readString(file);
                assertFalse(text.chars().anyMatch(c -> c == 0 || c == 0x202E || c == 0x2066 || c == 0x85),
                        file + ": no control or direction-override character");
                assertTrue(Files.size(file) < 100_000, file + ": a 1 MB name does not make a 1 MB table");
            }
        }
    }

    @Test
    void numbersAreNeverTreatedAsText() throws IOException {
        Map<String, String> selatan = rows("indikator_wilayah.csv").stream()
                .filter(r -> "17.01".equals(r.get("kode_wilayah")) && "2025-11".equals(r.get("periode")))
                .findFirst().orElseThrow();
        String gap = selatan.get("selisih_target_poin");
        assertTrue(gap.startsWith("-"), "behind the target: a negative value, no apostrophe: " + gap);
        assertEquals(gap, new BigDecimal(gap).toPlainString());
        assertEquals("48", selatan.get("target_persen"));
        for (Map<String, String> row : rows("indikator_wilayah.csv")) {
            for (String column : List.of("cakupan_persen", "selisih_target_poin", "perubahan_bulanan_poin",
                    "perubahan_tahunan_poin", "target_persen", "kekurangan_peserta")) {
                String value = row.get(column);
                assertTrue(value.isEmpty() || value.matches("-?\\d+(\\.\\d+)?"), column + ": " + value);
            }
        }
    }

    @Test
    void theSiteOffersTheSameTables() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertArrayEquals(Files.readAllBytes(file),
                        Files.readAllBytes(out.resolve("site/data").resolve(file.getFileName())), file.toString());
            }
        }
    }

    @Test
    void briefingsShowTheCleanedTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(out.resolve("pdf/17-bengkulu.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.replaceAll("\\s+", " ").contains("Perbup Nomor 7 tahun 2025"), "cleaned in the PDF too");
            assertFalse(text.chars().anyMatch(c -> c == 0 || c == 0x202E || c == 0x2066 || c == 0x85));
        }
        String page = Files.readString(out.resolve("site/index.html"));
        assertTrue(page.contains("Perbup Nomor 7 tahun 2025"));
        assertFalse(page.chars().anyMatch(c -> c == 0 || c == 0x202E || c == 0x2066 || c == 0x85));
    }
}
