package id.cakupan.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.indicators.Indicators;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.chart.Palette;
import id.cakupan.render.chart.TrendChart;

/**
 * The trend continues as a straight-line projection at the region's pace: to the month the target is
 * reached or to December of next year, whichever is sooner, with its end labelled and listed in the figures.
 */
class TrendProjectionTest {

    private static final YearMonth NOV_2025 = YearMonth.of(2025, 11);

    @TempDir
    static Path dir;
    static Indicators indicators;
    static RegionViews indonesian;
    static RegionViews english;

    /**
     * January to November 2025 (a pace over 10 months), potential 1,000 everywhere, province target 50 % in
     * 2025 and 55 % in 2026. Bogor grows 10 a month from 300: 400 now, 500 (the target) ten months on, in
     * September 2026. Sukabumi grows 1 a month from 300: 310 now, 323 in December 2026, the target far later.
     * Cianjur is above the target already; Bandung has two months only, no pace.
     */
    @BeforeAll
    static void compute() throws Exception {
        StringBuilder workforce = new StringBuilder("kode_wilayah,periode,potensi_peserta\n");
        StringBuilder participants = new StringBuilder("kode_wilayah,periode,segmen,peserta_aktif\n");
        for (int m = 1; m <= 11; m++) {
            String month = String.format(Locale.ROOT, "2025-%02d", m);
            int[] active = {300 + 10 * (m - 1), 300 + (m - 1), 600, 200 + 10 * (m - 10)};
            for (int r = 0; r < active.length; r++) {
                if (r == 3 && m < 10) {
                    continue;
                }
                String code = "32.0" + (r + 1);
                workforce.append(code).append(',').append(month).append(",1000\n");
                participants.append(code).append(',').append(month).append(",PU,").append(active[r]).append('\n');
            }
        }
        Fixtures.write(dir, Map.of("tenaga_kerja.csv", workforce.toString(), "kepesertaan.csv", participants.toString(),
                "target.csv", """
                        kode_wilayah,tahun,target_persen,sumber
                        32,2025,50,BPJSTK
                        32,2026,55,BPJSTK
                        """));
        indicators = Fixtures.compute(dir, NOV_2025);
        Path templates = Fixtures.projectDir().resolve("report-templates");
        Locale id = Locale.forLanguageTag("id-ID");
        Locale en = Locale.forLanguageTag("en-GB");
        indonesian = new RegionViews(indicators, Messages.load(templates, id), new Formats(id),
                DocumentDate.of(NOV_2025, null));
        english = new RegionViews(indicators, Messages.load(templates, en), new Formats(en),
                DocumentDate.of(NOV_2025, null));
    }

    private static TrendView trend(RegionViews views, String code) {
        return views.view(indicators.catalog().get(code)).trend();
    }

    @Test
    void aTargetFarAwayIsProjectedToDecemberOfNextYear() {
        TrendView trend = trend(indonesian, "32.02");
        TrendChart.Projection projection = trend.projection();
        assertEquals("Proyeksi garis lurus (laju 10 bulan terakhir)", projection.label(), "the span of the pace");
        assertEquals("Proyeksi garis lurus", projection.shortLabel());
        assertEquals("Des 2026: 32,30 %", projection.endLabel(), "310 + 13 months of 1 = 323 of 1,000");
        assertEquals(projection.endLabel(), projection.shortEndLabel());
        assertEquals(new BigDecimal("31.00"), projection.from(), "from the reporting month's coverage");
        assertEquals(new BigDecimal("32.30"), projection.to());
        assertEquals(13, projection.monthLabels().size());
        assertEquals("Des 2025", projection.monthLabels().get(0));
        assertEquals("Des 2026", projection.monthLabels().get(12));
        assertEquals(new BigDecimal("50"), projection.target().get(0), "this year's target to December");
        assertEquals(new BigDecimal("55"), projection.target().get(1), "next year's after it");
        assertEquals(11, trend.monthLabels().size(), "the measured months stay the trend's own");

        Table figures = trend.figures();
        assertEquals(12, figures.rows().size(), "a row per month and one for the projection's end");
        Table.Row end = figures.rows().get(11);
        assertEquals("Desember 2026 (proyeksi)", figures.cell(end, "month").text());
        assertEquals("32,30 %", figures.cell(end, "coverage").text());
        assertEquals("55 %", figures.cell(end, "target").text());
        assertEquals("Cakupan dari Januari 2025 sampai November 2025; garis biru putus-putus pendek sesudah "
                + "November 2025: proyeksi garis lurus dengan laju 10 bulan terakhir dan potensi tetap, 32,30 % pada "
                + "Desember 2026; garis putus-putus: target.", trend.description().replace('\u00a0', ' '));
    }

