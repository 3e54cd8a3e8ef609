package id.cakupan.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding a CSV file is read in: UTF-8 as the contract says, or Windows-1252 for a file that is
 * not UTF-8 but is Windows-1252 text, which is what Excel's "CSV (Comma delimited)" writes. The whole
 * file is looked at before a row is read, since a byte that is not UTF-8 may come on any line.
 */
final class TextEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /**
     * UTF-8 when the file is UTF-8 or is neither (its reading then stops at the first byte that is
     * not UTF-8, with its line); Windows-1252 when it is not UTF-8 and holds none of the five bytes
     * that Windows-1252 leaves undefined.
     */
    static Charset of(Path path) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        boolean isUtf8 = true;
        boolean undefinedIn1252 = false;
        try (InputStream in = Files.newInputStream(path)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (!end) {
                    for (int i = bytes.position(); i < bytes.position() + read; i++) {
                        undefinedIn1252 |= isUndefinedIn1252(bytes.get(i));
                    }
                    bytes.position(bytes.position() + read);
                }
                if (isUtf8) {
                    bytes.flip();
                    CoderResult result;
                    do {
                        chars.clear();
                        result = utf8.decode(bytes, chars, end);
                    } while (result.isOverflow());
                    isUtf8 = !result.isError();
                    bytes.compact();
                } else {
                    bytes.clear();
                }
            }
        }
        return isUtf8 || undefinedIn1252 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static boolean isUndefinedIn1252(byte b) {
        int value = b & 0xFF;
        return value == 0x81 || value == 0x8D || value == 0x8F || value == 0x90 || value == 0x9D;
    }
}
