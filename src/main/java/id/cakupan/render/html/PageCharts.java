package id.cakupan.render.html;

import static id.cakupan.render.html.Models.cell;
import static id.cakupan.render.html.Models.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.DataWarning;
import id.cakupan.model.Region;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.PartialFigures;
import id.cakupan.render.RegionCharts;
import id.cakupan.render.ReportTables;

/** The charts of a page as inline SVG, each with title, description and the table of its figures. */
final class PageCharts {

    private static final int WIDTH = 600;
    /** The drawing width of the phone variant: drawn narrow, so that its text stays legible. */
    private static final int NARROW = 340;

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final PartialFigures partial;
    private final ReportTables tables;
    private final RegionCharts charts;

    PageCharts(Indicators indicators, Messages messages, Formats formats, ReportTables tables) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = formats;
        this.partial = new PartialFigures(messages, formats);
        this.tables = tables;
        this.charts = new RegionCharts(indicators, messages, formats);
    }

    Map<String, Object> ranking(Region parent, Region current, BigDecimal target) {
        List<RegionIndicator> ranked = tables.ranked(parent);
        var chart = charts.ranking(ranked, current, target, false);
        if (chart == null) {
            return null;
        }
        int bars = charts.rankingBars(ranked, current).size();
        Models.Table table = new Models.Table(messages.get("site.chart.ranking.title", Names.display(parent, messages)),
                messages.get("table.empty"), false)
                .column(messages.get("table.region"), false).column(messages.get("table.coverage"), true);
        ranked.stream().filter(r -> r.coverage() != null).forEach(r -> table.row(r.region().equals(current), List.of(
                cell(partial.chartName(r)), cell(formats.percent(r.coverage()), r.coverage()))));
        return chart("ranking-chart", messages.get("site.chart.ranking.title", Names.display(parent, messages)),
                messages.get(target == null ? "site.chart.ranking.desc" : "site.chart.ranking.descTarget",
                        formats.target(target)),
                SvgCharts.svg(chart, "ranking-chart", WIDTH, 70 + 26 * bars),
                SvgCharts.svg(charts.ranking(ranked, current, target, true), "ranking-chart-n", NARROW, 90 + 22 * bars),
                table.build());
    }

    Map<String, Object> trend(Region region) {
        var trend = charts.trend(region);
        Models.Table table = new Models.Table(messages.get("site.chart.trend.title", Names.display(region, messages)),
                messages.get("table.empty"), false)
                .column(messages.get("site.table.month"), false).column(messages.get("table.coverage"), true);
        if (trend.showTarget()) {
            table.column(messages.get("chart.target"), true);
        }
        if (trend.showNational()) {
            table.column(messages.get("chart.national"), true);
        }
        for (int i = 0; i < trend.months().size(); i++) {
            List<Map<String, Object>> cells = new ArrayList<>();
            cells.add(cell(formats.month(trend.months().get(i))));
            cells.add(cell(formats.percent(trend.coverage().get(i)), trend.coverage().get(i)));
            if (trend.showTarget()) {
                cells.add(cell(formats.target(trend.target().get(i)), trend.target().get(i)));
            }
            if (trend.showNational()) {
                cells.add(cell(formats.percent(trend.national().get(i)), trend.national().get(i)));
            }
            table.row(false, cells);
        }
        var months = trend.months();
        String description = messages.get("site.chart.trend.desc", formats.month(months.get(0)),
                formats.month(months.get(months.size() - 1)))
                + (trend.showTarget() ? messages.get("site.chart.trend.target") : "")
                + (trend.showNational() ? messages.get("site.chart.trend.national") : "") + ".";
        return chart("trend-chart", messages.get("site.chart.trend.title", Names.display(region, messages)),
                description, SvgCharts.svg(charts.trendChart(region, trend, false), "trend-chart", WIDTH, 320),
                SvgCharts.svg(charts.trendChart(region, trend, true), "trend-chart-n", NARROW, 280), table.build());
    }

    Map<String, Object> vulnerable(Region region) {
        var bars = charts.vulnerableBars(region);
        var chart = charts.vulnerableChart(charts.chartBars(bars));
        if (chart == null) {
            return null;
        }
        Models.Table table = new Models.Table(messages.get("site.chart.vulnerable.title"), messages.get("table.empty"),
                false).column(messages.get("table.category"), false).column(messages.get("table.group"), false)
                .column(messages.get("table.workers"), true);
        bars.forEach(b -> table.row(false, List.of(cell(b.label()), cell(b.group()),
                cell(formats.integer(b.value()), b.value()))));
        return chart("vulnerable-chart", messages.get("site.chart.vulnerable.title"),
                messages.get("site.chart.vulnerable.desc"),
                SvgCharts.svg(chart, "vulnerable-chart", WIDTH, 80 + 24 * bars.size()),
                SvgCharts.svg(chart, "vulnerable-chart-n", NARROW, 100 + 22 * bars.size()), table.build());
    }

    String vulnerableSummary(RegionIndicator indicator) {
        return charts.vulnerableSummary(indicator);
    }

    String warning(DataWarning warning) {
        return charts.warning(warning);
    }

    /** The national choropleth: one polygon per (older) province outline, linked to its page. */
    Map<String, Object> provinceMap(SitePlan plan) {
        var catalog = indicators.data().dataset().regions();
        String svg = ProvinceMap.svg(
                outline -> combinedCoverage(outline.covers()),
                outline -> outline.covers().stream().map(this::mapName).reduce((a, b) -> a + ", " + b)
                        .orElse("") + ": " + (combinedCoverage(outline.covers()) == null ? messages.get("site.map.none")
                        : formats.percent(combinedCoverage(outline.covers()))),
                outline -> plan.file(catalog.get(outline.code())),
                "map");
        List<Map<String, Object>> legend = new ArrayList<>();
        var bands = ProvinceMap.BANDS;
        for (int i = 0; i < bands.size(); i++) {
            String label = i + 1 < bands.size()
                    ? messages.get("site.map.band", formats.target(bands.get(i).lower()), formats.target(bands.get(i + 1).lower()))
                    : messages.get("site.map.top", formats.target(bands.get(i).lower()));
            legend.add(map("colour", bands.get(i).colour(), "label", label));
        }
        legend.add(map("colour", ProvinceMap.NO_DATA, "label", messages.get("site.map.none")));
        return map("title", messages.get("site.map.title", formats.month(indicators.period())), "svg", svg,
                "legend", legend, "caveat", messages.get("site.map.caveat"));
    }

    /** A province's name on the map, marked when its figures are a sum over only some of its regencies. */
    private String mapName(String code) {
        return indicators.get(code, indicators.period()).map(partial::shortName)
                .orElse(indicators.data().dataset().regions().get(code).name());
    }

    /** Coverage of the provinces an outline stands for, summed; null when none has data. */
    private BigDecimal combinedCoverage(List<String> codes) {
        long active = 0;
        long potential = 0;
        boolean any = false;
        for (String code : codes) {
            var indicator = indicators.get(code, indicators.period());
            if (indicator.isPresent()) {
                active += indicator.get().active();
                potential += indicator.get().potential();
                any = true;
            }
        }
        return any ? id.cakupan.indicators.Percent.of(active, potential) : null;
    }

    /** A chart in two drawings, for wide screens and for phones, and the table of its figures. */
    private Map<String, Object> chart(String id, String title, String description, String svg, String narrowSvg,
                                      Map<String, Object> table) {
        return map("id", id, "title", title, "description", description, "svg", svg, "narrowSvg", narrowSvg,
                "tableLabel", messages.get("site.chart.table"), "table", table);
    }
}
