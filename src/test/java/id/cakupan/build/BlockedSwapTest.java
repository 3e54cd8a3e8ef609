package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.text.Catalogue;
import id.cakupan.text.TextIOException;

/**
 * On Windows a folder cannot be renamed while a file in it is open in another program (a PDF in a
 * viewer): the swap tries again for a few seconds, and when the file stays open it names the file and
 * leaves the output as it was. Windows' refusal is played by a mover that fails as it does.
 */
class BlockedSwapTest {

    private static final OutputStamp STAMP = new OutputStamp(null, YearMonth.of(2025, 11), "id", "data", "test");

    @TempDir
    Path temp;

    /** A file system where {@code held} cannot be renamed, nor the folders that hold it, {@code times} times. */
    private static OutputFolder.Mover holding(Path held, AtomicInteger times) {
        return (from, to) -> {
            if (held.startsWith(from) && times.getAndDecrement() > 0) {
                throw new FileSystemException(from.toString(), null,
                        "The process cannot access the file because it is being used by another process");
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        };
    }

    private Path previousOutput() throws IOException {
        Path out = temp.resolve("output");
        OutputFolder first = new OutputFolder(out);
        try (OutputLock lock = first.lock()) {
            Files.writeString(Files.createDirectories(first.stage().resolve("pdf")).resolve("17-bengkulu.pdf"), "old");
            first.publish(STAMP);
        }
        return out;
    }

    @Test
    void aFileClosedWithinTheRetriesLetsTheSwapThrough() throws Exception {
        Path out = previousOutput();
        Path pdf = out.resolve("pdf/17-bengkulu.pdf");
        OutputFolder next = new OutputFolder(out, "output", holding(out.toRealPath().resolve("pdf/17-bengkulu.pdf"),
                new AtomicInteger(2)));
        try (OutputLock lock = next.lock()) {
            Files.writeString(Files.createDirectories(next.stage().resolve("pdf")).resolve("17-bengkulu.pdf"), "new");
            next.publish(STAMP);
        }
        assertEquals("new", Files.readString(pdf));
    }

    @Test
    void aFileThatStaysOpenIsNamedAndTheOutputLeftAsItWas() throws Exception {
        Path out = previousOutput();
        OutputFolder next = new OutputFolder(out, "output", holding(out.toRealPath().resolve("pdf/17-bengkulu.pdf"),
                new AtomicInteger(Integer.MAX_VALUE)));
        TextIOException e;
        try (OutputLock lock = next.lock()) {
            Files.writeString(Files.createDirectories(next.stage().resolve("pdf")).resolve("17-bengkulu.pdf"), "new");
            e = assertThrows(TextIOException.class, () -> next.publish(STAMP));
            next.discard();
        }
        assertEquals("output/pdf/17-bengkulu.pdf sedang dibuka program lain (misalnya penampil PDF), sehingga keluaran "
                + "tidak dapat diganti; tutup berkas itu lalu jalankan lagi (keluaran sebelumnya tetap utuh)",
                Catalogue.indonesian().word(e.text()));
        assertEquals("old", Files.readString(out.resolve("pdf/17-bengkulu.pdf")));
        try (var left = Files.list(temp)) {
            assertTrue(left.allMatch(p -> p.equals(out) || p.getFileName().toString().equals(".cakupan-lock")
                    || p.getFileName().toString().startsWith(".output")), "no staging left behind");
        }
    }
}
