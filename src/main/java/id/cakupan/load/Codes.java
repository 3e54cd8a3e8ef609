package id.cakupan.load;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a code written by hand is compared with the fixed codes: case, spaces and hyphens do not
 * matter, so that {@code Ditetapkan}, {@code APBD Provinsi} and {@code Guru-Honorer} are the codes
 * they can only mean.
 */
final class Codes {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_]+");

    private Codes() {
    }

    /** {@code APBD Provinsi} → {@code APBD_PROVINSI}; null stays null. */
    static String upper(String text) {
        if (text == null || isCode(text)) {
            return text;
        }
        return SEPARATORS.matcher(text.trim()).replaceAll("_").toUpperCase(Locale.ROOT);
    }

    /** Already written as a code: capitals, digits and underscores (the common case, checked without a regex). */
    private static boolean isCode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** {@code Iuran BPU Bulanan} → {@code iuran_bpu_bulanan}, for parameter names; null stays null. */
    static String lower(String text) {
        return text == null ? null : SEPARATORS.matcher(text.trim()).replaceAll("_").toLowerCase(Locale.ROOT);
    }
}
