package id.cakupan.render.view;

import java.math.BigDecimal;
import java.util.List;

import org.jfree.chart.JFreeChart;

import id.cakupan.model.Region;
import id.cakupan.render.chart.ChartFigures;
import id.cakupan.render.chart.RankingChart;

/**
 * Where a region stands among its siblings, or how its sub-regions rank: for a province or the
 * country its own sub-regions, for a regency/city its province's, with itself highlighted.
 *
 * @param title       the section's heading
 * @param parent      the region whose sub-regions are ranked
 * @param bars        every ranked sub-region with a coverage, highest first
 * @param window      the bars of a one-pager's compact chart (see {@link RegionViews#window})
 * @param target      where the target line is drawn (the report's region's target), or null
 * @param targetLine  the line's label, such as "Target 48 %"
 * @param chartTitle  the chart's title, and its text alternative with {@code description}
 * @param table       every sub-region: rank, region, potential, active, coverage, gap, needed, change
 * @param figures     the chart's figures as a table (region, coverage)
 */
public record RankingView(String title, Region parent, List<RankingChart.Bar> bars, List<RankingChart.Bar> window,
                          BigDecimal target, String targetLine, String seriesLabel, String chartTitle,
                          String description, Table table, Table figures, ChartFigures chartFigures) {

    public RankingView {
        bars = List.copyOf(bars);
        window = List.copyOf(window);
    }

    /** The chart of every bar; null when no sub-region has a coverage. */
    public JFreeChart chart(boolean compact) {
        return draw(bars, compact);
    }

    /** The compact chart of the {@link #window} bars; null when there are none. */
    public JFreeChart windowChart() {
        return draw(window, true);
    }

    /**
     * The chart of every bar drawn with markers for its colours (see {@link RankingChart#barMarker}): one
     * drawing for every view with the same {@link #drawing}, coloured for each by {@link #bars}' highlights;
     * null when there are no bars, or more than {@link RankingChart#MARKABLE}.
     */
    public JFreeChart markedChart(boolean compact) {
        return bars.isEmpty() || bars.size() > RankingChart.MARKABLE ? null
                : RankingChart.create(bars, target, targetLine, seriesLabel, chartFigures, compact, true);
    }

    /** What the {@link #markedChart} depends on: equal for the regions of one ranking that share a target. */
    public Drawing drawing() {
        return new Drawing(bars.stream().map(bar -> new RankingChart.Bar(bar.label(), bar.coverage(), false)).toList(),
                target, targetLine, seriesLabel, chartFigures);
    }

    /** See {@link #drawing}. */
    public record Drawing(List<RankingChart.Bar> bars, BigDecimal target, String targetLine, String seriesLabel,
                          ChartFigures chartFigures) {

        public Drawing {
            bars = List.copyOf(bars);
        }
    }

    private JFreeChart draw(List<RankingChart.Bar> shown, boolean compact) {
        return shown.isEmpty() ? null : RankingChart.create(shown, target, targetLine, seriesLabel, chartFigures, compact);
    }
}
