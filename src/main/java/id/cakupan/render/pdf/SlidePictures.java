package id.cakupan.render.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

import id.cakupan.render.Png;

/**
 * The charts of a filled deck as PNG pictures, for the PowerPoint file, which cannot hold them as
 * vectors. The engine would make the pictures itself, but its PNG writer reads the image a pixel
 * at a time: four fifths of the decks' cost went there. These are drawn at
 * {@link #DPI} and written by the share cards' encoder ({@link Png}).
 */
final class SlidePictures {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The pictures' resolution: a full-screen slide at 1920 pixels, a projector's full HD. */
    static final int DPI = 144;

    private SlidePictures() {
    }

    /** Replaces every chart of {@code print} with its picture; the PDF must have been exported before. */
    static void replaceCharts(JasperPrint print) {
        for (var page : print.getPages()) {
            replaceCharts(page.getElements());
        }
    }

    private static void replaceCharts(List<JRPrintElement> elements) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                replaceCharts(frame.getElements());
            } else if (element instanceof JRPrintImage image && image.getRenderer() instanceof ChartRenderable chart) {
                image.setRenderer(SimpleDataRenderer.getInstance(png(draw(chart, image.getWidth(), image.getHeight()))));
            }
        }
    }

    /** A picture as PNG, with the encoder of the share cards (a palette of its commonest colours). */
    private static byte[] png(BufferedImage image) {
        Png encoder = new Png();
        try {
            return encoder.encode(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a picture to memory", e);
        } finally {
            encoder.end();
        }
    }

    private static BufferedImage draw(ChartRenderable chart, int width, int height) {
        double scale = DPI / 72.0;
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.scale(scale, scale);
            chart.render(DefaultJasperReportsContext.getInstance(), graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
