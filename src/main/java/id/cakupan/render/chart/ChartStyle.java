package id.cakupan.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.NumberFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The look every chart shares: white background, light grid, one font, legend below; number formats by language. */
final class ChartStyle {

    private ChartStyle() {
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(Palette.LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
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
    static void barLabels(BarRenderer renderer, NumberFormat format) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Palette.SMALL);
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
                ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
    }

    /** The category axis of a horizontal bar chart, its labels given up to 45 % of the width. */
    static CategoryAxis categoryAxis(double categoryMargin) {
        return categoryAxis(new CategoryAxis(), categoryMargin);
    }

    /** Styles a category axis as {@link #categoryAxis(double)} does. */
    static CategoryAxis categoryAxis(CategoryAxis axis,
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
    static String wrap(String text, Font font, double width) {
        var context = new FontRenderContext(null, true, true);
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
