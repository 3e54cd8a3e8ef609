package id.cakupan.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The version of the running program and the source revision it was built from, as the build wrote
 * them beside the classes ({@code id/cakupan/version.txt}, {@code revision.txt}): the same whether the
 * program runs from its jar or from its classes.
 */
public final class ProgramVersion {

    private static final String VERSION = read("/id/cakupan/version.txt", "development");
    private static final String REVISION = read("/id/cakupan/revision.txt", "unknown");

    private ProgramVersion() {
    }

    /** {@code 0.1.0}, or "development" when the build wrote no version. */
    public static String version() {
        return VERSION;
    }

    /** The commit, {@code 1a2b3c4d5e6f}, with {@code +changes} when built from a changed tree; "unknown" outside git. */
    public static String revision() {
        return REVISION;
    }

    private static String read(String resource, String fallback) {
        try (InputStream in = ProgramVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                return fallback;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? fallback : text;
        } catch (IOException e) {
            return fallback;
        }
    }
}
