package id.cakupan.render;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The text of the values of a table other than numbers, made once per value: a table repeats the
 * same codes, names and months on hundreds of thousands of rows. Keeps at most {@link #KEPT} values,
 * so that a column of distinct texts costs no more memory than it did. One per table being written;
 * not for several threads.
 */
public final class ValueTexts {

    private static final int KEPT = 50_000;

    private final Function<Object, String> text;
    private final Map<Object, String> made = new HashMap<>();

    /** @param text how a value becomes text (CSV quoting, or the cleaning a sheet needs) */
    public ValueTexts(Function<Object, String> text) {
        this.text = text;
    }

    public String of(Object value) {
        String known = made.get(value);
        if (known == null) {
            known = text.apply(value);
            if (made.size() < KEPT) {
                made.put(value, known);
            }
        }
        return known;
    }
}
