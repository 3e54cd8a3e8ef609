package id.cakupan.load;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A whole number written in Indonesian words ({@code dua ratus} is 200, {@code seribu lima ratus}
 * 1500), only to say in a message which digits to write: a word is never read as a number.
 */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("nol", 0), Map.entry("satu", 1),
            Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4), Map.entry("lima", 5),
            Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8), Map.entry("sembilan", 9),
            Map.entry("sepuluh", 10), Map.entry("sebelas", 11), Map.entry("seratus", 100));
    private static final Map<String, Long> SCALES = Map.of("ribu", 1_000L, "juta", 1_000_000L,
            "miliar", 1_000_000_000L);
    private static final Map<String, Long> ONE_SCALE = Map.of("seribu", 1_000L, "sejuta", 1_000_000L,
            "semiliar", 1_000_000_000L);

    private NumberWords() {
    }

    /** The number the words mean, or empty when the text is not Indonesian number words alone. */
    static Optional<Long> value(String text) {
        String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
        long total = 0;
        long group = 0;
        long last = 0;
        for (String word : words) {
            Integer unit = UNITS.get(word);
            if (unit != null) {
                group += unit;
                last = unit;
            } else if (word.equals("belas") && last > 0 && last < 10) {
                group += 10;
                last = 0;
            } else if (word.equals("puluh") && last > 0 && last < 10) {
                group += last * 9;
                last = 0;
            } else if (word.equals("ratus") && last > 0 && last < 10) {
                group += last * 99;
                last = 0;
            } else if (SCALES.containsKey(word) && group > 0) {
                total += group * SCALES.get(word);
                group = 0;
                last = 0;
            } else if (ONE_SCALE.containsKey(word)) {
                total += ONE_SCALE.get(word);
                last = 0;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total + group);
    }
}
