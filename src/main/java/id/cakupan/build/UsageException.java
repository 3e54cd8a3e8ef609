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

    public Text text() {
        return text;
    }
}
