package id.cakupan.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.cakupan.model.InputWarning;
import id.cakupan.model.LineNumbers;

/**
 * Gathers the errors of a whole run, so that they are reported together, and the cells read with a
 * correction, so that each value read differently is reported once with its lines.
 */
public final class ErrorSink {

    private final List<DataError> errors = new ArrayList<>();
    private final Map<List<String>, List<Integer>> corrections = new LinkedHashMap<>();

    public void add(DataError error) {
        errors.add(error);
    }

    /** A cell whose intent is certain was read as something else than written, e.g. "Perwal" as PERWAL. */
    public void corrected(String file, int line, String column, String message) {
        corrections.computeIfAbsent(Arrays.asList(file, column, message), k -> new ArrayList<>()).add(line);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    public List<DataError> errors() {
        return List.copyOf(errors);
    }

    /** One warning per file, column and value read with a correction, in the order first found. */
    public List<InputWarning> warnings() {
        List<InputWarning> warnings = new ArrayList<>();
        corrections.forEach((key, lines) -> warnings.add(new InputWarning(key.get(0), key.get(1), key.get(2),
                new LineNumbers(lines))));
        return warnings;
    }

    public void throwIfAny() throws InvalidDataException {
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }
}
