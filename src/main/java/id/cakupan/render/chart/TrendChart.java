package id.cakupan.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Monthly coverage of a region with its target and, where known, the national line; the coverage may
 * continue as a straight-line projection over the months after the last.
 */
public final class TrendChart {

    /** A named monthly series; values may be null where the month has no figure. */
    public record Series(String label, List<BigDecimal> values) {
    }

    /**
     * The straight line that continues the coverage from its last month.
     *
     * @param label       the legend's words for it
     * @param shortLabel  the same in fewer words, for a narrow chart's legend
     * @param monthLabels the label of each month after the coverage's last, up to the end of the line
     * @param target      the target in each of those months, null where it is not known
     * @param from        the coverage of the last month, where the line starts
     * @param to          the coverage at the end of the line, in the last of {@code monthLabels}
     * @param endLabel    the text at the end of the line
     * @param shortEndLabel the same in fewer words, for a narrow chart, which sets it on two lines
     */
    public record Projection(String label, String shortLabel, List<String> monthLabels, List<BigDecimal> target,
                             BigDecimal from, BigDecimal to, String endLabel, String shortEndLabel) {

        public Projection {
            monthLabels = List.copyOf(monthLabels);
            // a month ahead may have no target: a copy that keeps its nulls
            target = Collections.unmodifiableList(new ArrayList<>(target));
        }
    }

    /** The widest line of a compact chart's legend, in points: narrow charts are about 200 wide. */
    static final double COMPACT_LEGEND_WIDTH = 150;
    /** The widest line of the text at a compact chart's projection end, in points. */
    static final double COMPACT_END_WIDTH = 50;

    private TrendChart() {
    }

    /**
     * @param monthLabels the label of each month index, e.g. "Jan 2025"
     * @param coverage    the region's coverage (solid, dark)
     * @param target      the target (dashed, black), or null
     * @param national    the country's coverage (dotted), or null
     */
    public static JFreeChart create(List<String> monthLabels, Series coverage, Series target, Series national,
                                    ChartFigures figures) {
        return create(monthLabels, coverage, target, national, null, figures, false);
    }

