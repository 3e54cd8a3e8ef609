package id.cakupan.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Makes an exported PDF the same bytes for the same report: the PDF library stamps the clock as
 * creation date, picks random font-subset prefixes and a random document ID. Each is overwritten in
 * place with the same length (so the cross-reference offsets stay right) by a value derived from
 * the document date, the font name and the content. Works on the bytes: the places are plain text
 * in the uncompressed object dictionaries and the trailer.
 */
final class ReproduciblePdf {

    private static final byte[] FONT = ascii("+DejaVu");
    private static final byte[] ID = ascii("/ID [<");
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ReproduciblePdf() {
    }

    static void normalize(Path file, ZonedDateTime date) throws IOException {
        byte[] pdf = Files.readAllBytes(file);
        for (int at = indexOf(pdf, FONT, 0); at >= 0; at = indexOf(pdf, FONT, at + 1)) {
            int start = at - 6;
            if (start > 0 && pdf[start - 1] == '/' && isUpperCase(pdf, start, at)) {
                int end = at + 1;
                while (end < pdf.length && isNameChar(pdf[end])) {
                    end++;
                }
                System.arraycopy(prefix(new String(pdf, at + 1, end - at - 1, StandardCharsets.ISO_8859_1)), 0, pdf,
                        start, 6);
            }
        }
        byte[] stamp = ascii(date.withZoneSameInstant(ZoneOffset.UTC).format(PDF_DATE));
        for (String key : new String[] {"/CreationDate(D:", "/ModDate(D:"}) {
            byte[] marker = ascii(key);
            for (int at = indexOf(pdf, marker, 0); at >= 0; at = indexOf(pdf, marker, at + 1)) {
                int digits = at + marker.length;
                if (digits + 15 <= pdf.length && pdf[digits + 14] == 'Z' && isDigits(pdf, digits, digits + 14)) {
                    System.arraycopy(stamp, 0, pdf, digits, 14);
                }
            }
        }
        int id = lastIndexOf(pdf, ID);
        if (id >= 0 && id + ID.length + 68 <= pdf.length) {
            int first = id + ID.length;
            int second = first + 34;
            byte[] zero = ascii("0".repeat(32));
            System.arraycopy(zero, 0, pdf, first, 32);
            System.arraycopy(zero, 0, pdf, second, 32);
            byte[] hex = ascii(HexFormat.of().formatHex(digest("MD5", pdf)));
            System.arraycopy(hex, 0, pdf, first, 32);
            System.arraycopy(hex, 0, pdf, second, 32);
        }
        Files.write(file, pdf);
    }

    /** Six capital letters from the font's name: the same font gets the same prefix in every file. */
    private static byte[] prefix(String fontName) {
        byte[] hash = digest("SHA-256", ascii(fontName));
        byte[] letters = new byte[6];
        for (int i = 0; i < 6; i++) {
            letters[i] = (byte) ('A' + Math.floorMod(hash[i], 26));
        }
        return letters;
    }

    private static boolean isUpperCase(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 'A' || bytes[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(byte b) {
        return b > ' ' && b != '/' && b != '[' && b != ']' && b != '<' && b != '>' && b != '(' && b != ')';
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = bytes.length - pattern.length; i >= 0; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
