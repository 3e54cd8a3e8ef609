package id.cakupan.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

import id.cakupan.text.Text;

/**
 * The characters of a UTF-8 (or Windows-1252) input file, decoded strictly as they are read, so that a file of any
 * size is read in a few kilobytes. It knows the line of every row's start ({@link #lineOf}), stops
 * at a byte that is not UTF-8 or at a zero byte with the line it is on, and stops a row that grows
 * beyond {@link #MAX_ROW_CHARS} (a quote never closed in a large file).
 */
final class TextReader extends Reader {

    /** The longest row read: a header of a thousand columns is some 20 kilobytes. */
    static final int MAX_ROW_CHARS = 8 * 1024 * 1024;

    /** A problem that stops the reading of a file; the line is 0 where it is the line after the last row. */
    static final class StopException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final transient Text text;

        StopException(int line, Text text) {
            super(text.key());
            this.line = line;
            this.text = text;
        }

        int line() {
            return line;
        }

        /** Why the reading stopped, for the user. */
        Text text() {
            return text;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private long position;
    private int line = 1;
    private boolean atLineStart = true;
    private long rowStart;
    /** Where lines that hold something start, and their numbers, from the parser's row onwards. */
    private long[] startPositions = new long[64];
    private int[] startLines = new int[64];
    private int head;
    private int size;

    /**
     * @param in      the file after its byte-order mark, if it has one
     * @param charset UTF-8, or Windows-1252 for a file found to be such (see {@link TextEncoding})
     */
    TextReader(BufferedInputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The line of the row that starts at a character position, past the blank lines before it.
     * Positions must not go back: the lines before are forgotten.
     */
    int lineOf(long rowPosition) {
        while (size > 0 && startPositions[head] < rowPosition) {
            head = (head + 1) % startPositions.length;
            size--;
        }
        rowStart = rowPosition;
        return size > 0 ? startLines[head] : line;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n') {
                line++;
                atLineStart = true;
            } else if (c == '\0') {
                throw new StopException(line, Text.of("load.csv.zeroByte"));
            } else if (atLineStart && c != '\r') {
                remember(position + i - offset, line);
                atLineStart = false;
            }
        }
        position += n;
        if (position - rowStart > MAX_ROW_CHARS) {
            throw new StopException(0, Text.of("load.csv.rowTooLong", MAX_ROW_CHARS / (1024 * 1024)));
        }
        return n;
    }

    /** Decodes the next characters; false at the end of the file. */
    private boolean fill() throws IOException {
        if (flushed) {
            // asked again after the end (the parser does when the last line has no line break): a
            // decoder that was flushed may not decode again
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    if (chars.position() > 0) {
                        break; // the characters before the bad byte first, then the error
                    }
                    throw new StopException(line, Text.of("load.csv.notUtf8",
                            String.format(Locale.ROOT, "%02X", bytes.get(bytes.position()))));
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    if (!flushed) {
                        decoder.flush(chars);
                        flushed = true;
                    }
                    break;
                }
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void remember(long start, int lineNumber) {
        if (size == startPositions.length) {
            long[] positions = new long[size * 2];
            int[] lines = new int[size * 2];
            for (int i = 0; i < size; i++) {
                positions[i] = startPositions[(head + i) % size];
                lines[i] = startLines[(head + i) % size];
            }
            startPositions = positions;
            startLines = lines;
            head = 0;
        }
        int tail = (head + size) % startPositions.length;
        startPositions[tail] = start;
        startLines[tail] = lineNumber;
        size++;
    }

    /** Leaves the stream open: its owner reads it to the end for the checksum, then closes it. */
    @Override
    public void close() {
    }
}
