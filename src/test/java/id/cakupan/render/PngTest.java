package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The cards' and the slides' pictures decode to the pixels drawn, when they have no more colours than a palette holds. */
class PngTest {

    @Test
    void aPictureOfAPalettesColoursDecodesToItsPixels() throws Exception {
        BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 11; y++) {
            for (int x = 0; x < 37; x++) {
                // 240 colours, rows that repeat the one above among them
                image.setRGB(x, y, (x * 7) << 16 | (y / 2 * 23) << 8 | (x % 5) * 40);
            }
        }
        Png png = new Png();
        try {
            for (int round = 0; round < 2; round++) {
                BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.encode(image)));
                assertEquals(37, read.getWidth());
                assertEquals(11, read.getHeight());
                for (int y = 0; y < 11; y++) {
                    for (int x = 0; x < 37; x++) {
                        assertEquals(image.getRGB(x, y), read.getRGB(x, y), x + "," + y);
                    }
                }
            }
        } finally {
            png.end();
        }
    }
}
