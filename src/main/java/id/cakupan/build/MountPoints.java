package id.cakupan.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a folder is a mount point. A mount point cannot be renamed ("Device or resource busy"), so
 * an output there cannot be swapped whole; this is known before any work, not after the rendering.
 */
final class MountPoints {

    private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");

    private MountPoints() {
    }

    /**
     * A folder on another file system than its parent, or listed as a mount point by Linux (which
     * also finds a bind mount of a folder of the same file system); {@code dir} is a real path.
     */
    static boolean isMountPoint(Path dir) throws IOException {
        Path parent = dir.getParent();
        if (parent == null) {
            return true;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.getFileStore(dir).equals(Files.getFileStore(parent)) || differentDevice(dir, parent)) {
            return true;
        }
        return Files.isReadable(MOUNT_INFO) && listed(Files.readAllLines(MOUNT_INFO, StandardCharsets.UTF_8)).contains(dir);
    }

    private static boolean differentDevice(Path dir, Path parent) throws IOException {
        try {
            return !Files.getAttribute(dir, "unix:dev").equals(Files.getAttribute(parent, "unix:dev"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false;  // not a Unix file system view: the file stores above decided
        }
    }

    /**
     * The mount points in the lines of {@code /proc/self/mountinfo}: the fifth field, in which a space,
     * tab, newline or backslash is written as an octal escape ({@code \040}).
     */
    static Set<Path> listed(List<String> mountInfo) {
        Set<Path> points = new HashSet<>();
        for (String line : mountInfo) {
            String[] fields = line.split(" ");
            if (fields.length > 4) {
                points.add(Path.of(unescape(fields[4])));
            }
        }
        return points;
    }

    private static String unescape(String field) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = field.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\\' && i + 3 < raw.length && isOctal(raw[i + 1]) && isOctal(raw[i + 2]) && isOctal(raw[i + 3])) {
                bytes.write((raw[i + 1] - '0') * 64 + (raw[i + 2] - '0') * 8 + (raw[i + 3] - '0'));
                i += 3;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isOctal(byte b) {
        return b >= '0' && b <= '7';
    }
}
