package id.cakupan.text;

import java.io.IOException;

/**
 * A failure to read or write that we can explain in the reader's words (a folder that cannot be
 * used, a template that does not compile); {@link #getMessage()} is the English wording, for logs.
 */
public class TextIOException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public TextIOException(Text text) {
        super(Catalogue.english().word(text));
        this.text = text;
    }

    public TextIOException(Text text, Throwable cause) {
        super(Catalogue.english().word(text), cause);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
