package id.cakupan.render.chart;

import java.text.NumberFormat;

import id.cakupan.render.Formats;
import id.cakupan.render.Formats.Figure;

/**
 * How a chart writes the figures it places itself (axis ticks, bar labels): the reader's
 * {@link Formats}, for the one way of writing a number the text beside the chart uses too.
 */
public record ChartFigures(NumberFormat percent, NumberFormat percentWhole, NumberFormat integer) {

    public static ChartFigures of(Formats formats) {
        Formats drawn = formats.drawing();
        return new ChartFigures(drawn.numberFormat(Figure.PERCENT), drawn.numberFormat(Figure.PERCENT_WHOLE),
                drawn.numberFormat(Figure.INTEGER));
    }
}
