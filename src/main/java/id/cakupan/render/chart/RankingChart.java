package id.cakupan.render.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.math.BigDecimal;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
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

    /**
     * The most bars a {@linkplain #create(List, BigDecimal, String, String, ChartFigures, boolean, boolean) marked}
     * chart can tell apart.
     */
    public static final int MARKABLE = 256;
    /** The widest a part's column of names may be, in the chart's units; longer names wrap. */
    private static final double PART_NAMES_MAX = 200;

    private RankingChart() {
    }

    /** The colour bar {@code i} of a marked chart is drawn in, to be replaced by {@link #barPaint}. */
    public static Color barMarker(int i) {
        return new Color(7, 13, i);
    }

    /** The colour the label inside bar {@code i} of a marked chart is drawn in, to be replaced by {@link #labelPaint}. */
    public static Color labelMarker(int i) {
        return new Color(7, 14, i);
    }

    /** The colour a bar is drawn in: the accent when highlighted. */
    public static Color barPaint(Bar bar) {
        return bar.highlighted() ? Palette.ACCENT : Palette.PRIMARY;
    }

    /** The colour of a label drawn inside its bar: white on the main colour, the text's on the accent. */
    public static Color labelPaint(Bar bar) {
        return bar.highlighted() ? Palette.TEXT : Color.WHITE;
    }

    /**
     * @param bars        sorted as they should appear, top to bottom
     * @param target      the target line, or null
     * @param targetLabel the line's label, e.g. "Target 48 %"
     */
    public static JFreeChart create(List<Bar> bars, BigDecimal target, String targetLabel, String seriesLabel,
                                    ChartFigures figures) {
        return create(bars, target, targetLabel, seriesLabel, figures, false);
    }

    /**
     * @param compact for a narrow chart: the values printed in a column after the names rather than at
     *                the bars, and the target named in a legend below, where nothing collides with the line
     */
    public static JFreeChart create(List<Bar> bars, BigDecimal target, String targetLabel, String seriesLabel,
                                    ChartFigures figures, boolean compact) {
        return create(bars, target, targetLabel, seriesLabel, figures, compact, false);
    }

    /**
     * @param marked each bar in its own {@link #barMarker} colour and the label inside it in its own
     *               {@link #labelMarker} colour, whatever its highlight, so that one drawing serves every
     *               region of the ranking once the markers are replaced (at most {@link #MARKABLE} bars)
     */
    public static JFreeChart create(List<Bar> bars, BigDecimal target, String targetLabel, String seriesLabel,
                                    ChartFigures figures, boolean compact, boolean marked) {
        if (marked && bars.size() > MARKABLE) {
            throw new IllegalArgumentException(bars.size() + " bars, more than can be marked");
        }
        return create(bars, bars, target, targetLabel, seriesLabel, figures, compact, marked, false);
    }

    /**
     * A part of a long ranking, for one of the slides it is shown on: the bars {@code from} (inclusive) to
     * {@code to} of {@code all}, on the axis of all of them, so that the parts compare, and the target
     * line in front of the bars, to be seen across a room.
     */
    public static JFreeChart part(List<Bar> all, int from, int to, BigDecimal target, String targetLabel,
                                  String seriesLabel, ChartFigures figures) {
        JFreeChart chart = create(all.subList(from, to), all, target, targetLabel, seriesLabel, figures, false, false,
                true);
        // the names' column as wide as all the parts need, so that each part's axis starts at the same place
        var context = new FontRenderContext(null, true, true);
        double widest = 0;
        for (Bar bar : all) {
            widest = Math.max(widest, Palette.LABEL.getStringBounds(bar.label(), context).getWidth());
        }
        AxisSpace names = new AxisSpace();
        names.setLeft(Math.min(widest, PART_NAMES_MAX) + 16);
        chart.getCategoryPlot().setFixedDomainAxisSpace(names);
        return chart;
    }

    private static JFreeChart create(List<Bar> bars, List<Bar> scaled, BigDecimal target, String targetLabel,
                                     String seriesLabel, ChartFigures figures, boolean compact, boolean marked,
                                     boolean targetInFront) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double max = target == null ? 0 : target.doubleValue();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            dataset.addValue(bar.coverage(), seriesLabel, new Slot(i, bar.label()));
        }
        for (Bar bar : scaled) {
            max = bar.isGap() ? max : Math.max(max, bar.coverage().doubleValue());
        }
        double upper = Math.max(10, Math.ceil(max * 1.18 / 10) * 10);
        // a label that would end on the target line goes inside its bar, in white
        double labelWidth = upper * 0.12;
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return marked ? barMarker(column) : barPaint(bars.get(column));
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
                if (!inside(column)) {
                    return super.getItemLabelPaint(row, column);
                }
                return marked ? labelMarker(column) : labelPaint(bars.get(column));
            }
        };
        renderer.setMaximumBarWidth(0.08);
        renderer.setItemMargin(0);
        ChartStyle.barLabels(renderer, figures.percent());
        renderer.setDefaultItemLabelsVisible(!compact);

        var valueFormat = figures.percent();
        CategoryAxis categories = ChartStyle.categoryAxis(compact ? FullLabelAxis.withValues(slot -> {
            Bar bar = bars.get(((Slot) slot).index());
            return bar.isGap() ? null : valueFormat.format(bar.coverage());
        }) : FullLabelAxis.wrapping(), 0.25);
        if (compact) {
            categories.setTickLabelFont(Palette.SMALL);
        }
        NumberAxis values = new NumberAxis();
        ChartStyle.axis(values);
        values.setNumberFormatOverride(figures.percentWhole());
        values.setRange(0, compact ? Math.max(10, Math.ceil(max * 1.05 / 10) * 10) : upper);

        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlinesVisible(false);
        if (compact) {
            // the labels take the width they need; no margin is left on their side
            plot.setInsets(new RectangleInsets(4, 0, 4, 4));
        }
        if (target != null) {
            ValueMarker marker = new ValueMarker(target.doubleValue(), Palette.TARGET, Palette.DASHED);
            marker.setLabel(compact ? null : targetLabel);
            marker.setLabelFont(Palette.SMALL);
            marker.setLabelPaint(Palette.TEXT);
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            marker.setLabelBackgroundColor(Color.WHITE);
            marker.setLabelOffset(new RectangleInsets(2, 4, 2, 2));
            plot.addRangeMarker(marker, targetInFront ? Layer.FOREGROUND : Layer.BACKGROUND);
        }
        boolean legend = compact && target != null;
        if (legend) {
            var items = new LegendItemCollection();
            items.add(new LegendItem(seriesLabel, Palette.PRIMARY));
            var line = new LegendItem(targetLabel, null, null, null,
                    new Line2D.Double(-8, 0, 8, 0), Palette.DASHED, Palette.TARGET);
            items.add(line);
            plot.setFixedLegendItems(items);
        }
        JFreeChart chart = new JFreeChart(null, Palette.LABEL, plot, legend);
        ChartStyle.apply(chart);
        return chart;
    }
}
