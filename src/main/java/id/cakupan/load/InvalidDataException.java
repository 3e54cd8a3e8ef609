package id.cakupan.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the data has errors; carries all of them, sorted by file and line, the same error on
 * several lines of a column given once with its lines.
 */
public class InvalidDataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<DataError> errors;

    public InvalidDataException(List<DataError> errors) {
        this(sinkOf(errors));
    }

    /** The errors a sink gathered, already collapsed and bounded. */
    public InvalidDataException(ErrorSink sink) {
        this.errors = List.copyOf(sink.errors());
    }

    private static ErrorSink sinkOf(List<DataError> errors) {
        ErrorSink sink = new ErrorSink();
        errors.forEach(sink::add);
        return sink;
    }

    @Override
    public String getMessage() {
        return errors.size() + " error(s) in the data";
    }

    public List<DataError> errors() {
        return errors;
    }

    /** All errors, one per line. */
    public String report() {
        return errors.stream().map(DataError::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
