package id.cakupan.render.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * Draws a JFreeChart straight onto the PDF page as vectors, at the width of its image element and
 * at its height or the chart's natural height if that is less (a ranking of two regions should not
 * fill a frame made for thirty-eight).
 */
public final class ChartRenderable extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    private final JFreeChart chart;
    private final double naturalHeight;

    public ChartRenderable(JFreeChart chart) {
        this(chart, Double.MAX_VALUE);
    }

    public ChartRenderable(JFreeChart chart, double naturalHeight) {
        this.chart = chart;
        this.naturalHeight = naturalHeight;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        chart.draw(graphics, new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                Math.min(area.getHeight(), naturalHeight)));
    }
}
