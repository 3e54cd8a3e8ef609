package id.cakupan.render.html;

import static id.cakupan.render.html.Models.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.cakupan.indicators.Indicators;
import id.cakupan.render.view.RankingView;
import id.cakupan.render.view.RegionViews;
import id.cakupan.render.view.TrendView;
import id.cakupan.render.view.VulnerableView;

/** The charts of a page as inline SVG, each with title, description and the table of its figures. */
final class PageCharts {

    private static final int WIDTH = 600;
    /** The drawing width of the phone variant: drawn narrow, so that its text stays legible. */
    private static final int NARROW = 340;

    private final Indicators indicators;
    private final RegionViews views;
    private final RankingDrawings rankings = new RankingDrawings();

    PageCharts(Indicators indicators, RegionViews views) {
        this.indicators = indicators;
        this.views = views;
    }

    /** Null when no ranked region has a coverage. */
    Map<String, Object> ranking(RankingView ranking) {
        if (ranking.bars().isEmpty()) {
            return null;
        }
        int bars = ranking.bars().size();
        return chart("ranking-chart", ranking.chartTitle(), ranking.description(),
                rankings.svg(ranking, false, "ranking-chart", WIDTH, 70 + 26 * bars),
                rankings.svg(ranking, true, "ranking-chart-n", NARROW, 90 + 22 * bars),
                Models.table(ranking.figures(), false, null));
    }

    Map<String, Object> trend(TrendView trend) {
        return chart("trend-chart", trend.chartTitle(), trend.description(),
                SvgCharts.svg(trend.chart(false), "trend-chart", WIDTH, 320),
                SvgCharts.svg(trend.chart(true), "trend-chart-n", NARROW, 280), Models.table(trend.figures(), false, null));
    }

    /** Null when no vulnerable worker is protected in the region this month. */
    Map<String, Object> vulnerable(VulnerableView vulnerable) {
        var chart = vulnerable.chart();
        if (chart == null) {
            return null;
        }
        int bars = vulnerable.chartBars().size();
        return chart("vulnerable-chart", vulnerable.chartTitle(), vulnerable.description(),
                SvgCharts.svg(chart, "vulnerable-chart", WIDTH, 80 + 24 * bars),
                SvgCharts.svg(chart, "vulnerable-chart-n", NARROW, 100 + 22 * bars),
                Models.table(vulnerable.figures(), false, null));
    }

    /** The national choropleth: one polygon per (older) province outline, linked to its page. */
    Map<String, Object> provinceMap(SitePlan plan) {
        var catalog = indicators.catalog();
        Map<List<String>, BigDecimal> coverage = new HashMap<>();
        Function<ProvinceMap.Outline, BigDecimal> covered =
                outline -> coverage.computeIfAbsent(outline.covers(), indicators::combinedCoverage);
        String svg = ProvinceMap.svg(covered,
                outline -> views.areaLabel(outline.covers(), covered.apply(outline)),
                outline -> plan.file(catalog.get(outline.code())),
                "map");
        List<Map<String, Object>> legend = new ArrayList<>();
        var bands = ProvinceMap.BANDS;
        for (int i = 0; i < bands.size(); i++) {
            legend.add(map("colour", bands.get(i).colour(), "label",
                    views.band(bands.get(i).lower(), i + 1 < bands.size() ? bands.get(i + 1).lower() : null)));
        }
        var messages = views.messages();
        legend.add(map("colour", ProvinceMap.NO_DATA, "label", messages.get("site.map.none")));
        return map("title", messages.get("site.map.title", views.month()), "svg", svg,
                "legend", legend, "caveat", messages.get("site.map.caveat"));
    }

    /** A chart in two drawings, for wide screens and for phones, and the table of its figures. */
    private Map<String, Object> chart(String id, String title, String description, String svg, String narrowSvg,
                                      Map<String, Object> table) {
        return map("id", id, "title", title, "description", description, "svg", svg, "narrowSvg", narrowSvg,
                "tableLabel", views.messages().get("site.chart.table"), "table", table);
    }
}
