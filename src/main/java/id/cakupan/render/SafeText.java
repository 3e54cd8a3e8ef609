package id.cakupan.render;

import java.awt.Font;
import java.text.Normalizer;

/**
 * Free text from the data (regulation titles, category names, the office name) made fit to print:
 * control characters removed, composed (so that "e" plus a combining accent is one letter), too
 * long text shortened with an ellipsis, and for the PDFs every character the embedded font lacks
 * replaced by a visible U+FFFD mark instead of silently disappearing. Escaping is the templates' job.
 */
public final class SafeText {

    public static final char REPLACEMENT = '\uFFFD';
    private static final Font PDF_FONT = loadPdfFont();

    private SafeText() {
    }

    /**
     * Control characters (C0 and C1, NUL included), invisible format characters (the bidirectional
     * overrides and isolates U+202A–U+202E and U+2066–U+2069 among them; the zero-width joiner of
     * emoji kept) and line or paragraph separators each become a space, runs of white space one
     * space; composed to NFC, shortened to at most {@code max} characters.
     */
    public static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        if (alreadyClean(text, max)) {
            // nearly every cell of the tables (codes, names, months): the rules below would return it as it is
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        composed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT && c != 0x200D
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return shorten(out.toString().replaceAll("\\s+", " ").strip(), max);
    }

    /**
     * Whether {@link #clean} would return the text unchanged, decided cheaply for the common case:
     * printable ASCII only (already composed, no control or format character), no space at either
     * end or next to another, and not longer than {@code max}.
     */
    private static boolean alreadyClean(String text, int max) {
        int length = text.length();
        if (length > max) {
            return false;
        }
        char previous = ' ';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    /** {@link #clean} and every character DejaVu Sans cannot draw replaced by U+FFFD. */
    public static String forPdf(String text, int max) {
        String cleaned = clean(text, max);
        if (cleaned == null || PDF_FONT == null) {
            return cleaned;
        }
        StringBuilder out = new StringBuilder(cleaned.length());
        cleaned.codePoints().forEach(c -> {
            if (PDF_FONT.canDisplay(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    private static Font loadPdfFont() {
        return BundledFonts.font(BundledFonts.NORMAL);
    }
}
