package id.cakupan.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.cakupan.Fixtures;
import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.Region;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.chart.RankingChart;
import id.cakupan.render.view.RankingView;
import id.cakupan.render.view.RegionViews;

/** A ranking drawn once and coloured per page is the very text of the chart drawn for that page. */
class RankingDrawingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyPageGetsTheDrawingItWouldHaveHadAlone(String language) throws Exception {
        Indicators indicators = Fixtures.compute(Fixtures.projectDir().resolve("data"), YearMonth.of(2025, 11));
        Locale locale = Locale.forLanguageTag(language);
        RegionViews views = new RegionViews(indicators, Messages.load(Fixtures.projectDir().resolve("report-templates"),
                locale), new Formats(locale, true), DocumentDate.of(indicators.period(), null));
        RankingDrawings drawings = new RankingDrawings();
        int highlighted = 0;
        int insideLabels = 0;
        for (RegionIndicator indicator : indicators.regions()) {
            Region region = indicator.region();
            if (!indicator.period().equals(indicators.period())) {
                continue;
            }
            RankingView ranking = views.view(region).ranking();
            if (ranking.bars().isEmpty()) {
                continue;
            }
            for (boolean compact : List.of(false, true)) {
                String alone = SvgCharts.svg(ranking.chart(compact), "ranking-chart", 600, 300);
                assertEquals(alone, drawings.svg(ranking, compact, "ranking-chart", 600, 300), region.code());
                insideLabels += alone.contains("fill: rgb(255,255,255)") ? 1 : 0;
            }
            highlighted += ranking.bars().stream().anyMatch(RankingChart.Bar::highlighted) ? 1 : 0;
        }
        // the comparison covered the ten regencies of Bengkulu, each highlighted, and labels drawn inside bars
        assertEquals(10, highlighted);
        assertTrue(insideLabels > 0, "inside labels " + insideLabels);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 9, 10, 255})
    void eachMarkerBecomesItsBarsColour(int at) {
        List<RankingChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            bars.add(new RankingChart.Bar("r" + i, BigDecimal.ONE, i == at));
        }
        String svg = "<rect style='fill:rgb(7,13," + at + ")'/><text style='fill: rgb(7,14," + at + ")'>x</text>"
                + "<rect style='fill:rgb(7,13,2)'/><rect style='fill:rgb(7,100,2)'/>";
        assertEquals("<rect style='fill:rgb(230,159,0)'/><text style='fill: rgb(34,34,34)'>x</text>"
                + "<rect style='fill:rgb(" + (at == 2 ? "230,159,0" : "0,114,178") + ")'/><rect style='fill:rgb(7,100,2)'/>",
                RankingDrawings.colour(svg, bars));
    }
}
