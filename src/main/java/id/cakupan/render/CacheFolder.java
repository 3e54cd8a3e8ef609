package id.cakupan.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where Cakupan keeps what it may reuse between runs (compiled templates, the bundled fonts as
 * files): {@code CAKUPAN_CACHE}, else {@code $XDG_CACHE_HOME/cakupan}, else {@code ~/.cache/cakupan}.
 * Everything in it can be deleted at any time.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** The folder, created (readable by its owner only) when missing; null when it cannot be used. */
    public static Path dir() {
        try {
            String configured = System.getenv("CAKUPAN_CACHE");
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path dir = configured != null ? Path.of(configured)
                    : xdg != null ? Path.of(xdg, "cakupan") : Path.of(System.getProperty("user.home"), ".cache", "cakupan");
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
