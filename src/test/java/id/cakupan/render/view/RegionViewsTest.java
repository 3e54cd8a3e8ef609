package id.cakupan.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.YearMonth;
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
import id.cakupan.render.chart.CategoryChart;
import id.cakupan.render.chart.RankingChart;

/** The view of a region states each figure once, as the indicators give it: places, totals, budget lines. */
class RegionViewsTest {

    private static final YearMonth NOV_2025 = YearMonth.of(2025, 11);

    @TempDir
    static Path dir;
    static Indicators indicators;
    static RegionViews views;

    /** Fourteen regencies of Jawa Barat: 32.01 and 32.02 share the highest coverage, the others follow. */
    @BeforeAll
    static void compute() throws Exception {
        StringBuilder workforce = new StringBuilder("kode_wilayah,periode,potensi_peserta,pekerja_rentan\n");
        StringBuilder participants = new StringBuilder("kode_wilayah,periode,segmen,peserta_aktif\n");
        for (int i = 1; i <= 14; i++) {
            String code = String.format(Locale.ROOT, "32.%02d", i);
            workforce.append(code).append(",2025-11,1000,100\n");
            participants.append(code).append(",2025-11,PU,").append(i <= 2 ? 600 : 600 - 10 * i).append('\n');
        }
        Fixtures.write(dir, Map.of("tenaga_kerja.csv", workforce.toString(), "kepesertaan.csv", participants.toString(),
                "pekerja_rentan.csv", """
                        kode_wilayah,periode,kategori,sumber_dana,terlindungi,bulan_dibiayai
                        32.01,2025-11,GURU_HONORER,APBD_PROVINSI,30,
                        32.01,2025-11,PETANI,APBD_KABKOTA,5,
                        32.01,2025-11,GURU_HONORER,APBD_KABKOTA,12,
                        32.01,2025-11,LINMAS,APBD_PROVINSI,42,
                        """));
        indicators = Fixtures.compute(dir, NOV_2025);
        Locale indonesian = Locale.forLanguageTag("id-ID");
        views = new RegionViews(indicators, Messages.load(Fixtures.projectDir().resolve("report-templates"), indonesian),
                new Formats(indonesian), DocumentDate.of(NOV_2025, null));
    }

    @Test
    void theLargestVulnerableRowsComeFirstForASlide() {
        VulnerableView vulnerable = views.view(indicators.catalog().get("32.01")).vulnerable();
        assertEquals(List.of("42", "30", "12", "5"), vulnerable.largest().rows().stream()
                .map(row -> vulnerable.largest().cell(row, "workers").text()).toList());
        assertEquals(vulnerable.table().rows().size(), vulnerable.largest().rows().size());
    }

    @Test
    void theOnePagersWindowNumbersEachBarWithItsPlaceAsTheTableDoes() {
        RankingView ranking = views.view(indicators.catalog().get("32.13")).ranking();
        List<String> labels = ranking.window().stream().map(RankingChart.Bar::label).toList();
        assertEquals(List.of("1. Bogor", "1. Sukabumi", "3. Cianjur", "\u2026", "11. Sumedang", "12. Indramayu",
                "13. Subang", "14. Purwakarta"), labels, "tied regencies share a place");
        Table table = ranking.table();
        assertEquals(List.of("1", "1", "3"), table.rows().subList(0, 3).stream()
                .map(r -> table.cell(r, "rank").text()).toList());
        assertEquals("Subang", table.cell(table.rows().get(12), "region").text());
        assertEquals(true, table.rows().get(12).current(), "the one-pager's regency is its own row");
        Cell change = table.cell(table.rows().get(0), "change");
        assertEquals("\u2013", change.text(), "no month a year earlier: the change is not known, and says so");
        assertEquals(false, change.known());
        assertEquals(false, table.filled("change"), "a column of unknown figures has nothing to show");
    }

    @Test
    void vulnerableWorkersAreSummedOverFundersLargestFirst() {
        VulnerableView vulnerable = views.view(indicators.catalog().get("32.01")).vulnerable();
        assertEquals(List.of("Guru honorer SD/SMP 42", "Anggota Linmas 42", "Petani 5"), vulnerable.bars().stream()
                .map(b -> b.label() + " " + b.value()).toList(), "equal totals in the table's order");
        assertEquals(4, vulnerable.table().rows().size(), "the table keeps a row per category and funder");
        assertNotNull(vulnerable.chart());
    }

    @Test
    void twoCategoriesWithTheSameNameAreTwoBars() {
        var chart = CategoryChart.create(List.of(new CategoryChart.Bar("Lainnya", "Sosial", 50),
                new CategoryChart.Bar("Lainnya", "Informal", 20)), views.view(indicators.catalog().get("32.01"))
                .vulnerable().chartFigures());
        assertEquals(2, chart.getCategoryPlot().getDataset().getColumnCount());
    }
}
