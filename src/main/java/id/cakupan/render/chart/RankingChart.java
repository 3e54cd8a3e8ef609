package id.cakupan.render.chart;

import java.awt.Paint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal bars of coverage, highest first, with the target as a dashed line. */
public final class RankingChart {

    /**
     * One bar: a region's label and coverage; a highlighted bar is drawn in the accent colour. A gap
     * (no coverage) marks regions left out of a shortened ranking.
     */
    public record Bar(String label, BigDecimal coverage, boolean highlighted) {

        public static Bar gap() {
            return new Bar("\u2026", null, false);
        }

        public boolean isGap() {
            return coverage == null;
        }
    }

    /** A bar's place on the axis: labels may repeat (two gaps), places do not. */
    private record Slot(int index, String label) implements Comparable<Slot> {
        @Override
        public boolean equals(Object other) {
            // written out: JFreeChart finds a category by a linear search of the chart's categories, a few
            // times per label, and a record's generated equals is slow under the quick compiler
            return other instanceof Slot that && index == that.index && label.equals(that.label);
        }

        @Override
        public int hashCode() {
            return 31 * index + label.hashCode();
        }

        @Override
        public int compareTo(Slot other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private RankingChart() {
    }

    /**
     * @param bars        sorted as they should appear, top to bottom
     * @param target      the target line, or null
     * @param targetLabel the line's label, e.g. "Target 48 %"
     */
    public static JFreeChart create(List<Bar> bars, BigDecimal target, String targetLabel, String seriesLabel,
                                    Locale locale) {
        return create(bars, target, targetLabel, seriesLabel, locale, false);
    }

    /**
     * @param compact for a narrow chart: the values printed in a column after the names rather than at
     *                the bars, and the target named in a legend below, where nothing collides with the line
     */
    public static JFreeChart create(List<Bar> bars, BigDecimal target, String targetLabel, String seriesLabel,
                                    Locale locale, boolean compact) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double max = target == null ? 0 : target.doubleValue();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            dataset.addValue(bar.coverage(), seriesLabel, new Slot(i, bar.label()));
            max = bar.isGap() ? max : Math.max(max, bar.coverage().doubleValue());
        }
        double upper = Math.max(10, Math.ceil(max * 1.18 / 10) * 10);
        // a label that would end on the target line goes inside its bar, in white
        double labelWidth = upper * 0.12;
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return bars.get(column).highlighted() ? Palette.ACCENT : Palette.PRIMARY;
            }

            private boolean inside(int column) {
                if (bars.get(column).isGap()) {
                    return false;
                }
                double value = bars.get(column).coverage().doubleValue();
                return target != null && value < target.doubleValue()
                        && value + labelWidth > target.doubleValue() && value > labelWidth * 1.2;
            }

            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
                return inside(column) ? new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT)
                        : super.getPositiveItemLabelPosition(row, column);
            }

            @Override
            public Paint getItemLabelPaint(int row, int column) {
                return inside(column) && !bars.get(column).highlighted() ? java.awt.Color.WHITE
                        : super.getItemLabelPaint(row, column);
            }
        };
        renderer.setMaximumBarWidth(0.08);
        renderer.setItemMargin(0);
        ChartStyle.barLabels(renderer, ChartStyle.percent(locale, true));
        renderer.setDefaultItemLabelsVisible(!compact);

        var valueFormat = ChartStyle.percent(locale, true);
        CategoryAxis categories = ChartStyle.categoryAxis(compact ? FullLabelAxis.withValues(slot -> {
            Bar bar = bars.get(((Slot) slot).index());
            return bar.isGap() ? null : valueFormat.format(bar.coverage());
        }) : FullLabelAxis.wrapping(), 0.25);
        if (compact) {
            categories.setTickLabelFont(Palette.SMALL);
        }
        NumberAxis values = new NumberAxis();
        ChartStyle.axis(values);
        values.setNumberFormatOverride(ChartStyle.percent(locale, false));
        values.setRange(0, compact ? Math.max(10, Math.ceil(max * 1.05 / 10) * 10) : upper);

        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlinesVisible(false);
        if (compact) {
            // the labels take the width they need; no margin is left on their side
            plot.setInsets(new org.jfree.chart.ui.RectangleInsets(4, 0, 4, 4));
        }
        if (target != null) {
            ValueMarker marker = new ValueMarker(target.doubleValue(), Palette.TARGET, Palette.DASHED);
            marker.setLabel(compact ? null : targetLabel);
            marker.setLabelFont(Palette.SMALL);
            marker.setLabelPaint(Palette.TEXT);
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            marker.setLabelBackgroundColor(java.awt.Color.WHITE);
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 2));
            plot.addRangeMarker(marker, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        boolean legend = compact && target != null;
        if (legend) {
            var items = new org.jfree.chart.LegendItemCollection();
            items.add(new org.jfree.chart.LegendItem(seriesLabel, Palette.PRIMARY));
            var line = new org.jfree.chart.LegendItem(targetLabel, null, null, null,
                    new java.awt.geom.Line2D.Double(-8, 0, 8, 0), Palette.DASHED, Palette.TARGET);
            items.add(line);
            plot.setFixedLegendItems(items);
        }
        JFreeChart chart = new JFreeChart(null, Palette.LABEL, plot, legend);
        ChartStyle.apply(chart);
        return chart;
    }
}
