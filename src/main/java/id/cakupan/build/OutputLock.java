package id.cakupan.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * One run at a time per output folder: a lock on a file beside it ({@code .NAME.cakupan-lock}), held
 * from the clean-up of killed runs to the end, so that no run ever cleans up, stages or swaps while
 * another does. The operating system releases the lock when the process ends, killed or not; a run
 * that ends deletes the file while it still holds the lock, and a killed run's file is deleted by
 * the next. A run may have opened the file just before the run holding it deleted it: it then locks
 * a file no longer named, so a lock counts only once the run has read back, through the name, the
 * token it wrote. That reading channel stays open until the end, because closing any descriptor of
 * a file drops the process's POSIX locks on it.
 */
public final class OutputLock implements AutoCloseable {

    /** Files locked in this JVM: a second channel on one of them would release the first's lock on close. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS = 20;

    private final Path file;
    private final FileChannel channel;
    private final FileChannel named;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileChannel named, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.named = named;
        this.lock = lock;
    }

    /**
     * Locks {@code file} and writes this process's id into it, or throws {@link OutputBusyException}
     * at once when another run holds it.
     */
    static OutputLock acquire(Path file, String shownAs) throws IOException {
        if (!HELD.add(file)) {
            throw new OutputBusyException(shownAs, ProcessHandle.current().pid());
        }
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                OutputLock held = tryAcquire(file, shownAs);
                if (held != null) {
                    return held;
                }
            }
        } catch (IOException | RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
        HELD.remove(file);
        throw new TextIOException(Text.of("build.lock.unstable", file, ATTEMPTS));
    }

    /** The lock, or null when the file locked was no longer the one named. */
    private static OutputLock tryAcquire(Path file, String shownAs) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileChannel named = null;
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new OutputBusyException(shownAs, holder(file));
            }
            byte[] token = ("pid=" + ProcessHandle.current().pid() + "\ntoken="
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            try {
                named = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return null;
            }
            ByteBuffer read = ByteBuffer.allocate(token.length + 1);
            while (named.read(read) > 0 && read.hasRemaining()) {
                // reads the whole token, or one byte more when the file holds something else
            }
            if (!Arrays.equals(Arrays.copyOf(read.array(), read.position()), token)) {
                return null;
            }
            OutputLock held = new OutputLock(file, channel, named, lock);
            channel = null;
            named = null;
            return held;
        } finally {
            if (named != null) {
                named.close();
            }
            if (channel != null) {
                channel.close();
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The process id written into the lock file by the run that holds it, or -1 when not known. */
    private static long holder(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    return Long.parseLong(line.substring(4));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not known
        }
        return -1;
    }

    boolean isHeld() {
        return lock.isValid();
    }

    /** Deletes the lock file while still holding the lock, then releases it. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                named.close();
                channel.close();
            } finally {
                HELD.remove(file);
            }
        }
    }
}
