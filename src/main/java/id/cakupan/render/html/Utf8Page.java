package id.cakupan.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A page collected as UTF-8 bytes in memory and written to its file in one go. The templates write
 * many pieces, some of them large inline SVG; encoding each piece straight into one byte array
 * costs a fraction of what a buffered file writer, or a string encoded at the end, costs.
 */
final class Utf8Page extends Writer {

    private byte[] bytes;
    private int size;
    private final char[] chunk = new char[8192];
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char pendingHigh;

    Utf8Page(int capacity) {
        this.bytes = new byte[capacity];
    }

    @Override
    public void write(String text, int offset, int length) {
        if (offset == 0 && length == text.length() && pendingHigh == 0
                && (length == 0 || !Character.isHighSurrogate(text.charAt(length - 1)))) {
            // a whole string that leaves no half pair behind: Java's own encoder gives the same bytes (a
            // lone surrogate becomes '?' there too) and copies text without other letters than ASCII at once
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            ensure(size + (long) encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
            return;
        }
        for (int done = 0; done < length; done += chunk.length) {
            int n = Math.min(chunk.length, length - done);
            text.getChars(offset + done, offset + done + n, chunk, 0);
            encode(chunk, 0, n);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        encode(chars, offset, length);
    }

    @Override
    public void write(int c) {
        chunk[0] = (char) c;
        encode(chunk, 0, 1);
    }

    private void encode(char[] chars, int offset, int length) {
        ensure(size + 3L * length + 8);
        byte[] out = bytes;
        int at = size;
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                out[at++] = (byte) c;
            } else if (pendingHigh != 0) {
                if (Character.isLowSurrogate(c)) {
                    int code = Character.toCodePoint(pendingHigh, c);
                    out[at++] = (byte) (0xF0 | code >> 18);
                    out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | code & 0x3F);
                    pendingHigh = 0;
                } else {
                    at = replacement(out, at);
                    pendingHigh = 0;
                    i--;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                at = replacement(out, at);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = at;
    }

    /** Half a surrogate pair becomes '?', as with Java's own UTF-8 encoder. */
    private static int replacement(byte[] out, int at) {
        out[at] = '?';
        return at + 1;
    }

    /** The largest array a JVM reliably allocates. */
    private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private void ensure(long capacity) {
        if (capacity > bytes.length) {
            if (capacity > MAX_SIZE) {
                throw new OutOfMemoryError("a page of more than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_SIZE, Math.max(capacity, 2L * bytes.length)));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Writes the page to its file (replacing it). */
    void writeTo(Path file) throws IOException {
        finish();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, size);
        }
    }

    byte[] toByteArray() {
        finish();
        return Arrays.copyOf(bytes, size);
    }

    /** A high surrogate left at the end has no pair: it becomes '?'. */
    private void finish() {
        if (pendingHigh != 0) {
            ensure(size + 1L);
            size = replacement(bytes, size);
            pendingHigh = 0;
        }
    }
}
