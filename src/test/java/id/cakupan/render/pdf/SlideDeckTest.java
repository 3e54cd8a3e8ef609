package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.indicators.Indicators;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.OfficePackage;
import id.cakupan.render.view.RegionViews;

/**
 * A deck keeps every slide readable: a long ranking continues over slides of at most thirteen bars,
 * a long table over at most two slides of seven rows, which then say how many rows they show.
 */
class SlideDeckTest {

    private static final YearMonth NOV_2025 = YearMonth.of(2025, 11);

    @TempDir
    static Path dir;
    static Indicators indicators;
    static Messages messages;
    static RegionViews views;

    /** Twenty regencies and cities of Jawa Barat (32.01-32.18, 32.71, 32.72), each with a draft regulation, and the province's. */
    @BeforeAll
    static void compute() throws Exception {
        StringBuilder workforce = new StringBuilder("kode_wilayah,periode,potensi_peserta,pekerja_rentan\n");
        StringBuilder participants = new StringBuilder("kode_wilayah,periode,segmen,peserta_aktif\n");
        StringBuilder regulations = new StringBuilder("kode_wilayah,jenis,nomor,tanggal,judul,status\n"
                + "32,PERGUB,,2024-12-17,Rancangan Pergub,DRAFT\n");
        for (int i = 1; i <= 20; i++) {
            String code = String.format(Locale.ROOT, "32.%02d", i <= 18 ? i : 52 + i);
            workforce.append(code).append(",2025-11,1000,100\n");
            participants.append(code).append(",2025-11,PU,").append(300 + 10 * i).append('\n');
            regulations.append(code).append(i <= 18 ? ",PERBUP" : ",PERWAL").append(",,2024-12-17,Rancangan ").append(i)
                    .append(",DRAFT\n");
        }
        Fixtures.write(dir, Map.of("tenaga_kerja.csv", workforce.toString(), "kepesertaan.csv", participants.toString(),
                "regulasi.csv", regulations.toString()));
        indicators = Fixtures.compute(dir, NOV_2025);
        Locale indonesian = Locale.forLanguageTag("id-ID");
        messages = Messages.load(Fixtures.projectDir().resolve("report-templates"), indonesian);
        views = new RegionViews(indicators, messages, new Formats(indonesian), DocumentDate.of(NOV_2025, null));
    }

    @Test
    void aLongRankingAndALongTableContinueOverSlidesThatSayWhatTheyShow() {
        var slides = new SlideDeck(messages).slides(views.view(indicators.catalog().get("32")));
        List<String> titles = new ArrayList<>();
        for (SlideDeck.Slide slide : slides) {
            titles.add(slide.kind() + ": " + slide.title() + (slide.subtitle() == null ? "" : " / " + slide.subtitle()));
        }
        assertEquals(List.of(
                "title: Paparan Cakupan Jaminan Sosial Ketenagakerjaan",
                "cards: Angka kunci / Bukan angka seluruh Provinsi Jawa Barat: jumlah 20 dari 27 kabupaten/kota yang ada "
                        + "dalam data.",
                "tiles: Posisi cakupan",
                "chart: Peringkat kabupaten/kota (1–10 dari 20)",
                "chart: Peringkat kabupaten/kota (11–20 dari 20)",
                "chart: Tren cakupan bulanan / Cakupan bulanan Provinsi Jawa Barat",
                "regulation: Regulasi kepala daerah / 14 dari 21 baris; semua baris ada di laporan PDF dan tabel indikator",
                "regulation: Regulasi kepala daerah (lanjutan) / 14 dari 21 baris; semua baris ada di laporan PDF dan tabel indikator",
                "notes: Catatan data dan sumber"), titles);
    }

    @Test
    void theSlidesShapesAreNumberedInOrderAndThePackageIsDated() {
        String slide = "<p:cNvPr id=\"1\" name=\"\"/><p:cNvPr id=\"2028075946\" name=\"Text\"><p:cNvPr id=\"7\" name=\"x\">";
        assertEquals("<p:cNvPr id=\"1\" name=\"\"/><p:cNvPr id=\"2\" name=\"Text\"><p:cNvPr id=\"3\" name=\"x\">",
                SlideDecksRenderer.numberedShapes("ppt/slides/slide4.xml", slide));
        assertEquals(slide, SlideDecksRenderer.numberedShapes("ppt/slideLayouts/slideLayout1.xml", slide));
        String core = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-29T23:00:01Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-11-29T23:00:02Z</dcterms:modified>";
        assertEquals("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-11-30T05:00:00Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-11-30T05:00:00Z</dcterms:modified>",
                OfficePackage.coreDated(core, ZonedDateTime.of(2025, 11, 30, 5, 0, 0, 0, ZoneOffset.UTC)));
    }
}
