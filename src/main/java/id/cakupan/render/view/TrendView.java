package id.cakupan.render.view;

import java.util.List;

import org.jfree.chart.JFreeChart;

import id.cakupan.render.chart.ChartFigures;
import id.cakupan.render.chart.TrendChart;

/**
 * A region's coverage month by month (the last {@link RegionViews#TREND_MONTHS} months up to the
 * reporting month), with its target and the national coverage where they are known, and its
 * straight-line projection beyond the reporting month where the region has one.
 *
 * @param monthLabels the months in short, for the axis ("Agu 2024"), up to the reporting month
 * @param target      the target line, or null when no month has one
 * @param national    the national line, or null for the country or when no month has a whole national figure
 * @param projection  the coverage's straight-line continuation at the region's pace, with the months it
 *                    adds to the axis and the target in them, or null when the region has none
 * @param figures     the lines' figures as a table, a row per month, and a last row for the projection's end
 */
public record TrendView(List<String> monthLabels, TrendChart.Series coverage, TrendChart.Series target,
                        TrendChart.Series national, TrendChart.Projection projection, String chartTitle,
                        String description, Table figures, ChartFigures chartFigures) {

    public TrendView {
        monthLabels = List.copyOf(monthLabels);
    }

    public JFreeChart chart(boolean compact) {
        return TrendChart.create(monthLabels, coverage, target, national, projection, chartFigures, compact);
    }
}
