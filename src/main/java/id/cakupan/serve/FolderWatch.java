package id.cakupan.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Watches folders and everything below them (folders created later too) and tells a listener which
 * file changed. The files editors and Excel keep beside the one being edited are left out: hidden
 * ones ({@code .name}, {@code .name.swp}), Excel's lock files ({@code ~$name.xlsx}) and backups
 * ({@code name~}); the build does not read them either.
 */
public final class FolderWatch implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<Path> listener;
    private final Thread thread;

    /** @param listener told of every file that changed, or of null when changes were too many to name */
    public FolderWatch(List<Path> roots, Consumer<Path> listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.listener = listener;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "cakupan-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                synchronized (folders) {
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Whether a change to this file is none of the build's business. */
    static boolean ignored(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        return text.startsWith(".") || text.startsWith("~$") || text.endsWith("~");
    }

    private void loop() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir;
            synchronized (folders) {
                dir = folders.get(key);
            }
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || dir == null) {
                    listener.accept(null);
                    continue;
                }
                Path file = dir.resolve((Path) event.context());
                if (ignored(file)) {
                    continue;
                }
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        registerTree(file);
                    } catch (IOException e) {
                        // gone again already, or unreadable: the build will say what it cannot read
                    }
                }
                listener.accept(file);
            }
            if (!key.reset()) {
                synchronized (folders) {
                    folders.remove(key);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
