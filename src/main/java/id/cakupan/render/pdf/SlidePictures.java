package id.cakupan.render.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * The charts of a filled deck as PNG pictures, for the PowerPoint file, which cannot hold them as
 * vectors. The engine would make the pictures itself, but its PNG writer reads the image a pixel
 * at a time: four fifths of the decks' cost went there. These are drawn at
 * {@link ChartRenderable#PICTURE_DPI} and written straight from the image's pixels (no filter,
 * the quickest deflate: charts are flat colour, which compresses well anyway).
 */
final class SlidePictures {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

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

    private static BufferedImage draw(ChartRenderable chart, int width, int height) {
        double scale = ChartRenderable.PICTURE_DPI / 72.0;
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = chart.createGraphics(image);
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

    /** An opaque image as an 8-bit RGB PNG. */
    static byte[] png(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an RGB image of ints, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            var compressed = new ByteArrayOutputStream(width * height / 4);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (var deflated = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
                byte[] row = new byte[1 + 3 * width];
                for (int y = 0; y < height; y++) {
                    // filter type 0: the row as it is
                    for (int x = 0, at = 1, offset = y * width; x < width; x++) {
                        int rgb = pixels[offset + x];
                        row[at++] = (byte) (rgb >> 16);
                        row[at++] = (byte) (rgb >> 8);
                        row[at++] = (byte) rgb;
                    }
                    deflated.write(row);
                }
            } finally {
                deflater.end();
            }
            var png = new ByteArrayOutputStream(compressed.size() + 64);
            png.write(SIGNATURE);
            var header = new ByteArrayOutputStream(13);
            var fields = new DataOutputStream(header);
            fields.writeInt(width);
            fields.writeInt(height);
            // 8 bits a sample, colour type 2 (RGB), deflate, filters of type 0-4, no interlace
            fields.write(new byte[] {8, 2, 0, 0, 0});
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a picture to memory", e);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        var out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
