package id.cakupan.render.xlsx;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;

import id.cakupan.render.OfficePackage;

/**
 * Writes a workbook with fastexcel so that the same content gives the same bytes. fastexcel stamps
 * {@code docProps/core.xml} with the clock ({@code dcterms:created}); the package is therefore
 * written to a temporary file and then copied entry by entry, in the same order, with that date replaced by
 * the document's date and every entry dated with it too (a zip entry carries a local date and time,
 * taken here in Jakarta time, whatever the machine's zone).
 */
public final class Xlsx {

    /** What fills a workbook; the sheets are finished by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void write(Workbook workbook) throws IOException;
    }

    private Xlsx() {
    }

    /** The workbook's bytes, dated {@code created}. */
    public static byte[] bytes(ZonedDateTime created, Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        write(out, created, content);
        return out.toByteArray();
    }

    /** Writes the workbook to {@code file} (its folder must exist), replacing it. */
    public static void write(Path file, ZonedDateTime created, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, created, content);
        }
    }

    /**
     * fastexcel's own package goes to a temporary file, from which {@link #dated} copies it. Only its
     * content is read back, so it is compressed as little as deflate allows: compressing it well
     * cost as much again as the copy's compression, which gives the workbook its bytes.
     */
    private static void write(OutputStream out, ZonedDateTime created, Content content) throws IOException {
        Path raw = Files.createTempFile("cakupan-", ".xlsx");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16)) {
                Workbook workbook = new Workbook(file, "Cakupan", "1.0");
                workbook.setCompressionLevel(0);
                content.write(workbook);
                workbook.finish();
            }
            dated(raw, created, out);
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /**
     * Writes the workbook beside {@code file} under a temporary name and then renames it, so that a
     * reader never sees half a workbook and a failure leaves what was there before.
     */
    public static void writeAtomically(Path file, ZonedDateTime created, Content content) throws IOException {
        replaceAtomically(file, bytes(created, content));
    }

    /**
     * Writes {@code bytes} (a workbook's or any other file's) beside {@code file} under a temporary name
     * and renames that over {@code file}: a reader sees the old file or the new one, never half of one.
     */
    public static void replaceAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file lies in a folder");
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

    /** Copies the package at {@code raw} to {@code out}, entry by entry and in the same order, dated {@code created}. */
    private static void dated(Path raw, ZonedDateTime created, OutputStream out) throws IOException {
        var local = OfficePackage.entryTime(created);
        // opczip's local headers give no sizes, which ZipInputStream refuses: read the central directory
        try (ZipFile in = new ZipFile(raw.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(local);
                zip.putNextEntry(copy);
                try (var stream = in.getInputStream(entry)) {
                    if (entry.getName().equals(OfficePackage.CORE)) {
                        String core = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                        zip.write(OfficePackage.coreDated(core, created).getBytes(StandardCharsets.UTF_8));
                    } else {
                        // deflate's output does not depend on how its input is cut into pieces
                        stream.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
    }
}
