package id.cakupan.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.model.ProgramVersion;

/** {@code OUT/data/indikator.xlsx}: the CSV tables' cells, typed; frozen, filterable headers; linked from the site. */
class IndicatorWorkbookIT {

    /** The columns that hold text (codes, names, months); every other column is a number. */
    static final Set<String> TEXT = Set.of("kode_wilayah", "nama_wilayah", "tingkat", "periode", "sumber_target",
            "angka_sebagian", "kelompok", "kategori", "nama_kategori", "sumber_dana", "nama_kelompok",
            "nama_kategori_en", "periode_acuan", "status_regulasi", "jenis", "nomor", "tanggal", "judul", "status",
            "perkiraan_capai_target", "sumber_kebutuhan");

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        out = temp.resolve("out");
        var run = Fixtures.cli("build", "--quiet", "--data", Fixtures.projectDir().resolve("data").toString(), "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void everyCellEqualsTheCsvTablesWithNumbersAsNumbers() throws Exception {
        Path xlsx = out.resolve("data/indikator.xlsx");
        for (String table : List.of("indikator_wilayah", "indikator_rentan", "anggaran", "regulasi",
                "pembagian_anggaran")) {
            Workbooks.assertSameCells(out.resolve("data/" + table + ".csv"), Workbooks.read(xlsx, table),
                    column -> !TEXT.contains(column));
        }
    }

    @Test
    void headersAreFrozenAndFilterableAndNumbersFormatted() throws Exception {
        Path xlsx = out.resolve("data/indikator.xlsx");
        for (String table : List.of("indikator_wilayah", "indikator_rentan", "anggaran", "regulasi")) {
            String xml = Workbooks.sheetXml(xlsx, table);
            assertTrue(xml.matches("(?s).*<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\".*"), table + ": frozen header");
            assertTrue(xml.contains("<autoFilter ref=\"A1:"), table + ": autofilter");
        }
        String styles = Workbooks.part(xlsx, "xl/styles.xml");
        assertTrue(styles.contains("formatCode=\"#,##0\"") && styles.contains("formatCode=\"0.00\""), styles);
        String about = Workbooks.read(xlsx, "Keterangan").toString();
        assertTrue(about.contains("Kode wilayah: idn-area-data (ODbL), bersumber dari Kepmendagri"), about);
        assertTrue(about.contains("Dihitung dengan Cakupan " + ProgramVersion.version() + "."), "the version: " + about);
    }

    @Test
    void theDashboardOffersTheWorkbookBesideTheCsvFiles() throws Exception {
        Path site = out.resolve("site");
        assertTrue(Files.isRegularFile(site.resolve("data/indikator.xlsx")));
        var id = Jsoup.parse(site.resolve("17.04-kaur.html").toFile(), "UTF-8");
        var link = id.selectFirst("a[href=data/indikator.xlsx]");
        assertTrue(link != null, "the page links the workbook");
        assertEquals("Semua tabel indikator (Excel)", link.text());
        var en = Jsoup.parse(site.resolve("en/17.04-kaur.html").toFile(), "UTF-8");
        assertEquals("All indicator tables (Excel)", en.selectFirst("a[href=../data/indikator.xlsx]").text());
    }

    @Test
    void withRegionOnlyThatRegionsRows(@TempDir Path other) throws Exception {
        Path regionOut = other.resolve("out");
        var run = Fixtures.cli("build", "--quiet", "--region", "17.04", "--data",
                Fixtures.projectDir().resolve("data").toString(), "--out", regionOut.toString());
        assertEquals(0, run.exitCode(), run.err());
        var rows = Workbooks.read(regionOut.resolve("data/indikator.xlsx"), "indikator_wilayah");
        assertTrue(rows.size() > 1);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> "17.04".equals(r.get(0))), rows.toString());
        Workbooks.assertSameCells(regionOut.resolve("data/indikator_wilayah.csv"), rows, c -> !TEXT.contains(c));
    }
}
