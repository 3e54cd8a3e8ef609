package id.cakupan.build;

/** The command line names something that cannot be used (a missing folder, a month not in the data). */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
