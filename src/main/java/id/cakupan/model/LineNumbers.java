package id.cakupan.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines of a file where the same thing was found, as a message lists them: every line up to
 * ten, then how many more, so that a column wrong on 500 rows reads as one line of text.
 */
public record LineNumbers(List<Integer> lines) {

    /** Lines listed by number before the rest are counted. */
    public static final int SHOWN = 10;

    public LineNumbers {
        lines = lines.stream().sorted().distinct().toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("at least one line");
        }
    }

    public int count() {
        return lines.size();
    }

    /** {@code 3, 4, 7}, or {@code 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 42 more}. */
    @Override
    public String toString() {
        String shown = lines.stream().limit(SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        return lines.size() > SHOWN ? shown + " and " + (lines.size() - SHOWN) + " more" : shown;
    }
}
