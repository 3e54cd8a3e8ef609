package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.bench.NationalSample;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.render.Formats;
import id.cakupan.render.Names;
import id.cakupan.render.chart.ChartFigures;
import id.cakupan.render.chart.RankingChart;
import id.cakupan.render.view.RegionViews;

/**
 * Provinces with many regencies (Sumatera Utara has 33, Jawa Timur 38) still give legible
 * rankings: the briefing's chart grows with its bars, the one-pager shows a window of the ranking.
 */
class LargeProvinceIT {

    @TempDir
    static Path temp;
    static Path data;

    @BeforeAll
    static void writeData() throws Exception {
        data = temp.resolve("data");
        new NationalSample(2, 13).write(data);  // Aceh (23 regencies/cities) and Sumatera Utara (33)
    }

    @Test
    void aOnePagerShowsTheTopTheRegionWithItsNeighboursAndTheBottom() throws Exception {
        Path out = temp.resolve("one");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--region", "12.10");
        assertEquals(0, run.exitCode(), run.err());
        Path pdf;
        try (Stream<Path> files = Files.list(out.resolve("pdf"))) {
            pdf = files.findFirst().orElseThrow();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages(), "still one page");
        }
        String text = PdfBriefingsIT.text(pdf);
        Matcher rank = Pattern.compile("berada di peringkat (\\d+) dari 33").matcher(text);
        assertTrue(rank.find(), text);
        int place = Integer.parseInt(rank.group(1));
        String label = Names.shortName(ReferenceRegions.catalog().get("12.10"));
        assertTrue(text.contains(place + ". " + label + " "), "the region's bar carries its rank: " + text);
        assertTrue(text.contains("1. ") && text.contains("33. "), "top and bottom are shown: " + text);
        List<Integer> ranks = new ArrayList<>();
        Pattern.compile("(?<![\\d,.])(\\d{1,2})\\. [A-Z]").matcher(text).results()
                .forEach(m -> ranks.add(Integer.parseInt(m.group(1))));
        assertTrue(ranks.size() >= 8 && ranks.size() <= RegionViews.WINDOW, "a window of the ranking: " + ranks);
        assertTrue(text.contains("\u2026"), "left-out regions are marked: " + text);
    }

    @Test
    void aLongListOfRegionsWithoutRegulationIsCutInTheFindings() throws Exception {
        Path out = temp.resolve("province");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--region", "12");
        assertEquals(0, run.exitCode(), run.err());
        String text = PdfBriefingsIT.text(out.resolve("pdf/12-sumatera-utara.pdf"));
        Matcher sentence = Pattern.compile("(\\d+) dari 34 wilayah belum menetapkan regulasi kepala daerah: "
                + "masih rancangan di ([^.;]+?) dan (\\d+) wilayah lainnya\\.").matcher(text);
        assertTrue(sentence.find(), text);
        assertEquals(8, sentence.group(2).split(", ").length, "the first eight names: " + sentence.group(2));
        assertEquals(Integer.parseInt(sentence.group(1)) - 8, Integer.parseInt(sentence.group(3)),
                "the others are counted (all are drafts in this data): " + sentence.group());
    }

    /** The program decides the ranking's height (RankingSize); the briefing's image takes it, as wide as the column. */
    @Test
    void theBriefingsRankingChartGetsTheHeightItsBarsNeed() throws Exception {
        ReportTemplates templates = ReportTemplates.compile(Fixtures.projectDir().resolve("report-templates"),
                List.of(PdfBriefingsRenderer.BRIEFING));
        int width = templates.get(PdfBriefingsRenderer.BRIEFING).getColumnWidth();
        Map<Integer, Integer> heights = new HashMap<>();
        for (int bars : new int[] {0, 10, 14, 15, 26, 27, 38}) {
            var chart = BriefingParameters.rankingImage(bars == 0 ? null : RankingChart.create(
                    List.of(new RankingChart.Bar("A", BigDecimal.TEN, false)), null,
                    null, "Cakupan", ChartFigures.of(new Formats(Locale.ROOT))), bars, width);
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("RANKING_CHART", chart);
            JasperPrint print = templates.fill(PdfBriefingsRenderer.BRIEFING, parameters, new JREmptyDataSource(1));
            JRPrintImage image = find(print, chart);
            assertNotNull(image, "the ranking chart is printed once for " + bars + " bars");
            assertEquals(width, image.getWidth(), "the ranking spans the column");
            heights.put(bars, image.getHeight());
        }
        // no bars (a country with national rows only) keeps the room of a short ranking, as it always did
        assertEquals(Map.of(0, 250, 10, 250, 14, 250, 15, 430, 26, 430, 27, 620, 38, 620), heights);
    }

    private static JRPrintImage find(JasperPrint print, ChartRenderable chart) {
        List<JRPrintImage> found = new ArrayList<>();
        for (var page : print.getPages()) {
            collect(page.getElements(), chart, found);
        }
        assertTrue(found.size() <= 1, "printed " + found.size() + " times");
        return found.isEmpty() ? null : found.get(0);
    }

    private static void collect(List<JRPrintElement> elements, ChartRenderable chart, List<JRPrintImage> found) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintImage image && image.getRenderer() == chart) {
                found.add(image);
            } else if (element instanceof JRPrintFrame frame) {
                collect(frame.getElements(), chart, found);
            }
        }
    }
}
