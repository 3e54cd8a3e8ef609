package id.cakupan.render.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextMeasurer;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.TextAnchor;

/**
 * The category axis of a bar chart whose labels are never shortened. JFreeChart's own axis fits a
 * label into its share of the plot's width on one line and cuts the rest off with "...", so that a
 * one-pager read "13. Hulu Sungai Utara 24,..." and lost the very figure it was showing.
 *
 * <p>Here a label is either wrapped at spaces onto as many lines as it needs, or, in a compact
 * chart that prints each value beside its name, laid out as a small table: the rank and name on
 * the left, the value right-aligned against the bars, every label as wide as the widest one. The
 * axis then takes the width its labels need, and the bars get what is left.
 */
final class FullLabelAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    /** The space between a name and its value, in units of the font size. */
    static final double GAP_EMS = 0.8;

    /** A category's value text, or null for a label of the name alone; null for a wrapping axis. */
    private final transient Function<Comparable<?>, String> values;

    /** What {@link #widthValue} was measured for: fonts, rendering context and categories. */
    private transient List<Object> widthKey;
    private transient double widthValue;

    private FullLabelAxis(Function<Comparable<?>, String> values) {
        this.values = values;
    }

    /** An axis whose labels wrap at the width JFreeChart grants them, and are never cut. */
    static FullLabelAxis wrapping() {
        return new FullLabelAxis(null);
    }

    /** An axis that prints each category's value (from {@code values}) right-aligned after its name. */
    static FullLabelAxis withValues(Function<Comparable<?>, String> values) {
        return new FullLabelAxis(values);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        Font font = getTickLabelFont(category);
        Paint paint = getTickLabelPaint(category);
        TextMeasurer measurer = new G2TextMeasurer(g2);
        if (values == null) {
            return wrapped(category.toString(), font, paint, width, measurer);
        }
        return columns(category.toString(), values.apply(category), columnWidth(measurer, font, g2), font, paint,
                measurer);
    }

    /**
     * The width of the widest name, gap and value among the axis's categories. Every label asks for
     * it, so it is measured once for the categories, fonts and rendering context at hand (the measurer
     * measures with the graphics' current font) and kept until one of them changes.
     */
    private double columnWidth(TextMeasurer measurer, Font font, Graphics2D g2) {
        // the plot's categories are its datasets' column keys: those are compared, since collecting the
        // categories anew searches the list for every one of them
        CategoryPlot plot = (CategoryPlot) getPlot();
        List<Object> key = new ArrayList<>(Arrays.asList(font, g2.getFont(), g2.getFontRenderContext()));
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            key.add(plot.getDataset(i) == null ? null : plot.getDataset(i).getColumnKeys());
        }
        if (key.equals(widthKey)) {
            return widthValue;
        }
        @SuppressWarnings("unchecked")
        List<Comparable<?>> categories = plot.getCategoriesForAxis(this);
        double widest = 0;
        for (Comparable<?> category : categories) {
            widest = Math.max(widest, width(category.toString(), values.apply(category), font, measurer));
        }
        widthKey = key;
        widthValue = widest;
        return widest;
    }

    /** The width a label of this name and value (null: none) needs on one line. */
    static double width(String name, String value, Font font, TextMeasurer measurer) {
        double width = measurer.getStringWidth(name, 0, name.length());
        return value == null ? width : width + font.getSize2D() * GAP_EMS + measurer.getStringWidth(value, 0,
                value.length());
    }

    /**
     * The whole text, broken at spaces where a line would be wider than {@code width}; a single
     * word wider than that keeps its line rather than being broken or cut.
     */
    static TextBlock wrapped(String text, Font font, Paint paint, double width, TextMeasurer measurer) {
        TextBlock block = new TextBlock();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measurer.getStringWidth(longer, 0, longer.length()) > width) {
                block.addLine(line.toString(), font, paint);
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        block.addLine(line.toString(), font, paint);
        block.setLineAlignment(HorizontalAlignment.RIGHT);
        return block;
    }

    /**
     * One line {@code columnWidth} wide: the name at its start, the value (if any) at its end. A
     * label is never narrower than it needs, even if {@code columnWidth} is.
     */
    static TextBlock columns(String name, String value, double columnWidth, Font font, Paint paint,
                             TextMeasurer measurer) {
        TextBlock block = new TextBlock();
        if (value == null) {
            block.addLine(name, font, paint);
            return block;
        }
        TextLine line = new TextLine(name, font, paint);
        double space = columnWidth - measurer.getStringWidth(name, 0, name.length())
                - measurer.getStringWidth(value, 0, value.length());
        line.addFragment(new Space(Math.max(space, font.getSize2D() * GAP_EMS), font));
        line.addFragment(new TextFragment(value, font, paint));
        block.addLine(line);
        return block;
    }

    /** Blank space of a given width on a line of text. */
    private static final class Space extends TextFragment {
        private static final long serialVersionUID = 1L;
        private final double width;

        Space(double width, Font font) {
            super("", font);
            this.width = width;
        }

        @Override
        public Size2D calculateDimensions(Graphics2D g2) {
            return new Size2D(width, super.calculateDimensions(g2).getHeight());
        }

        @Override
        public void draw(Graphics2D g2, float anchorX, float anchorY, TextAnchor anchor,
                         float rotateX, float rotateY, double angle) {
            // nothing to draw: the space only moves the value to the column's end
        }
    }
}
