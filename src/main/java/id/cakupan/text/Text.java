package id.cakupan.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message for the user: a key of the terminal catalogue ({@code report-templates/i18n/console.properties})
 * and its arguments, worded in the reader's language by {@link Catalogue#word(Text)}. Arguments are
 * printed as they are (file names, values from the data, line numbers, years: never translated,
 * never grouped), except a nested {@code Text}, worded in the same language, and a {@link Figure},
 * a count grouped the reader's way ({@code 708.000} or {@code 708,000}).
 *
 * <p>Equal keys and arguments make equal texts, so the same problem on many lines can be merged.
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        List<Object> copy = new ArrayList<>(args.size());
        for (Object arg : args) {
            copy.add(arg == null ? "" : arg);
        }
        args = List.copyOf(copy);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** A count to be printed with the reader's thousands separator. */
    public static Figure figure(long value) {
        return new Figure(value);
    }

    /** Seconds since {@code start} ({@link System#nanoTime()}), printed with one decimal: {@code 1,5} in Indonesian. */
    public static Seconds seconds(long nanos) {
        return new Seconds(nanos / 1e9);
    }

    /** A duration in seconds, printed with one decimal. */
    public record Seconds(double value) {
    }

    /** A whole number printed with thousands separators: {@code 708.000} in Indonesian. */
    public record Figure(long value) {
    }

    /** The key and arguments, for logs and failed assertions; users see {@link Catalogue#word(Text)}. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
