package id.cakupan.render.chart;

import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.function.IntFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Monthly coverage of a region with its target and, where known, the national line. */
public final class TrendChart {

    /** A named monthly series; values may be null where the month has no figure. */
    public record Series(String label, List<BigDecimal> values) {
    }

    /** The widest line of a compact chart's legend, in points: narrow charts are about 200 wide. */
    static final double COMPACT_LEGEND_WIDTH = 150;

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
        return create(monthLabels, coverage, target, national, figures, false);
    }

    /** @param compact for a narrow chart: fewer month labels, so that they do not overlap */
    public static JFreeChart create(List<String> monthLabels, Series coverage, Series target, Series national,
                                    ChartFigures figures, boolean compact) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // each line one path: dashes run on across months, and the drawing is a fraction of the size
        renderer.setDrawSeriesLineAsPath(true);
        double max = 0;
        int index = 0;
        for (Series series : new Series[] {coverage, target, national}) {
            if (series == null) {
                continue;
            }
            // a legend line that is wider than the chart would be cut at its edge
            String label = compact ? ChartStyle.wrap(series.label(), Palette.LEGEND, COMPACT_LEGEND_WIDTH) : series.label();
            XYSeries xy = new XYSeries(label, false, true);
            for (int i = 0; i < series.values().size(); i++) {
                BigDecimal value = series.values().get(i);
                xy.add(i, value == null ? null : value.doubleValue());
                max = value == null ? max : Math.max(max, value.doubleValue());
            }
            dataset.addSeries(xy);
            if (series == coverage) {
                renderer.setSeriesPaint(index, Palette.PRIMARY);
                renderer.setSeriesStroke(index, Palette.SOLID);
                renderer.setSeriesShapesVisible(index, true);
                renderer.setSeriesShape(index, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            } else if (series == target) {
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
        int n = monthLabels.size();
        // a narrow chart has room for three month labels: the first, the middle and (mostly) the last
        int step = compact ? (n > 18 ? 8 : n > 12 ? 6 : n > 8 ? 4 : n > 4 ? 2 : 1) : n > 18 ? 3 : n > 8 ? 2 : 1;
        units.add(new NumberTickUnit(step, new IndexFormat(i -> i >= 0 && i < monthLabels.size()
                ? monthLabels.get(i) : "")));
        months.setStandardTickUnits(units);
        months.setRange(-0.5, monthLabels.size() - 0.5);
        NumberAxis values = new NumberAxis();
        ChartStyle.axis(values);
        values.setNumberFormatOverride(figures.percentWhole());
        values.setRange(0, Math.max(10, Math.ceil(max * 1.15 / 10) * 10));

        XYPlot plot = new XYPlot(dataset, months, values, renderer);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlinesVisible(false);
        if (compact) {
            // room on the right for half of the last month's label, which is centred on the last month
            plot.setInsets(new RectangleInsets(4, 8, 4, 20));
        }
        JFreeChart chart = new JFreeChart(null, Palette.LABEL, plot, true);
        ChartStyle.apply(chart);
        return chart;
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
