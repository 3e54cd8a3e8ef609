package id.cakupan.render.view;

import java.util.List;

import org.jfree.chart.JFreeChart;

import id.cakupan.render.chart.CategoryChart;
import id.cakupan.render.chart.ChartFigures;

/**
 * The vulnerable workers whose premiums a region's budgets pay.
 *
 * @param summary   the paragraph that states them
 * @param bars      protected workers per category (summed over funders), largest first
 * @param chartBars the bars drawn: the {@link RegionViews#CHART_CATEGORIES} largest, and one for the rest
 * @param table     a row per category and funder: category, group, funder, workers, cost
 * @param largest   the same rows, most workers first (a slide shows the first of them)
 * @param figures   the chart's figures as a table, a row per category: category, group, workers
 */
public record VulnerableView(String summary, List<CategoryChart.Bar> bars, List<CategoryChart.Bar> chartBars,
                             String chartTitle, String description, Table table, Table largest, Table figures,
                             ChartFigures chartFigures) {

    public VulnerableView {
        bars = List.copyOf(bars);
        chartBars = List.copyOf(chartBars);
    }

    /** Null when no vulnerable worker is protected in the region this month. */
    public JFreeChart chart() {
        return chart(false);
    }

    /**
     * Null when no vulnerable worker is protected in the region this month.
     *
     * @param compact drawn narrow, for a phone
     */
    public JFreeChart chart(boolean compact) {
        return chartBars.isEmpty() ? null : CategoryChart.create(chartBars, chartFigures, compact);
    }
}
