package id.cakupan.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * Paths as the file system sees them, symbolic links followed, also for a path that does not exist
 * yet: two paths name the same folder exactly when their real paths are equal, whatever links and
 * {@code ..} were written to reach it.
 */
final class RealPaths {

    /** More links in a row than this is a loop (Linux gives up at 40 as well). */
    private static final int MAX_LINKS = 40;

    private RealPaths() {
    }

    /**
     * The real path of {@code path}: {@link Path#toRealPath} where it exists; otherwise the real path of
     * its nearest existing ancestor with the rest appended, following a link that points to nothing
     * yet to where it points.
     */
    static Path of(Path path) throws IOException {
        Path current = path.toAbsolutePath();
        for (int links = 0; links <= MAX_LINKS; links++) {
            if (Files.exists(current)) {
                return current.toRealPath();
            }
            if (Files.isSymbolicLink(current)) {
                current = current.resolveSibling(Files.readSymbolicLink(current));
                continue;
            }
            Path parent = current.getParent();
            if (parent == null) {
                return current;
            }
            Path realParent = of(parent);
            String name = current.getFileName().toString();
            if (name.equals("..")) {
                return realParent.getParent() == null ? realParent : realParent.getParent();
            }
            Path real = name.equals(".") ? realParent : realParent.resolve(name);
            if (!Files.isSymbolicLink(real)) {
                return real;
            }
            current = real;  // a link to nothing yet, seen once its folder is resolved: follow it
        }
        throw new TextIOException(Text.of("build.path.linkLoop", path));
    }
}
