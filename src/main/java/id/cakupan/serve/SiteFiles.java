package id.cakupan.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which file of the site folder an address names, and its content type. Nothing outside the site
 * folder is ever named: not by {@code ..}, not by a symbolic link that leads out of it, not a hidden
 * file ({@code .name}); a folder names its {@code index.html}.
 */
public final class SiteFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("geojson", "application/geo+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private SiteFiles() {
    }

    /**
     * The file an address's decoded path names inside {@code root}, when it exists there: a regular file,
     * or a folder's {@code index.html}. Empty for anything else, also for a path that would leave the root.
     */
    public static Optional<Path> resolve(Path root, String path) throws IOException {
        Optional<Path> inside = confine(root, path);
        if (inside.isEmpty() || !Files.exists(inside.get())) {
            return Optional.empty();
        }
        Path file = inside.get();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // a symbolic link anywhere on the way may lead out: the real path must stay inside the real root
        Path real = file.toRealPath();
        return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
    }

    /**
     * The path below {@code root} that a decoded address path names, without looking at the disk; empty
     * when a segment is {@code ..}, hidden ({@code .x}), holds a backslash, a colon or a NUL, or when
     * the path is not absolute.
     */
    static Optional<Path> confine(Path root, String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        Path file = root;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith(".") || segment.indexOf('\\') >= 0 || segment.indexOf(':') >= 0
                    || segment.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            file = file.resolve(segment);
        }
        Path normal = file.normalize();
        return normal.startsWith(root.normalize()) ? Optional.of(normal) : Optional.empty();
    }

    /** Whether the address names a folder without its closing slash ({@code /en}), which links inside it need. */
    public static boolean isFolderWithoutSlash(Path root, String path) {
        if (path == null || path.endsWith("/")) {
            return false;
        }
        Optional<Path> inside = confine(root, path);
        return inside.isPresent() && Files.isDirectory(inside.get(), LinkOption.NOFOLLOW_LINKS);
    }

    /** The content type of a file by its extension; {@code application/octet-stream} for one we do not know. */
    public static String contentType(Path file) {
        Path last = file.getFileName();
        String name = last == null ? "" : last.toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** Whether a file is a page, into which the reload script goes. */
    public static boolean isPage(Path file) {
        return contentType(file).startsWith("text/html");
    }
}
