package id.cakupan.render.html;

import java.awt.Rectangle;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a chart of the shared chart module as inline SVG that scales with the page. */
final class SvgCharts {

    /**
     * The chart font is set once, on the {@code svg} element by the style sheet (DejaVu with
     * fallbacks for machines without it); every text inherits it.
     */
    private static final String FONT_FAMILY = "inherit";

    private SvgCharts() {
    }

    /**
     * The texts of coordinates from -200 to 1,400 pixels, by tenths, made once: a drawing's numbers
     * repeat (axes, bar edges, grid lines) over thousands of charts. Filled as they are first needed;
     * two threads making the same text at once store equal strings.
     */
    private static final int LOWEST = 2_000;
    private static final String[] KEPT = new String[16_000];

    /** A coordinate to a tenth of a pixel, without a needless {@code .0}: every number of a drawing goes through here. */
    private static String tenths(double value) {
        long rounded = Math.round(value * 10);
        long slot = rounded + LOWEST;
        if (slot < 0 || slot >= KEPT.length) {
            return text(rounded);
        }
        String text = KEPT[(int) slot];
        if (text == null) {
            text = text(rounded);
            KEPT[(int) slot] = text;
        }
        return text;
    }

    private static String text(long rounded) {
        if (rounded % 10 == 0) {
            return Long.toString(rounded / 10);
        }
        long magnitude = Math.abs(rounded);
        // a builder rather than string concatenation, which the quick compiler runs slowly
        StringBuilder text = new StringBuilder(12);
        if (rounded < 0) {
            text.append('-');
        }
        return text.append(magnitude / 10).append('.').append(magnitude % 10).toString();
    }

    /**
     * @param id    unique on the page; prefixes the SVG's own ids so that several charts do not clash
     * @param width the drawing width in pixels; the SVG then scales to its container
     */
    static String svg(JFreeChart chart, String id, int width, int height) {
        // a chart's drawing is some 10-25 KB of text: the builder starts near that instead of doubling up to it
        SVGGraphics2D graphics = new SVGGraphics2D(width, height, null, new StringBuilder(1 << 14));
        graphics.setDefsKeyPrefix(id + "-");
        graphics.setFontFunction(family -> FONT_FAMILY);
        // a tenth of a pixel is finer than any screen shows; fewer digits, smaller and faster pages
        graphics.setGeomDoubleConverter(SvgCharts::tenths);
        graphics.setTransformDoubleConverter(SvgCharts::tenths);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        String svg = graphics.getSVGElement(id + "-svg", false, new ViewBox(0, 0, width, height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        String figure = id.endsWith("-n") ? id.substring(0, id.length() - 2) : id;
        int open = svg.indexOf("<svg ");
        if (open < 0) {
            return svg;
        }
        // spliced by hand: a regular expression would be compiled again for every chart
        return svg.substring(0, open) + "<svg role=\"img\" aria-labelledby=\"" + figure + "-title\" aria-describedby=\""
                + figure + "-desc\" focusable=\"false\" " + svg.substring(open + 5);
    }
}
