package id.cakupan.build;

import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/** Another run is writing to the output folder: a temporary failure, to try again once it has finished. */
public class OutputBusyException extends TextIOException {

    private static final long serialVersionUID = 1L;

    OutputBusyException(String shownAs, long holder) {
        super(holder > 0 ? Text.of("build.busy.process", shownAs, holder) : Text.of("build.busy", shownAs));
    }
}
