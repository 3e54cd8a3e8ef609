package id.cakupan.render.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

import id.cakupan.render.Formats;

/** Charts draw their labels in the reader's number format; checked on the SVG the dashboard will use. */
class ChartsTest {

    static final Locale ID = Locale.forLanguageTag("id-ID");
    static final Locale EN = Locale.forLanguageTag("en-GB");

    static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(500, 300);
        chart.draw(g, new Rectangle(0, 0, 500, 300));
        return g.getSVGElement();
    }

    static List<RankingChart.Bar> bars() {
        return List.of(new RankingChart.Bar("Kaur", new BigDecimal("75.00"), true),
                new RankingChart.Bar("Kota Bengkulu", new BigDecimal("48.21"), false),
                new RankingChart.Bar("Lebong", new BigDecimal("17.00"), false));
    }

    @Test
    void rankingLabelsBarsAndTargetInIndonesian() {
        String svg = svg(RankingChart.create(bars(), new BigDecimal("48"), "Target 48 %", "Cakupan", ChartFigures.of(new Formats(ID))));
        assertTrue(svg.contains("75,00 %"), "bar label");
        assertTrue(svg.contains("48,21 %"));
        assertTrue(svg.contains("Target 48 %"), "target line label");
        assertTrue(svg.contains("Kota Bengkulu"));
        assertTrue(svg.contains("rgb(230,159,0)"), "the highlighted bar is orange");
    }

    @Test
    void rankingInEnglish() {
        String svg = svg(RankingChart.create(bars(), null, null, "Coverage", ChartFigures.of(new Formats(EN))));
        assertTrue(svg.contains("75.00%"));
        assertFalse(svg.contains("75,00"));
    }

    @Test
    void trendShowsMonthsAndAllThreeSeries() {
        List<String> months = List.of("Sep 2025", "Okt 2025", "Nov 2025");
        var coverage = new TrendChart.Series("Cakupan Bengkulu", List.of(new BigDecimal("35.20"),
                new BigDecimal("35.33"), new BigDecimal("35.45")));
        var target = new TrendChart.Series("Target", List.of(new BigDecimal("48"), new BigDecimal("48"),
                new BigDecimal("48")));
        var national = new TrendChart.Series("Nasional", Arrays.asList(null, new BigDecimal("35.70"),
                new BigDecimal("35.70")));
        String svg = svg(TrendChart.create(months, coverage, target, national, ChartFigures.of(new Formats(ID))));
        assertTrue(svg.contains("Okt 2025"), "month labels");
        assertTrue(svg.contains("Cakupan Bengkulu") && svg.contains("Nasional") && svg.contains("Target"), "legend");
        assertTrue(svg.contains("50 %"), "axis in Indonesian percent");
    }

    @Test
    void categoriesUseIndonesianThousands() {
        String svg = svg(CategoryChart.create(List.of(
                new CategoryChart.Bar("Kader posyandu", "Sosial", 11_028),
                new CategoryChart.Bar("Pekerja rentan lainnya", "Informal", 35_164)), ChartFigures.of(new Formats(ID))));
        assertTrue(svg.contains("35.164"));
        assertTrue(svg.contains("11.028"));
        assertTrue(svg.contains("Informal"), "legend with the groups");
    }
}
