package id.cakupan.render;

/**
 * Where a long run reports how far it has come. Implementations decide how it looks (a live line
 * on a terminal, plain lines in a log, nothing with --quiet); calls may come from several threads.
 */
public interface Progress {

    /** A stage done, or something the reader should know ("Loaded 7 files"). */
    void note(String line);

    /** A warning about the data. */
    void warning(String line);

    /** {@code done} of {@code total} items of a task are finished. */
    void step(String task, int done, int total);

    /** Says nothing. */
    static Progress quiet() {
        return new Progress() {
            @Override
            public void note(String line) {
            }

            @Override
            public void warning(String line) {
            }

            @Override
            public void step(String task, int done, int total) {
            }
        };
    }
}
