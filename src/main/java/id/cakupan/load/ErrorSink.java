package id.cakupan.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.cakupan.model.InputWarning;
import id.cakupan.model.LineNumbers;
import id.cakupan.text.Text;

/**
 * Gathers the errors of a whole run, so that they are reported together, and the cells read with a
 * correction, so that each value read differently is reported once with its lines.
 *
 * <p>Memory stays bounded however broken a file is: the same error of a column on many lines is
 * held once with its first lines and a count, and a file's column holds at most
 * {@link #KEPT_PER_COLUMN} different errors (and as many corrections); beyond that only how many
 * more there are is kept, and printed after the file's errors.
 */
public final class ErrorSink {

    /** Different errors of one file and column that are listed; the rest are counted. */
    public static final int KEPT_PER_COLUMN = 20;

    /** Errors tied to a line, by file, column and message; errors of a file as a whole stay apart. */
    private final Map<Key, Group> groups = new LinkedHashMap<>();
    private final List<DataError> fileErrors = new ArrayList<>();
    private final Map<List<String>, Integer> keptPerColumn = new HashMap<>();
    private final Map<List<String>, Integer> moreErrors = new LinkedHashMap<>();
    private final Map<Key, LineNumbers.Collector> corrections = new LinkedHashMap<>();
    private final Map<List<String>, Integer> correctionsPerColumn = new HashMap<>();
    private final Map<List<String>, Integer> moreCorrections = new LinkedHashMap<>();
    /** The files that are sheets of a workbook, whose places are cells. */
    private final Set<String> sheets = new HashSet<>();

    /** What is merged: the same message about the same column of a file (equal texts are equal messages). */
    private record Key(String file, String column, Text message) {
    }

    private static final class Group {
        final DataError first;
        final LineNumbers.Collector lines = new LineNumbers.Collector();

        Group(DataError first) {
            this.first = first;
        }
    }

    public void add(DataError error) {
        if (error.sheet()) {
            sheets.add(error.file());
        }
        if (error.line() <= 0) {
            fileErrors.add(error);
            return;
        }
        Key key = new Key(error.file(), error.column(), error.message());
        Group group = groups.get(key);
        if (group == null) {
            List<String> column = Arrays.asList(error.file(), error.column());
            if (keptPerColumn.merge(column, 1, Integer::sum) > KEPT_PER_COLUMN) {
                moreErrors.merge(column, 1, Integer::sum);
                return;
            }
            group = new Group(error);
            groups.put(key, group);
        }
        if (error.lines() == null) {
            group.lines.add(error.line());
        } else {
            group.lines.add(error.lines());
        }
    }

    /** A cell whose intent is certain was read as something else than written, e.g. "Perwal" as PERWAL. */
    public void corrected(String file, int line, String column, Text message) {
        corrected(file, line, column, message, false);
    }

    /** As {@link #corrected(String, int, String, Text)}, for a cell of a sheet when {@code sheet}. */
    public void corrected(String file, int line, String column, Text message, boolean sheet) {
        if (sheet) {
            sheets.add(file);
        }
        Key key = new Key(file, column, message);
        LineNumbers.Collector lines = corrections.get(key);
        if (lines == null) {
            List<String> fileColumn = Arrays.asList(file, column);
            if (correctionsPerColumn.merge(fileColumn, 1, Integer::sum) > KEPT_PER_COLUMN) {
                moreCorrections.merge(fileColumn, 1, Integer::sum);
                return;
            }
            lines = new LineNumbers.Collector();
            corrections.put(key, lines);
        }
        lines.add(line);
    }

    public boolean isEmpty() {
        return groups.isEmpty() && fileErrors.isEmpty() && moreErrors.isEmpty();
    }

    /**
     * The errors, each once with its lines, sorted by file and first line; after a file's errors,
     * for each of its columns with more different errors than are listed, how many more.
     */
    public List<DataError> errors() {
        List<DataError> sorted = new ArrayList<>(fileErrors);
        groups.values().forEach(g -> {
            LineNumbers lines = g.lines.lines();
            sorted.add(new DataError(g.first.file(), lines.first(), g.first.column(), g.first.message(), lines,
                    g.first.sheet()));
        });
        sorted.sort(null);
        List<DataError> all = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            all.add(sorted.get(i));
            String file = sorted.get(i).file();
            if (i + 1 == sorted.size() || !sorted.get(i + 1).file().equals(file)) {
                all.addAll(more(file));
            }
        }
        moreErrors.keySet().stream().map(k -> k.get(0)).distinct()
                .filter(file -> sorted.stream().noneMatch(e -> e.file().equals(file)))
                .forEach(file -> all.addAll(more(file)));
        return all;
    }

    private List<DataError> more(String file) {
        List<DataError> more = new ArrayList<>();
        moreErrors.forEach((key, count) -> {
            if (key.get(0).equals(file)) {
                // counted per line: the errors past the listed ones are not kept, so not told apart
                more.add(new DataError(file, 0, key.get(1), Text.of(key.get(1) == null ? "load.more.errors.rows"
                        : "load.more.errors.column", Text.figure(count)), null, sheets.contains(file)));
            }
        });
        return more;
    }

    /** One warning per file, column and value read with a correction, in the order first found. */
    public List<InputWarning> warnings() {
        List<InputWarning> warnings = new ArrayList<>();
        corrections.forEach((key, lines) -> warnings.add(new InputWarning(key.file(), key.column(), key.message(),
                lines.lines(), sheets.contains(key.file()))));
        moreCorrections.forEach((key, count) -> warnings.add(new InputWarning(key.get(0), key.get(1),
                Text.of("load.more.corrections", Text.figure(count)), null, sheets.contains(key.get(0)))));
        return warnings;
    }

    public void throwIfAny() throws InvalidDataException {
        if (!isEmpty()) {
            throw new InvalidDataException(this);
        }
    }
}
