package id.cakupan.render.chart;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal bars of workers per category, coloured by the category's group. */
public final class CategoryChart {

    /** One bar: a category, its group's label and its count. */
    public record Bar(String label, String group, long value) {
    }

    /** The least width of a compact chart's bars, in points, when it is drawn 220 wide. */
    static final double COMPACT_BARS_WIDTH = 100;
    /** The value's offset from the bar's end, and a little to spare before the chart's edge. */
    private static final double LABEL_GAP = 8;

    private CategoryChart() {
    }

    public static JFreeChart create(List<Bar> bars, ChartFigures figures) {
        return create(bars, figures, false);
    }

    /**
     * @param compact for a narrow chart (drawn about 220 wide), whose names take a larger share of its
     *                width: room after the longest bar for its value, so that it is not cut at the edge
     */
    public static JFreeChart create(List<Bar> bars, ChartFigures figures, boolean compact) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> groups = bars.stream().map(Bar::group).distinct().toList();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            for (String group : groups) {
                dataset.addValue(group.equals(bar.group()) ? Long.valueOf(bar.value()) : null, group,
                        new Slot(i, bar.label()));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setMaximumBarWidth(0.06);
        Color[] colours = {Palette.PRIMARY, Palette.ACCENT, Palette.THIRD, Palette.MUTED};
        for (int i = 0; i < groups.size(); i++) {
            renderer.setSeriesPaint(i, colours[i % colours.length]);
        }
        ChartStyle.barLabels(renderer, figures.integer());
        renderer.setRenderAsPercentages(false);

        CategoryAxis categories = ChartStyle.categoryAxis(FullLabelAxis.wrapping(), 0.2);
        NumberAxis values = new NumberAxis();
        ChartStyle.axis(values);
        values.setNumberFormatOverride(figures.integer());
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        values.setRange(0, Math.max(10, compact ? max / (1 - labelRoom(figures.integer().format(max))) : max * 1.3));

        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(Palette.GRID);
        JFreeChart chart = new JFreeChart(null, Palette.LABEL, plot, groups.size() > 1);
        ChartStyle.apply(chart);
        return chart;
    }

    /**
     * The share of a compact chart's bars' width that the longest bar's value takes after it, with its
     * gap: the bars have at least {@link #COMPACT_BARS_WIDTH} points beside names that take up to 45 %.
     */
    static double labelRoom(String value) {
        double width = Palette.SMALL.getStringBounds(value, new FontRenderContext(null, true, true)).getWidth();
        return Math.min(0.6, (width + LABEL_GAP) / COMPACT_BARS_WIDTH);
    }
}
