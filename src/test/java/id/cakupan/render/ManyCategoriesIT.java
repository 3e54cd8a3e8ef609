package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.model.Region;
import id.cakupan.render.chart.CategoryChart;
import id.cakupan.render.view.RegionViews;

/**
 * 2,000 vulnerable-worker categories used in one regency and month (the speed is the benchmark's
 * business, never a test's): the tables list every one in the order of {@code kategori.csv}, and
 * the chart draws the twelve largest and one bar for the rest.
 */
class ManyCategoriesIT {

    private static final int COUNT = 2000;

    @TempDir
    static Path temp;

    static Path data;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        data = Fixtures.validFixture(temp.resolve("data"));
        try (BufferedWriter categories = Files.newBufferedWriter(data.resolve("kategori.csv"), StandardCharsets.UTF_8);
             BufferedWriter rows = Files.newBufferedWriter(data.resolve("pekerja_rentan.csv"), StandardCharsets.UTF_8)) {
            categories.write("kode,nama,nama_en,kelompok\n");
            rows.write("kode_wilayah,periode,kategori,sumber_dana,terlindungi,bulan_dibiayai\n");
            for (int i = 0; i < COUNT; i++) {
                categories.write(String.format("K%04d,Kategori %04d,Category %04d,%s%n", i, i, i,
                        i % 2 == 0 ? "SOSIAL_PENDIDIKAN_KEAGAMAAN" : "INFORMAL_BPU"));
                rows.write(String.format("17.01,2025-11,K%04d,APBD_PROVINSI,%d,2%n", i, 1 + i % 50));
            }
        }
        out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void theTableHasEveryCategoryInTheOrderOfTheList() throws Exception {
        List<String> codes = Files.readAllLines(out.resolve("data/indikator_rentan.csv")).stream()
                .filter(l -> l.startsWith("17.01,2025-11,")).map(l -> l.split(",")[3]).toList();
        List<String> expected = new ArrayList<>();
        for (int group = 0; group < 2; group++) {
            for (int i = group; i < COUNT; i += 2) {
                expected.add(String.format("K%04d", i));
            }
        }
        assertEquals(expected, codes, "the social group first, then the informal one, each in the list's order");
    }

    @Test
    void theChartShowsTheTwelveLargestAndOneBarForTheRest() throws Exception {
        var indicators = Fixtures.compute(data, YearMonth.of(2025, 11));
        Locale indonesian = Locale.forLanguageTag("id-ID");
        var views = new RegionViews(indicators, Messages.load(Fixtures.projectDir().resolve("report-templates"),
                indonesian), new Formats(indonesian), DocumentDate.of(YearMonth.of(2025, 11), null));
        Region regency = indicators.catalog().get("17.01");
        List<CategoryChart.Bar> bars = views.view(regency).vulnerable().chartBars();

        assertEquals(RegionViews.CHART_CATEGORIES + 1, bars.size());
        List<String> largest = new ArrayList<>();
        for (int i = 49; largest.size() < 12; i += 50) {
            largest.add(String.format("Kategori %04d", i));
        }
        assertEquals(largest, bars.subList(0, 12).stream().map(CategoryChart.Bar::label).toList());
        assertTrue(bars.subList(0, 12).stream().allMatch(b -> b.value() == 50));
        CategoryChart.Bar rest = bars.get(12);
        assertEquals("1.988 kategori lainnya", rest.label());
        assertEquals(40 * (50 * 51 / 2) - 12 * 50, rest.value());
    }

    @Test
    void theProvinceBriefingDrawsTheRestAsOneBarAndListsEveryCategory() throws Exception {
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/17-bengkulu.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains("1.988 kategori lainnya"), "the chart's bar for the rest");
        Matcher names = Pattern.compile("Kategori (\\d{4})").matcher(text);
        var found = new TreeSet<String>();
        while (names.find()) {
            found.add(names.group(1));
        }
        assertEquals(COUNT, found.size(), "the table lists every category");
    }
}
