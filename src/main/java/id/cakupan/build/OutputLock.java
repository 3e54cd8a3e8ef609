package id.cakupan.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run at a time per output folder: a lock on a file beside it ({@code .NAME.cakupan-lock}), held
 * from the clean-up of killed runs to the end, so that no run ever cleans up, stages or swaps while
 * another does. The operating system releases the lock when the process ends, killed or not. The
 * file stays: deleting it would let a run that opened it just before lock a file no longer named,
 * beside a run that locks the new one; and this process must not open it a second time while it
 * holds the lock, since closing any descriptor of a file drops a process's POSIX locks on it.
 */
public final class OutputLock implements AutoCloseable {

    /** Files locked in this JVM: a second channel on one of them would release the first's lock on close. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
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
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new OutputBusyException(shownAs, holder(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid=" + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            OutputLock held = new OutputLock(file, channel, lock);
            channel = null;
            return held;
        } finally {
            if (channel != null) {
                channel.close();
                HELD.remove(file);
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

    /** Releases the lock; the file stays, for the next run to lock. */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            try {
                channel.close();
            } finally {
                HELD.remove(file);
            }
        }
    }
}
