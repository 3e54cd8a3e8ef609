package id.cakupan.render.html;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.cakupan.render.chart.RankingChart;
import id.cakupan.render.view.RankingView;

/**
 * The ranking charts of the pages of one language. The regencies of a province share their
 * ranking's bars and differ only in which one is highlighted, so the chart is drawn once, with a
 * marker colour for each bar (see {@link RankingChart#barMarker}), and each page replaces the
 * markers with its colours: the same text as drawing it afresh (a test compares them), for a
 * twentieth of the work.
 */
final class RankingDrawings {

    /** How the SVG writer spells the markers: {@code rgb(7,13,i)} for bars, {@code rgb(7,14,i)} for labels. */
    private static final String MARKER = "rgb(7,1";

    private record Key(RankingView.Drawing drawing, boolean compact, String id, int width, int height) {
    }

    private final Map<Key, String> drawn = new ConcurrentHashMap<>();

    /** The ranking's chart as {@link SvgCharts#svg} draws it; null when no bar has a coverage. */
    String svg(RankingView ranking, boolean compact, String id, int width, int height) {
        if (ranking.bars().size() > RankingChart.MARKABLE) {
            return SvgCharts.svg(ranking.chart(compact), id, width, height);
        }
        String marked = drawn.computeIfAbsent(new Key(ranking.drawing(), compact, id, width, height),
                key -> SvgCharts.svg(ranking.markedChart(compact), id, width, height));
        return colour(marked, ranking.bars());
    }

    /** The drawing with each marker replaced by the colour of its bar or label. */
    static String colour(String svg, List<RankingChart.Bar> bars) {
        StringBuilder coloured = new StringBuilder(svg.length() + 64);
        int from = 0;
        for (int at = svg.indexOf(MARKER); at >= 0; at = svg.indexOf(MARKER, at + 1)) {
            int kind = at + MARKER.length();
            int close = svg.indexOf(')', kind);
            if (close < 0 || svg.charAt(kind + 1) != ',' || svg.charAt(kind) != '3' && svg.charAt(kind) != '4') {
                continue;
            }
            RankingChart.Bar bar = bars.get(Integer.parseInt(svg, kind + 2, close, 10));
            Color colour = svg.charAt(kind) == '3' ? RankingChart.barPaint(bar) : RankingChart.labelPaint(bar);
            coloured.append(svg, from, at).append("rgb(").append(colour.getRed()).append(',').append(colour.getGreen())
                    .append(',').append(colour.getBlue()).append(')');
            from = close + 1;
        }
        return coloured.append(svg, from, svg.length()).toString();
    }
}
