package id.cakupan.render.view;

import java.util.List;

import org.jfree.chart.JFreeChart;

import id.cakupan.render.chart.ChartFigures;
import id.cakupan.render.chart.TrendChart;

/**
 * A region's coverage month by month (the last {@link RegionViews#TREND_MONTHS} months up to the
 * reporting month), with its target and the national coverage where they are known.
 *
 * @param monthLabels the months in short, for the axis ("Agu 2024")
 * @param target      the target line, or null when no month has one
 * @param national    the national line, or null for the country or when no month has a whole national figure
 * @param figures     the lines' figures as a table, a row per month
 */
public record TrendView(List<String> monthLabels, TrendChart.Series coverage, TrendChart.Series target,
                        TrendChart.Series national, String chartTitle, String description, Table figures,
                        ChartFigures chartFigures) {

    public TrendView {
        monthLabels = List.copyOf(monthLabels);
    }

    public JFreeChart chart(boolean compact) {
        return TrendChart.create(monthLabels, coverage, target, national, chartFigures, compact);
    }
}
