package id.cakupan.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

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
    private static final byte[] CREATION_DATE = ascii("/CreationDate(D:");
    private static final byte[] MOD_DATE = ascii("/ModDate(D:");
    /** The same keys as PDFBox writes them, with a space before the value. */
    private static final byte[] CREATION_DATE_SPACED = ascii("/CreationDate (D:");
    private static final byte[] MOD_DATE_SPACED = ascii("/ModDate (D:");
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private ReproduciblePdf() {
    }

    /**
     * Normalises a PDF in place and returns it. The exporter already dates the document (see
     * {@link DatedPdfExporter}); any date that still comes from elsewhere is overwritten with the
     * document date in the same form: {@code D:yyyyMMddHHmmssZ} in UTC, {@code D:yyyyMMddHHmmss+07'00'}
     * (any offset) in the document date's own offset, {@code D:yyyyMMddHHmmss} alone in its local time.
     */
    static byte[] normalize(byte[] pdf, ZonedDateTime date) {
        byte[] utc = ascii(date.withZoneSameInstant(ZoneOffset.UTC).format(PDF_DATE) + "Z");
        byte[] local = ascii(date.format(PDF_DATE));
        byte[] offset = ascii(date.format(PDF_DATE) + offset(date.getOffset()));
        // one pass: every place starts with '+' (a subset prefix's end) or '/' (a date's key)
        int last = pdf.length - FONT.length;
        for (int at = 0; at <= last; at++) {
            byte b = pdf[at];
            if (b == '+' && matches(pdf, at, FONT)) {
                fontPrefix(pdf, at);
            } else if (b == '/') {
                int digits = matches(pdf, at, CREATION_DATE) ? at + CREATION_DATE.length
                        : matches(pdf, at, MOD_DATE) ? at + MOD_DATE.length
                        : matches(pdf, at, CREATION_DATE_SPACED) ? at + CREATION_DATE_SPACED.length
                        : matches(pdf, at, MOD_DATE_SPACED) ? at + MOD_DATE_SPACED.length : -1;
                if (digits > 0 && digits + 15 <= pdf.length && isDigits(pdf, digits, digits + 14)) {
                    byte[] stamp = dateForm(pdf, digits + 14, utc, local, offset);
                    if (stamp != null) {
                        System.arraycopy(stamp, 0, pdf, digits, stamp.length);
                    }
                }
            }
        }
        int id = lastIndexOf(pdf, ID);
        if (id >= 0 && id + ID.length + 69 <= pdf.length) {
            int first = id + ID.length;
            // "<a><b>" as the exporter writes it, "<a> <b>" once completed by PDFBox
            int second = pdf[first + 33] == '<' ? first + 34 : first + 35;
            byte[] zero = ascii("0".repeat(32));
            System.arraycopy(zero, 0, pdf, first, 32);
            System.arraycopy(zero, 0, pdf, second, 32);
            byte[] hex = ascii(HexFormat.of().formatHex(digest("MD5", pdf)));
            System.arraycopy(hex, 0, pdf, first, 32);
            System.arraycopy(hex, 0, pdf, second, 32);
        }
        return pdf;
    }

    /** The date in the form of the one whose zone part starts at {@code zone}, or null for an unknown form. */
    private static byte[] dateForm(byte[] pdf, int zone, byte[] utc, byte[] local, byte[] offset) {
        byte b = pdf[zone];
        if (b == 'Z') {
            return utc;
        }
        if (b == ')') {
            return local;
        }
        if ((b == '+' || b == '-') && zone + 7 <= pdf.length && isDigits(pdf, zone + 1, zone + 3)
                && pdf[zone + 3] == '\'' && isDigits(pdf, zone + 4, zone + 6) && pdf[zone + 6] == '\'') {
            return offset;
        }
        return null;
    }

    /** {@code +07'00'}: an offset as PDF dates write it. */
    private static String offset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        return String.format(Locale.ROOT, "%s%02d'%02d'", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
                Math.abs(minutes) % 60);
    }

    /** Overwrites the six letters before {@code +DejaVu…} when they are a subset prefix of a font name. */
    private static void fontPrefix(byte[] pdf, int at) {
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

    /** Whether {@code pattern} stands at {@code at}, its first byte already known to match. */
    private static boolean matches(byte[] bytes, int at, byte[] pattern) {
        if (at + pattern.length > bytes.length) {
            return false;
        }
        for (int j = 1; j < pattern.length; j++) {
            if (bytes[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
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

    private static int lastIndexOf(byte[] bytes, byte[] pattern) {
        for (int i = bytes.length - pattern.length; i >= 0; i--) {
            if (bytes[i] == pattern[0] && matches(bytes, i, pattern)) {
                return i;
            }
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
