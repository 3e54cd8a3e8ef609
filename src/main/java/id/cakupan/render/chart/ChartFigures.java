package id.cakupan.render.chart;

import java.text.NumberFormat;

import id.cakupan.render.Formats;
import id.cakupan.render.Formats.Figure;

/**
 * How a chart writes the figures it places itself (axis ticks, bar labels): the reader's
 * {@link Formats}, for the one way of writing a number the text beside the chart uses too.
 */
public final class ChartFigures {

    private final Formats formats;

    private ChartFigures(Formats formats) {
        this.formats = formats;
    }

    public static ChartFigures of(Formats formats) {
        return new ChartFigures(formats.drawing());
    }

    /** {@code 35,45 %}: bar labels. */
    public NumberFormat percent() {
        return formats.numberFormat(Figure.PERCENT);
    }

    /** {@code 35 %}: axis ticks. */
    public NumberFormat percentWhole() {
        return formats.numberFormat(Figure.PERCENT_WHOLE);
    }

    /** {@code 35.164}: counts. */
    public NumberFormat integer() {
        return formats.numberFormat(Figure.INTEGER);
    }
}
