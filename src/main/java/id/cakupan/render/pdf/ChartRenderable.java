package id.cakupan.render.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/** Draws a JFreeChart straight onto the PDF page as vectors, at the size of its image element. */
public final class ChartRenderable extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    private final JFreeChart chart;

    public ChartRenderable(JFreeChart chart) {
        this.chart = chart;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        chart.draw(graphics, area);
    }
}
