package id.cakupan.load;

import java.util.ArrayList;
import java.util.List;

/** Gathers the errors of a whole run, so that they are reported together. */
public final class ErrorSink {

    private final List<DataError> errors = new ArrayList<>();

    public void add(DataError error) {
        errors.add(error);
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

    public void throwIfAny() throws InvalidDataException {
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }
}