    @Test
    void aTargetReachedSoonerEndsTheLineThere() {
        TrendView trend = trend(indonesian, "32.01");
        TrendChart.Projection projection = trend.projection();
        assertEquals("Sep 2026: 50,00 %, target 50 % (2025) tercapai", projection.endLabel());
        assertEquals("Sep 2026: 50,00 %", projection.shortEndLabel());
        assertEquals(10, projection.monthLabels().size(), "December 2025 to September 2026");
        Table figures = trend.figures();
        assertEquals("September 2026 (proyeksi)", figures.cell(figures.rows().get(11), "month").text());
        assertTrue(trend.description().replace('\u00a0', ' ')
                .contains("proyeksi garis lurus dengan laju 10 bulan terakhir dan potensi tetap, target 50 % tercapai "
                        + "pada September 2026;"), trend.description());
    }

    @Test
    void aTargetMetOrAPaceUnknownHasNoProjection() {
        for (String code : List.of("32.03", "32.04")) {
            TrendView trend = trend(indonesian, code);
            assertNull(trend.projection(), code);
            assertEquals(11, trend.figures().rows().size(), code + ": the measured months only");
            assertFalse(trend.description().contains("proyeksi"), trend.description());
            String svg = svg(trend, false);
            assertFalse(svg.contains("Proyeksi"), code + ": no line in the legend");
            assertFalse(svg.contains("2026"), code + ": the axis ends with the reporting month");
        }
    }

    @Test
    void englishWordsAndFormats() {
        TrendView trend = trend(english, "32.02");
        assertEquals("Straight-line projection (pace of the last 10 months)", trend.projection().label());
        assertEquals("Dec 2026: 32.30%", trend.projection().endLabel());
        assertEquals("Sep 2026: 50.00%, the 50% target (2025) reached", trend(english, "32.01").projection().endLabel());
        assertEquals("December 2026 (projection)", trend.figures().cell(trend.figures().rows().get(11), "month").text());
    }

    /** The chart draws the line's legend, the end label and the months ahead; a narrow one sets the label on two lines. */
    @Test
    void theChartDrawsTheProjectionAndItsLabelInside() {
        TrendView trend = trend(indonesian, "32.02");
        String wide = svg(trend, false);
        assertTrue(wide.contains(">Proyeksi garis lurus (laju 10 bulan terakhir)<"), "legend");
        assertTrue(wide.contains(">Des 2026: 32,30 %<"), "the end's label");
        assertTrue(wide.contains(">Jul 2026<"), "months ahead on the axis");
        String narrow = svg(trend, true);
        assertTrue(narrow.contains(">Proyeksi garis lurus<"), "the narrow legend's shorter words");
        assertTrue(narrow.contains(">Des 2026:<") && narrow.contains(">32,30 %<"), "two lines");
        for (String svg : List.of(wide, narrow)) {
            assertTrue(labelRight(svg, "32,30 %") <= WIDTH, "no label cut at the right edge: " + labelRight(svg, "32,30 %"));
        }
    }

    private static final int WIDTH = 340;

    private static String svg(TrendView trend, boolean compact) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, 280);
        trend.chart(compact).draw(g, new Rectangle(0, 0, WIDTH, 280));
        return g.getSVGElement();
    }

    /** Where the text ending with {@code end} ends: its start plus its width in the larger of the charts' fonts. */
    private static double labelRight(String svg, String end) {
        int text = svg.indexOf(end + "</text>");
        int open = svg.lastIndexOf("<text", text);
        String element = svg.substring(open, text);
        double x = Arrays.stream(element.split(" ")).filter(a -> a.startsWith("x='")).findFirst()
                .map(a -> Double.parseDouble(a.substring(3, a.indexOf('\'', 3)))).orElseThrow();
        String content = element.substring(element.indexOf('>') + 1) + end;
        return x + Palette.LABEL.getStringBounds(content, new FontRenderContext(null, true, true)).getWidth();
    }
}
