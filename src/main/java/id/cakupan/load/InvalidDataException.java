package id.cakupan.load;

import java.util.List;
import java.util.stream.Collectors;

import id.cakupan.text.Catalogue;

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

    /** For logs and stack traces; users see each error in their language ({@link #report}). */
    @Override
    public String getMessage() {
        return errors.size() + " error(s) in the data";
    }

    public List<DataError> errors() {
        return errors;
    }

    /** All errors, one per line, in the catalogue's language. */
    public String report(Catalogue words) {
        return errors.stream().map(e -> e.describe(words)).collect(Collectors.joining(System.lineSeparator()));
    }
}
