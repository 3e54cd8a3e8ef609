package id.cakupan.render.chart;

import java.text.NumberFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/** The look every chart shares: white background, light grid, one font, legend below; number formats by language. */
final class ChartStyle {

    private ChartStyle() {
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getPlot().setBackgroundPaint(java.awt.Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(Palette.LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(java.awt.Color.WHITE);
        }
    }

    static void axis(Axis axis) {
        axis.setTickLabelFont(Palette.LABEL);
        axis.setLabelFont(Palette.LABEL);
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.GRID);
        axis.setTickMarksVisible(false);
    }

    /** Values written at the end of each horizontal bar, in the given format. */
    static void barLabels(org.jfree.chart.renderer.category.BarRenderer renderer, NumberFormat format) {
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultItemLabelGenerator(
                new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Palette.SMALL);
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
    }

    /** The category axis of a horizontal bar chart, its labels given up to 45 % of the width. */
    static org.jfree.chart.axis.CategoryAxis categoryAxis(double categoryMargin) {
        return categoryAxis(new org.jfree.chart.axis.CategoryAxis(), categoryMargin);
    }

    /** Styles a category axis as {@link #categoryAxis(double)} does. */
    static org.jfree.chart.axis.CategoryAxis categoryAxis(org.jfree.chart.axis.CategoryAxis axis,
                                                          double categoryMargin) {
        axis(axis);
        axis.setCategoryMargin(categoryMargin);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setMaximumCategoryLabelWidthRatio(0.45f);
        return axis;
    }

    /**
     * The text with line breaks where a line in this font would be wider than {@code width}
     * points, for text that JFreeChart draws on one line (legend items) and would cut at the edge.
     */
    static String wrap(String text, java.awt.Font font, double width) {
        var context = new java.awt.font.FontRenderContext(null, true, true);
        StringBuilder wrapped = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringBounds(longer, context).getWidth() > width) {
                wrapped.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        return wrapped.append(line).toString();
    }
}
