package id.cakupan.render.html;

import static id.cakupan.render.html.Models.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.cakupan.indicators.Indicators;
import id.cakupan.render.Xml;
import id.cakupan.render.view.RankingView;
import id.cakupan.render.view.RegencyMapView;
import id.cakupan.render.view.RegionViews;
import id.cakupan.render.view.TrendView;
import id.cakupan.render.view.VulnerableView;

/** The charts of a page as inline SVG, each with title, description and the table of its figures. */
final class PageCharts {

    private static final int WIDTH = 600;
    /**
     * The drawing width of the phone variant: drawn narrow, so that its text stays legible. A phone 390
     * pixels wide shows it 358 pixels wide, 1.63 times its drawing: the charts' smallest text (8 points)
     * at 13 pixels, their labels (9 points) at 14.6.
     */
    private static final int NARROW = 220;

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
                rankings.svg(ranking, true, "ranking-chart-n", NARROW, 70 + 15 * bars),
                Models.table(ranking.figures(), false, null));
    }

    Map<String, Object> trend(TrendView trend) {
        return chart("trend-chart", trend.chartTitle(), trend.description(),
                SvgCharts.svg(trend.chart(false), "trend-chart", WIDTH, 320),
                SvgCharts.svg(trend.chart(true), "trend-chart-n", NARROW, 230), Models.table(trend.figures(), false, null));
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
                SvgCharts.svg(vulnerable.chart(true), "vulnerable-chart-n", NARROW, 80 + 34 * bars),
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

    /**
     * A province's regencies/cities on the map of the user's boundary file: one drawing for every
     * width (it scales down whole), each area linked to its page with its name and coverage as a
     * tooltip. To assistive technology the drawing is a group, named by its title and described by
     * its description, of links named by their areas' tooltips (an image may not hold links: axe's
     * nested-interactive rule); the names drawn on the areas repeat those and are hidden from it.
     * The keyboard passes the map's links by and reaches the same links in the table of its
     * figures, the map's text alternative.
     */
    Map<String, Object> regencyMap(RegencyMapView map, SitePlan plan) {
        String id = "regency-map";
        StringBuilder svg = new StringBuilder(64 + map.areas().stream().mapToInt(a -> a.path().length() + 120).sum());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(map.width()).append(' ')
                .append(map.height()).append("\" role=\"group\" aria-labelledby=\"").append(id).append("-title\" ")
                .append("aria-describedby=\"").append(id).append("-desc\">");
        for (RegencyMapView.Area area : map.areas()) {
            String link = area.region() == null ? null : plan.file(area.region());
            if (link != null) {
                // the links of the table below are the ones a keyboard reaches
                svg.append("<a href=\"").append(Xml.escape(link)).append("\" tabindex=\"-1\">");
            }
            svg.append("<path d=\"").append(area.path()).append("\" fill=\"").append(area.colour())
                    .append("\"><title>").append(Xml.escape(area.label())).append("</title></path>");
            if (link != null) {
                svg.append("</a>");
            }
        }
        // the names where they fit, above every area (a label never hides under a neighbour)
        svg.append("<g class=\"labels\" aria-hidden=\"true\" font-size=\"").append(LABEL_SIZE).append("\">");
        for (RegencyMapView.Area area : map.areas()) {
            List<String> lines = fits(area.name(), area.room(), LABEL_SIZE) ? List.of(area.name()) : area.nameLines();
            if (lines.size() == 1 && !fits(area.name(), area.room(), LABEL_SIZE)
                    || lines.stream().anyMatch(line -> !fits(line, area.room(), LABEL_SIZE))
                    || lines.size() * LABEL_SIZE * 1.1 > area.height()) {
                continue;
            }
            // one line centred on the label's point, or two lines around it
            double first = area.labelY() + LABEL_SIZE * 0.35 - (lines.size() - 1) * LABEL_SIZE * 0.55;
            svg.append("<text x=\"").append(Math.round(area.labelX())).append("\" y=\"").append(Math.round(first))
                    .append("\" fill=\"").append(area.ink()).append("\">");
            for (int i = 0; i < lines.size(); i++) {
                svg.append(i == 0 ? "<tspan>" : "<tspan x=\"" + Math.round(area.labelX()) + "\" dy=\""
                        + Math.round(LABEL_SIZE * 1.1) + "\">").append(Xml.escape(lines.get(i))).append("</tspan>");
            }
            svg.append("</text>");
        }
        svg.append("</g></svg>");
        List<Map<String, Object>> legend = map.legend().stream()
                .map(item -> map("colour", item.colour(), "label", item.label())).toList();
        return map("id", id, "title", map.title(), "description", map.description(), "svg", svg.toString(),
                "legend", legend, "caveat", map.caption(), "tableLabel", views.messages().get("site.chart.table"),
                "table", Models.table(map.figures(), false, plan::file));
    }

    /** The size of a regency's name on its map, in the map's units (a map 600 wide shows it at about 13 pixels). */
    private static final int LABEL_SIZE = 11;

    /**
     * Whether a name is narrower than the room for it, taking a letter of DejaVu Sans as 0.62 of its size
     * on average, with a letter's width to spare.
     */
    static boolean fits(String name, double room, double size) {
        return (name.length() + 1) * 0.62 * size <= room;
    }

    /** A chart in two drawings, for wide screens and for phones, and the table of its figures. */
    private Map<String, Object> chart(String id, String title, String description, String svg, String narrowSvg,
                                      Map<String, Object> table) {
        return map("id", id, "title", title, "description", description, "svg", svg, "narrowSvg", narrowSvg,
                "tableLabel", views.messages().get("site.chart.table"), "table", table);
    }
}
