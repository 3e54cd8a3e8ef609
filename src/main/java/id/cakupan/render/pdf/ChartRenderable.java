package id.cakupan.render.pdf;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.jfree.chart.JFreeChart;

/**
 * Draws a JFreeChart straight onto the PDF page as vectors, at the width of its image element and
 * at its height or the chart's natural height if that is less (a ranking of two regions should not
 * fill a frame made for thirty-eight). A {@link #sized} one also tells the engine its size, for an
 * image whose height the program decides ({@code scaleImage="RealHeight"}).
 */
public sealed class ChartRenderable extends AbstractRenderer implements Graphics2DRenderable
        permits ChartRenderable.Sized {

    private static final long serialVersionUID = 1L;

    private final JFreeChart chart;
    private final double naturalHeight;
    private final double scale;

    public ChartRenderable(JFreeChart chart) {
        this(chart, Double.MAX_VALUE);
    }

    public ChartRenderable(JFreeChart chart, double naturalHeight) {
        this(chart, naturalHeight, 1);
    }

    private ChartRenderable(JFreeChart chart, double naturalHeight, double scale) {
        this.chart = chart;
        this.naturalHeight = naturalHeight;
        this.scale = scale;
    }

    /**
     * A chart drawn {@code scale} times larger than its own sizes, text included: a slide's chart,
     * read from the back of a meeting room, with the layout of a chart {@code 1 / scale} its size.
     */
    static ChartRenderable enlarged(JFreeChart chart, double scale) {
        return new ChartRenderable(chart, Double.MAX_VALUE, scale);
    }

    /**
     * A chart whose image takes the given size: the template's element grows to the height
     * ({@code scaleImage="RealHeight"}), which the engine then draws keeping the shape, so the width
     * must be the element's. A null chart keeps the room and draws nothing.
     */
    static ChartRenderable sized(JFreeChart chart, double naturalHeight, int width, int height) {
        return new Sized(chart, naturalHeight, width, height);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        if (chart == null) {
            return;
        }
        if (scale == 1) {
            chart.draw(graphics, new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                    Math.min(area.getHeight(), naturalHeight)));
            return;
        }
        Graphics2D scaled = (Graphics2D) graphics.create();
        try {
            scaled.translate(area.getX(), area.getY());
            scaled.scale(scale, scale);
            chart.draw(scaled, new Rectangle2D.Double(0, 0, area.getWidth() / scale,
                    Math.min(area.getHeight(), naturalHeight) / scale));
        } finally {
            scaled.dispose();
        }
    }

    /** A chart with the size of its image. */
    static final class Sized extends ChartRenderable implements DimensionRenderable {

        private static final long serialVersionUID = 1L;

        private final Dimension size;

        private Sized(JFreeChart chart, double naturalHeight, int width, int height) {
            super(chart, naturalHeight);
            this.size = new Dimension(width, height);
        }

        @Override
        public Dimension2D getDimension(JasperReportsContext context) {
            return size;
        }
    }
}