    /**
     * @param projection the coverage's straight-line continuation (short dashes, a lighter tint), or null
     * @param compact    for a narrow chart: fewer month labels, so that they do not overlap
     */
    public static JFreeChart create(List<String> monthLabels, Series coverage, Series target, Series national,
                                    Projection projection, ChartFigures figures, boolean compact) {
        List<String> axisLabels = new ArrayList<>(monthLabels);
        List<BigDecimal> targetValues = target == null ? null : new ArrayList<>(target.values());
        if (projection != null) {
            axisLabels.addAll(projection.monthLabels());
            if (targetValues != null) {
                targetValues.addAll(projection.target());
            }
        }
        int last = monthLabels.size() - 1;
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // each line one path: dashes run on across months, and the drawing is a fraction of the size
        renderer.setDrawSeriesLineAsPath(true);
        double max = 0;
        if (projection != null) {
            max = Math.max(projection.from().doubleValue(), projection.to().doubleValue());
        }
        // the projection follows the coverage in the legend, as its line follows the coverage's
        Series projected = projection == null ? null : new Series(compact ? projection.shortLabel() : projection.label(),
                Arrays.asList(projection.from(), projection.to()));
        Series targetLine = target == null ? null : new Series(target.label(), targetValues);
        int index = 0;
        for (Series series : new Series[] {coverage, projected, targetLine, national}) {
            if (series == null) {
                continue;
            }
            // a legend line that is wider than the chart would be cut at its edge
            String label = compact ? ChartStyle.wrap(series.label(), Palette.LEGEND, COMPACT_LEGEND_WIDTH) : series.label();
            XYSeries xy = new XYSeries(label, false, true);
            for (int i = 0; i < series.values().size(); i++) {
                BigDecimal value = series.values().get(i);
                // the projection's two ends: the last month and the end month
                int x = series == projected ? (i == 0 ? last : axisLabels.size() - 1) : i;
                xy.add(x, value == null ? null : value.doubleValue());
                max = value == null ? max : Math.max(max, value.doubleValue());
            }
            dataset.addSeries(xy);
            if (series == coverage) {
                renderer.setSeriesPaint(index, Palette.PRIMARY);
                renderer.setSeriesStroke(index, Palette.SOLID);
                renderer.setSeriesShapesVisible(index, true);
                renderer.setSeriesShape(index, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            } else if (series == projected) {
                renderer.setSeriesPaint(index, Palette.PROJECTION);
                renderer.setSeriesStroke(index, Palette.PROJECTED);
            } else if (series == targetLine) {
                renderer.setSeriesPaint(index, Palette.TARGET);
                renderer.setSeriesStroke(index, Palette.DASHED);
            } else {
                renderer.setSeriesPaint(index, Palette.THIRD);
                renderer.setSeriesStroke(index, Palette.DOTTED);
            }
            index++;
        }
        NumberAxis months = new NumberAxis();
        ChartStyle.axis(months);
        TickUnits units = new TickUnits();
        int n = axisLabels.size();
        units.add(new NumberTickUnit(step(n, compact), new IndexFormat(i -> i >= 0 && i < axisLabels.size()
                ? axisLabels.get(i) : "")));
        months.setStandardTickUnits(units);
        months.setRange(-0.5, n - 0.5);
        NumberAxis values = new NumberAxis();
        ChartStyle.axis(values);
        values.setNumberFormatOverride(figures.percentWhole());
        values.setRange(0, Math.max(10, Math.ceil(max * 1.15 / 10) * 10));

        XYPlot plot = new XYPlot(dataset, months, values, renderer);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlinesVisible(false);
        if (projection != null) {
            // the projected months on a faint ground, from the last month on, so that they read as not yet measured
            IntervalMarker ahead = new IntervalMarker(last, n - 0.5, Palette.PROJECTED_MONTHS);
            plot.addDomainMarker(ahead, Layer.BACKGROUND);
            // a narrow chart's label on two lines or three, to stay within the projected months
            plot.addAnnotation(new EndLabel(compact ? ChartStyle.wrap(projection.shortEndLabel(), Palette.SMALL, COMPACT_END_WIDTH)
                    : projection.endLabel(), n - 1, projection.to().doubleValue(), compact ? Palette.SMALL : Palette.LABEL));
        }
        if (compact) {
            // room on the right for half of the last month's label, which is centred on the last month
            plot.setInsets(new RectangleInsets(4, 8, 4, 20));
        }
        JFreeChart chart = new JFreeChart(null, Palette.LABEL, plot, true);
        ChartStyle.apply(chart);
        return chart;
    }

    /**
     * Months between two labelled ones: a narrow chart has room for three or four month labels, a wide
     * one for about eight.
     */
    static int step(int months, boolean compact) {
        if (compact) {
            return months > 36 ? 16 : months > 24 ? 12 : months > 18 ? 8 : months > 12 ? 6 : months > 8 ? 4
                    : months > 4 ? 2 : 1;
        }
        return months > 36 ? 6 : months > 24 ? 4 : months > 18 ? 3 : months > 8 ? 2 : 1;
    }

    /**
     * The text at the end of the projection, with a small ring on the end point. It goes where it
     * crosses the fewest of the chart's lines, as near the point as it can: above the point and to its
     * left (so that it never runs past the chart's right edge), below it, or level with it; on a white
     * ground where a line still passes under it, and always inside the plot.
     */
    private static final class EndLabel extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        /** Between the end point and the text, and around the text on its white ground, in points. */
        private static final double GAP = 5;
        private static final double PAD = 1.5;
        private static final double RING = 3;
        /** How many half lines the text may move away from the end point, up or down, to cross no line. */
        private static final int FARTHEST = 5;
        /** What a place costs for each line it crosses, and for being outside the plot. */
        private static final int CROSSING = 100;
        private static final int OUTSIDE = 100_000;

        private final String text;
        private final double x;
        private final double y;
        private final Font font;

        EndLabel(String text, double x, double y, Font font) {
            this.text = text;
            this.x = x;
            this.y = y;
            this.font = font;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            double px = domainAxis.valueToJava2D(x, dataArea, RectangleEdge.BOTTOM);
            double py = rangeAxis.valueToJava2D(y, dataArea, RectangleEdge.LEFT);
            g2.setFont(font);
            FontMetrics metrics = g2.getFontMetrics(font);
            String[] textLines = text.split("\n");
            double[] widths = new double[textLines.length];
            double widest = 0;
            for (int i = 0; i < textLines.length; i++) {
                widths[i] = font.getStringBounds(textLines[i], g2.getFontRenderContext()).getWidth();
                widest = Math.max(widest, widths[i]);
            }
            double width = widest + 2 * PAD;
            double height = metrics.getHeight() * textLines.length + 2 * PAD;
            double right = Math.min(px + RING, dataArea.getMaxX());
            double left = Math.max(dataArea.getMinX(), right - width);
            List<Line2D> lines = lines(plot, dataArea, domainAxis, rangeAxis);
            // above the point, then below it, each a little farther away in half lines; last, level with it
            List<Rectangle2D> places = new ArrayList<>();
            for (int step = 0; step <= FARTHEST; step++) {
                double away = GAP + step * metrics.getHeight() / 2.0;
                places.add(new Rectangle2D.Double(left, py - away - height, width, height));
                places.add(new Rectangle2D.Double(left, py + away, width, height));
            }
            places.add(new Rectangle2D.Double(Math.max(dataArea.getMinX(), px - GAP - RING - width), py - height / 2,
                    width, height));
            Rectangle2D best = null;
            int fewest = Integer.MAX_VALUE;
            int bestCrossed = 0;
            for (int i = 0; i < places.size(); i++) {
                Rectangle2D place = places.get(i);
                int crossed = 0;
                for (Line2D line : lines) {
                    crossed += line.intersects(place) ? 1 : 0;
                }
                // outside the plot it would meet the axis labels or the legend
                boolean inside = place.getMinY() >= dataArea.getMinY() && place.getMaxY() <= dataArea.getMaxY();
                int cost = (inside ? 0 : OUTSIDE) + crossed * CROSSING + i;
                if (cost < fewest) {
                    fewest = cost;
                    best = place;
                    bestCrossed = crossed;
                }
            }
            if (fewest >= OUTSIDE) {
                // a plot too low for the text anywhere: kept within its top and bottom as far as it goes
                double top = Math.max(dataArea.getMinY(), Math.min(best.getY(), dataArea.getMaxY() - height));
                best = new Rectangle2D.Double(best.getX(), top, width, height);
                bestCrossed = 1;
            }
            if (best.getMinY() > py + GAP + 0.5 || best.getMaxY() < py - GAP - 0.5) {
                // moved away from the point to pass the lines near it: a thin stroke leads back to it
                g2.setStroke(new BasicStroke(0.75f));
                g2.setPaint(Palette.PROJECTION);
                g2.draw(new Line2D.Double(px, best.getMinY() > py ? py + RING : py - RING, px,
                        best.getMinY() > py ? best.getMinY() : best.getMaxY()));
            }
            Ellipse2D ring = new Ellipse2D.Double(px - RING, py - RING, 2 * RING, 2 * RING);
            g2.setPaint(Color.WHITE);
            g2.fill(ring);
            g2.setStroke(new BasicStroke(1.5f));
            g2.setPaint(Palette.PROJECTION);
            g2.draw(ring);
            if (bestCrossed > 0) {
                g2.setPaint(Color.WHITE);
                g2.fill(best);
            }
            g2.setPaint(Palette.TEXT);
            // each line to the right, towards the end point
            for (int i = 0; i < textLines.length; i++) {
                g2.drawString(textLines[i], (float) (best.getMaxX() - PAD - widths[i]),
                        (float) (best.getY() + PAD + metrics.getAscent() + i * metrics.getHeight()));
            }
        }

        /** The segments of every line drawn, in drawing coordinates. */
        private static List<Line2D> lines(XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis) {
            List<Line2D> lines = new ArrayList<>();
            var dataset = plot.getDataset();
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                Point2D previous = null;
                for (int i = 0; i < dataset.getItemCount(s); i++) {
                    double value = dataset.getYValue(s, i);
                    Point2D point = Double.isNaN(value) ? null : new Point2D.Double(
                            domainAxis.valueToJava2D(dataset.getXValue(s, i), area, RectangleEdge.BOTTOM),
                            rangeAxis.valueToJava2D(value, area, RectangleEdge.LEFT));
                    if (previous != null && point != null) {
                        lines.add(new Line2D.Double(previous, point));
                    }
                    previous = point;
                }
            }
            return lines;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof EndLabel label && label.text.equals(text) && label.x == x && label.y == y
                    && label.font.equals(font);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, x, y, font);
        }
    }

    /** Formats a month index as its label. */
    private static final class IndexFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient IntFunction<String> labels;

        IndexFormat(IntFunction<String> labels) {
            this.labels = labels;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(labels.apply((int) Math.round(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(labels.apply((int) number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("labels are not parsed");
        }
    }
}
