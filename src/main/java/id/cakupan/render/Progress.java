package id.cakupan.render;

import id.cakupan.text.Text;

/**
 * Where a long run reports how far it has come. Implementations decide how it looks (a live line
 * on a terminal, plain lines in a log, nothing with --quiet); calls may come from several threads.
 */
public interface Progress {

    /** A stage done, or something the reader should know ("7 berkas dibaca"). */
    void note(Text line);

    /** A warning about the data. */
    void warning(Text line);

    /** {@code done} of {@code total} items of a task are finished. */
    void step(Text task, int done, int total);

    /** Says nothing. */
    static Progress quiet() {
        return new Progress() {
            @Override
            public void note(Text line) {
            }

            @Override
            public void warning(Text line) {
            }

            @Override
            public void step(Text task, int done, int total) {
            }
        };
    }
}
