package id.cakupan.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A card as PNG bytes: an 8-bit palette image, with no chunk but the header, the palette, the pixels
 * and the end, so that the same picture always gives the same bytes (no time, no software name).
 *
 * <p>A card is flat colours whose antialiased edges add a thousand or so shades, most of them a few
 * pixels each. The palette holds the 256 commonest colours (every flat colour, and the edges' main
 * shades); a rarer shade is drawn with its nearest colour there, which no eye tells apart on an edge.
 * One byte a pixel instead of three: a third of the data to compress, and half the file of Java's
 * own RGB writer, which on the national sample also cost four times the CPU time (its per-row choice of
 * filters runs in Java; here the one deflate is the JDK's native zlib).
 */
public final class Png {

    /** The rows of the last picture, reused for the next one of the same size: a card's buffers are megabytes. */
    private byte[] raw = new byte[0];
    private final byte[] buffer = new byte[1 << 16];
    private final Deflater deflater = new Deflater(LEVEL);

    /** zlib's level: the fastest; on these pictures higher levels gain a few percent of size for twice the time. */
    static final int LEVEL = Deflater.BEST_SPEED;
    private static final int PALETTE = 256;
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    /** An encoder for one thread at a time, which keeps its buffers from one picture to the next. */
    public Png() {
    }

    public byte[] encode(BufferedImage image) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        // the card's own pixels (it is drawn as TYPE_INT_RGB), not a copy converted a pixel at a time
        int[] pixels = image.getType() == BufferedImage.TYPE_INT_RGB
                ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData() : image.getRGB(0, 0, w, h, null, 0, w);
        Colours colours = new Colours(pixels, w);
        int[] palette = colours.commonest(PALETTE);
        if (raw.length != (w + 1) * h) {
            raw = new byte[(w + 1) * h];
        }
        int o = 0;
        int last = ~pixels[0];
        byte lastIndex = 0;
        for (int y = 0; y < h; y++) {
            raw[o++] = 0; // filter: none, the usual choice for palette images
            if (y > 0 && Arrays.equals(pixels, y * w, y * w + w, pixels, (y - 1) * w, y * w)) {
                // a row like the one above (a card's flat areas): the same indexes
                System.arraycopy(raw, o - w - 1, raw, o, w);
                o += w;
                continue;
            }
            for (int x = 0; x < w; x++) {
                int pixel = pixels[y * w + x];
                // most pixels repeat the one before: a lookup only where the colour changes
                if (pixel != last) {
                    last = pixel;
                    lastIndex = (byte) colours.index(pixel);
                }
                raw[o++] = lastIndex;
            }
        }
        var out = new ByteArrayOutputStream(1 << 16);
        out.write(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 3)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        byte[] plte = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
        }
        chunk(out, "PLTE", plte);
        chunk(out, "IDAT", deflate());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private byte[] deflate() {
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        var out = new ByteArrayOutputStream(raw.length / 16);
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    /** Frees the compressor's native memory; the encoder is not used after. */
    public void end() {
        deflater.end();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        var stream = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        stream.writeInt(data.length);
        stream.write(name);
        stream.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        stream.writeInt((int) crc.getValue());
    }

    /** The distinct colours of a picture (RGB, no alpha) with how many pixels have each, in an open-addressed table. */
    private static final class Colours {
        private final int mask;
        private final int[] keys;
        private final int[] counts;
        private final boolean[] used;
        private final int[] index;
        private int distinct;

        /** Counts the colours of the rows of {@code width} pixels that differ from the row above. */
        Colours(int[] pixels, int width) {
            int capacity = 1 << 12;
            int[] k;
            int[] c;
            boolean[] u;
            // grows until the table is at most half full: no picture of ours has more than a few thousand colours
            while (true) {
                k = new int[capacity];
                c = new int[capacity];
                u = new boolean[capacity];
                if (count(pixels, width, k, c, u, capacity - 1, capacity / 2)) {
                    break;
                }
                capacity <<= 2;
            }
            this.mask = capacity - 1;
            this.keys = k;
            this.counts = c;
            this.used = u;
            this.index = new int[capacity];
        }

        /**
         * Counts pixels into the table; false when it holds more than {@code limit} colours. A row equal to
         * the one above is not counted again: the counts only rank the colours, and a flat colour ranks
         * high in any case.
         */
        private boolean count(int[] pixels, int width, int[] k, int[] c, boolean[] u, int m, int limit) {
            int n = 0;
            int run = 0;
            int i = -1;
            int last = ~pixels[0];
            for (int row = 0; row < pixels.length; row += width) {
                if (row > 0 && Arrays.equals(pixels, row, row + width, pixels, row - width, row)) {
                    continue;
                }
                for (int p = row; p < row + width; p++) {
                    int pixel = pixels[p];
                    if (pixel == last) {
                        run++;
                        continue;
                    }
                    if (i >= 0) {
                        c[i] += run;
                    }
                    last = pixel;
                    run = 1;
                    int key = pixel & 0xFFFFFF;
                    i = slot(key, m);
                    while (u[i] && k[i] != key) {
                        i = (i + 1) & m;
                    }
                    if (!u[i]) {
                        if (++n > limit) {
                            return false;
                        }
                        u[i] = true;
                        k[i] = key;
                    }
                }
            }
            if (i >= 0) {
                c[i] += run;
            }
            distinct = n;
            return true;
        }

        private static int slot(int key, int mask) {
            return (key * 0x9E3779B1 >>> 7) & mask;
        }

        /**
         * The {@code size} commonest colours (ties by value, so the same picture has the same palette), and
         * each colour's index among them.
         */
        int[] commonest(int size) {
            long[] ranked = new long[distinct];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    // most pixels first, then the lower colour value
                    ranked[n++] = (long) (Integer.MAX_VALUE - counts[i]) << 24 | keys[i];
                }
            }
            Arrays.sort(ranked);
            int[] palette = new int[Math.min(size, n)];
            for (int i = 0; i < palette.length; i++) {
                palette[i] = (int) (ranked[i] & 0xFFFFFF);
            }
            // the palette's channels apart, so that the search for each rarer colour only subtracts and multiplies
            int[] reds = new int[palette.length];
            int[] greens = new int[palette.length];
            int[] blues = new int[palette.length];
            for (int i = 0; i < palette.length; i++) {
                reds[i] = palette[i] >> 16 & 0xFF;
                greens[i] = palette[i] >> 8 & 0xFF;
                blues[i] = palette[i] & 0xFF;
            }
            for (int i = palette.length; i < n; i++) {
                int key = (int) (ranked[i] & 0xFFFFFF);
                index[find(key)] = nearest(key >> 16 & 0xFF, key >> 8 & 0xFF, key & 0xFF, reds, greens, blues);
            }
            for (int i = 0; i < palette.length; i++) {
                index[find(palette[i])] = i;
            }
            return palette;
        }

        int index(int pixel) {
            return index[find(pixel & 0xFFFFFF)];
        }

        /** The slot of a colour of the picture. */
        private int find(int key) {
            int i = slot(key, mask);
            while (keys[i] != key || !used[i]) {
                i = (i + 1) & mask;
            }
            return i;
        }

        /** The palette's colour nearest to a colour, by a distance weighted as the eye weighs red, green and blue. */
        private static int nearest(int red, int green, int blue, int[] reds, int[] greens, int[] blues) {
            int best = 0;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < reds.length; i++) {
                int r = red - reds[i];
                int g = green - greens[i];
                int b = blue - blues[i];
                int distance = 3 * r * r + 4 * g * g + 2 * b * b;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            }
            return best;
        }
    }
}
