package id.cakupan.build;

import java.io.IOException;

/** Another run is writing to the output folder: a temporary failure, to try again once it has finished. */
public class OutputBusyException extends IOException {

    private static final long serialVersionUID = 1L;

    OutputBusyException(String shownAs, long holder) {
        super("--out " + shownAs + ": another build" + (holder > 0 ? " (process " + holder + ")" : "")
                + " is writing to this folder; run this one again when it has finished");
    }
}
