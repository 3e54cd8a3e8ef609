package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Text that is already clean comes back as it is; every other text is cleaned as before. */
class SafeTextTest {

    @Test
    void cleanAsciiTextIsReturnedAsItIs() {
        String name = "Kabupaten Bengkulu Selatan (17.01)";
        assertSame(name, SafeText.clean(name, 240));
    }

    @Test
    void spacesAtTheEndsOrTwiceAndLongTextAreStillCleaned() {
        assertEquals("a b", SafeText.clean("a  b", 240));
        assertEquals("a", SafeText.clean(" a", 240));
        assertEquals("a", SafeText.clean("a ", 240));
        assertEquals("", SafeText.clean(" ", 240));
        assertEquals("", SafeText.clean("", 240));
        assertEquals("abc…", SafeText.clean("abcdef", 4));
        assertEquals("a b", SafeText.clean("a\tb", 240));
    }

    /** The rules as they were written before the shortcut for clean text, compared on random text. */
    @Test
    void sameResultAsTheFullRulesOnRandomText() {
        Random random = new Random(13);
        String alphabet = "ab Z09 .,-=\t\n\u0000\u00a0\u00ad\u00e9e\u0301\u202e\u2028\u200d\u4e00\ud83d\ude00~";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int max = 1 + random.nextInt(12);
            assertEquals(fullRules(text.toString(), max), SafeText.clean(text.toString(), max), "max " + max + ": "
                    + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    private static String fullRules(String text, int max) {
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT && c != 0x200D
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        String cleaned = out.toString().replaceAll("\\s+", " ").strip();
        if (cleaned.codePointCount(0, cleaned.length()) <= max) {
            return cleaned;
        }
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
