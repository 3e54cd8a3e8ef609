package id.cakupan.build;

import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/** The command line names something that cannot be used (a missing folder, a month not in the data). */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public UsageException(Text text) {
        super(Catalogue.english().word(text));
        this.text = text;
    }

    /** Not yet worded in the catalogue. */
    public UsageException(String message) {
        this(Text.untranslated(message));
    }

    public Text text() {
        return text;
    }
}
