package id.cakupan.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;

import id.cakupan.render.DocumentDate;

/**
 * Writes a workbook with fastexcel so that the same content gives the same bytes. fastexcel stamps
 * {@code docProps/core.xml} with the clock ({@code dcterms:created}); the package is therefore
 * written in memory and then copied entry by entry, in the same order, with that date replaced by
 * the document's date and every entry dated with it too (a zip entry carries a local date and time,
 * taken here in Jakarta time, whatever the machine's zone).
 */
public final class Xlsx {

    /** What fills a workbook; the sheets are finished by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void write(Workbook workbook) throws IOException;
    }

    private static final String CORE = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile(
            "(<dcterms:created xsi:type=\"dcterms:W3CDTF\">)[^<]*(</dcterms:created>)");

    private Xlsx() {
    }

    /** The workbook's bytes, dated {@code created}. */
    public static byte[] bytes(ZonedDateTime created, Content content) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        Workbook workbook = new Workbook(raw, "Cakupan", "1.0");
        content.write(workbook);
        workbook.finish();
        return dated(raw.toByteArray(), created);
    }

    /** Writes the workbook to {@code file} (its folder must exist), replacing it. */
    public static void write(Path file, ZonedDateTime created, Content content) throws IOException {
        Files.write(file, bytes(created, content));
    }

    /**
     * Writes the workbook beside {@code file} under a temporary name and then renames it, so that a
     * reader never sees half a workbook and a failure leaves what was there before.
     */
    public static void writeAtomically(Path file, ZonedDateTime created, Content content) throws IOException {
        byte[] bytes = bytes(created, content);
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] dated(byte[] xlsx, ZonedDateTime created) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
                .format(created.withZoneSameInstant(ZoneOffset.UTC));
        var local = created.withZoneSameInstant(DocumentDate.JAKARTA).toLocalDateTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
        // opczip's local headers give no sizes, which ZipInputStream refuses: read the central directory
        Path raw = Files.createTempFile("cakupan-", ".xlsx");
        try {
            Files.write(raw, xlsx);
            try (ZipFile in = new ZipFile(raw.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] data;
                    try (var stream = in.getInputStream(entry)) {
                        data = stream.readAllBytes();
                    }
                    if (entry.getName().equals(CORE)) {
                        String core = new String(data, StandardCharsets.UTF_8);
                        data = CREATED.matcher(core).replaceFirst("$1" + stamp + "$2").getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(local);
                    zip.putNextEntry(copy);
                    zip.write(data);
                    zip.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(raw);
        }
        return out.toByteArray();
    }
}
