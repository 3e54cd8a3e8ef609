package id.cakupan.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/** How many outputs are rendered at once: one per core of the machine; and rendering them so. */
public final class Workers {

    private Workers() {
    }

    public static int count() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Writes the files of one item (a region's report, its deck, its cards). */
    @FunctionalInterface
    public interface Task<T> {
        List<Path> write(T item) throws IOException;
    }

    /**
     * Writes the files of every item on {@link #count} threads, reporting each item done as a step of
     * {@code task}, and returns the files in the items' order. The first failure is thrown as it was
     * (an {@link IOException} as such); an interruption is {@code interrupted}.
     */
    public static <T> List<Path> each(List<T> items, Progress progress, Text task, Text interrupted, Task<T> write)
            throws IOException {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(count());
        try {
            List<Future<List<Path>>> results = new ArrayList<>();
            for (T item : items) {
                results.add(pool.submit(() -> {
                    List<Path> files = write.write(item);
                    progress.step(task, done.incrementAndGet(), items.size());
                    return files;
                }));
            }
            List<Path> files = new ArrayList<>();
            for (Future<List<Path>> result : results) {
                files.addAll(result.get());
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TextIOException(interrupted, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
