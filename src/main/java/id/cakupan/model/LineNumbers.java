package id.cakupan.model;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.cakupan.text.Text;

/**
 * The lines of a file where the same thing was found, as a message lists them: every line up to
 * ten, then how many more, so that a column wrong on 500 rows reads as one line of text. Only the
 * lines shown are kept, so that a column wrong on millions of rows costs no memory.
 *
 * @param shown the first lines, at most {@link #SHOWN}, in order
 * @param count how many lines there are in all
 */
public record LineNumbers(List<Integer> shown, int count) {

    /** Lines listed by number before the rest are counted. */
    public static final int SHOWN = 10;

    public LineNumbers {
        shown = shown.stream().sorted().distinct().limit(SHOWN).toList();
        if (shown.isEmpty() || count < shown.size()) {
            throw new IllegalArgumentException("at least one line, and no more lines shown than counted");
        }
    }

    /** Every line of a list, counted once each. */
    public LineNumbers(List<Integer> lines) {
        this(lines, (int) lines.stream().distinct().count());
    }

    /** The first line. */
    public int first() {
        return shown.get(0);
    }

    /** {@code 3, 4, 7}, or {@code 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 42 more}: for logs; messages use {@link #words()}. */
    @Override
    public String toString() {
        String text = shown.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return count > shown.size() ? text + " and " + (count - shown.size()) + " more" : text;
    }

    /**
     * The lines as a message lists them: {@code 3, 4, 7}, or {@code 2, 3, … 11} and how many more in
     * the reader's language ({@code load.place.more}).
     */
    public Object words() {
        return listed(shown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /**
     * The rows as cells of a sheet's column: {@code D2, D3, D4}, or {@code D2, D3, … D11} and how many
     * more in the reader's language.
     */
    public Object cellWords(String columnLetter) {
        return listed(shown.stream().map(row -> columnLetter + row).collect(Collectors.joining(", ")));
    }

    private Object listed(String text) {
        return count > shown.size() ? Text.of("load.place.more", text, Text.figure(count - shown.size())) : text;
    }

    /**
     * Gathers lines one at a time, keeping the lowest {@link #SHOWN} and counting the rest. A line
     * given twice is counted once when it is among the lowest or was the last one given, which is
     * where a repeat can happen: rows are read in order.
     */
    public static final class Collector {
        private final TreeSet<Integer> lowest = new TreeSet<>();
        private int count;
        private int last = -1;

        public void add(int line) {
            if (line == last || lowest.contains(line)) {
                return;
            }
            last = line;
            count++;
            lowest.add(line);
            if (lowest.size() > SHOWN) {
                lowest.pollLast();
            }
        }

        /** Lines gathered elsewhere: the ones shown, and the rest by their count. */
        public void add(LineNumbers lines) {
            lines.shown().forEach(this::add);
            count += lines.count() - lines.shown().size();
        }

        public int count() {
            return count;
        }

        public LineNumbers lines() {
            return new LineNumbers(List.copyOf(lowest), count);
        }
    }
}
