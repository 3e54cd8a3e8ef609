package id.cakupan.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * DejaVu Sans, the one font family of the reports, as Java2D fonts made from files. The fonts come
 * in the jasperreports-fonts jar; {@code Font.createFont} given a stream copies each font to a
 * {@code +~JF….tmp} file in the temp folder that only a normal exit of the JVM removes, so a killed
 * build would leave them there for ever. Given a file it uses the file itself: each font is written
 * once into the {@link CacheFolder} under a name that carries a hash of its bytes, and read from there.
 */
public final class BundledFonts {

    /** Where the jar keeps them; also what the PDFs embed. */
    public static final String LOCATION = "net/sf/jasperreports/fonts/dejavu/";
    public static final String FAMILY = "DejaVu Sans";
    public static final String NORMAL = "DejaVuSans.ttf";
    public static final String BOLD = "DejaVuSans-Bold.ttf";
    public static final String ITALIC = "DejaVuSans-Oblique.ttf";
    public static final String BOLD_ITALIC = "DejaVuSans-BoldOblique.ttf";
    private static final String PART = ".part";

    private static volatile boolean registered;
    /** The faces {@link #register} loaded, by file name. */
    private static volatile Map<String, Font> faces = Map.of();

    private BundledFonts() {
    }

    /**
     * Loads the four faces of DejaVu Sans, once, for {@link #face}, and makes them known to Java2D
     * by name for whatever asks for the family by name on machines without DejaVu installed. A face
     * that cannot be loaded is left out: the system's font then stands in.
     */
    public static synchronized void register() {
        if (registered) {
            return;
        }
        var environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        Map<String, Font> loaded = new HashMap<>();
        for (String file : List.of(NORMAL, BOLD, ITALIC, BOLD_ITALIC)) {
            Font font = font(file);
            if (font != null) {
                environment.registerFont(font);
                loaded.put(file, font);
            }
        }
        faces = Map.copyOf(loaded);
        registered = true;
    }

    /**
     * One face (e.g. {@link #BOLD}) as {@link #register} loaded it, a Java2D font of size 1; null
     * when it could not be loaded. Text measured with this object has the metrics of the very file
     * the PDFs embed: asked for by name, Java2D gives the system's own DejaVu Sans where one is
     * installed ({@code registerFont} leaves an installed family alone), which may be another
     * version of the font, with other widths and so other line breaks.
     */
    public static Font face(String file) {
        register();
        return faces.get(file);
    }

    /** One face (e.g. {@link #NORMAL}) as a Java2D font of size 1; null when it cannot be loaded. */
    public static Font font(String file) {
        try {
            byte[] bytes = resource(file);
            if (bytes == null) {
                return null;
            }
            Path cached = cachedFile(file, bytes);
            if (cached != null) {
                return Font.createFont(Font.TRUETYPE_FONT, cached.toFile());
            }
            // no usable cache folder: the stream's copy in the temp folder then stays until the JVM exits
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (IOException | FontFormatException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = BundledFonts.class.getClassLoader().getResourceAsStream(LOCATION + file)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /**
     * The font's file in the cache folder, written when missing: to a name of this process first,
     * then renamed, so that a file under the final name is always whole. Parts left by killed
     * processes are deleted. Null when the cache folder cannot be used.
     */
    private static Path cachedFile(String file, byte[] bytes) {
        Path dir = CacheFolder.dir();
        if (dir == null) {
            return null;
        }
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            Path fonts = Files.createDirectories(dir.resolve("fonts"));
            Path target = fonts.resolve(file.replace(".ttf", "-" + hash.substring(0, 16) + ".ttf"));
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                return target;
            }
            deleteAbandonedParts(fonts);
            Path part = fonts.resolve(target.getFileName() + "." + ProcessHandle.current().pid() + PART);
            Files.write(part, bytes);
            return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    /** Deletes the {@code NAME.PID.part} files of processes that no longer run. */
    private static void deleteAbandonedParts(Path fonts) throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(fonts, "*" + PART)) {
            for (Path part : parts) {
                String name = part.getFileName().toString();
                String stem = name.substring(0, name.length() - PART.length());
                try {
                    long pid = Long.parseLong(stem.substring(stem.lastIndexOf('.') + 1));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        Files.deleteIfExists(part);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
    }
}
