package id.cakupan.load;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import id.cakupan.text.Text;

/**
 * What the first bytes of an input file say it is, when it is not UTF-8 text: a workbook, a PDF or
 * other binary data saved with a {@code .csv} name, or text in UTF-16 (as Excel's "Unicode Text" saves it, with or
 * without a byte-order mark), which would otherwise read as nonsense ({@code k\0o\0d\0e}).
 */
final class FileSignature {

    /** Bytes looked at: enough for a ZIP's first entry name and for the pattern of UTF-16. */
    static final int HEAD = 512;
    /** Zero bytes among the first {@link #HEAD} that make a file binary rather than text with a stray one. */
    private static final int BINARY_ZEROS = 4;

    private FileSignature() {
    }

    /** The problem to report when the file is not UTF-8 text, or empty when it may be. */
    static Optional<Text> problem(byte[] head, int length) {
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            // an .xlsx, .docx or .ods is a ZIP whose first entries name what it holds
            String names = new String(head, 0, length, StandardCharsets.ISO_8859_1);
            if (names.contains("opendocument.spreadsheet")) {
                return Optional.of(Text.of("load.file.ods"));
            }
            if (names.contains("[Content_Types].xml") || names.contains("xl/")) {
                return Optional.of(Text.of("load.file.xlsx"));
            }
            return Optional.of(Text.of("load.file.zip"));
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(Text.of("load.file.xls"));
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(Text.of("load.file.pdf"));
        }
        if (startsWith(head, length, 0xFF, 0xFE) || startsWith(head, length, 0xFE, 0xFF) || looksLikeUtf16(head, length)) {
            return Optional.of(Text.of("load.file.utf16"));
        }
        int zeros = 0;
        for (int i = 0; i < length; i++) {
            zeros += head[i] == 0 ? 1 : 0;
        }
        // an image, an archive, a program is full of zero bytes; a stray one in a text file is reported
        // with its line when the file is read
        if (zeros >= BINARY_ZEROS) {
            return Optional.of(Text.of("load.file.binary"));
        }
        return Optional.empty();
    }

    /**
     * Whether the header, the first line, is separated by semicolons: it holds a {@code ;} and no
     * comma, as Excel set to Indonesian saves "CSV", since there the comma is the decimal mark.
     */
    static boolean semicolonHeader(byte[] head, int length) {
        boolean semicolon = false;
        for (int i = byteOrderMark(head, length); i < length && head[i] != '\n' && head[i] != '\r'; i++) {
            if (head[i] == ',') {
                return false;
            }
            semicolon |= head[i] == ';';
        }
        return semicolon;
    }

    /** Bytes of the UTF-8 byte-order mark at the start, which is skipped. */
    static int byteOrderMark(byte[] head, int length) {
        return startsWith(head, length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    /**
     * Text in UTF-16 without a byte-order mark: the zero byte of each Latin character falls on every
     * second byte (odd ones in little-endian, even ones in big-endian), which UTF-8 text never has.
     */
    private static boolean looksLikeUtf16(byte[] head, int length) {
        int pairs = length / 2;
        if (pairs < 2) {
            return false;
        }
        int zeroOdd = 0;
        int zeroEven = 0;
        for (int i = 0; i < pairs; i++) {
            boolean evenZero = head[2 * i] == 0;
            boolean oddZero = head[2 * i + 1] == 0;
            if (oddZero && !evenZero) {
                zeroOdd++;
            } else if (evenZero && !oddZero) {
                zeroEven++;
            }
        }
        return Math.max(zeroOdd, zeroEven) * 4 >= pairs * 3;
    }

    private static boolean startsWith(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
