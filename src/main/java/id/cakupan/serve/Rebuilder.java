package id.cakupan.serve;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The thread that rebuilds: it waits for changes ({@link #changed}), lets them settle for the quiet
 * period of its {@link RebuildSchedule}, then runs the build with the files that changed, one build at
 * a time.
 */
public final class Rebuilder implements AutoCloseable {

    private final RebuildSchedule schedule;
    private final Consumer<Set<Path>> build;
    private final Thread thread;
    private final Set<Path> changes = new TreeSet<>();
    private boolean closed;

    /** @param build runs a build, given the files changed since the last one began */
    public Rebuilder(long quietMillis, Consumer<Set<Path>> build) {
        this.schedule = new RebuildSchedule(quietMillis * 1_000_000L);
        this.build = build;
        this.thread = new Thread(this::loop, "cakupan-rebuild");
        thread.setDaemon(true);
    }

    public Rebuilder start() {
        thread.start();
        return this;
    }

    /** A file changed (or, with null, something did that has no one file). */
    public synchronized void changed(Path file) {
        if (file != null) {
            changes.add(file);
        }
        schedule.changed(System.nanoTime());
        notifyAll();
    }

    private void loop() {
        while (true) {
            Set<Path> changed;
            synchronized (this) {
                long wait = schedule.waitNanos(System.nanoTime());
                while (!closed && wait != 0) {
                    try {
                        if (wait == RebuildSchedule.IDLE) {
                            wait();
                        } else {
                            wait(Math.max(1, wait / 1_000_000L));
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    wait = schedule.waitNanos(System.nanoTime());
                }
                if (closed) {
                    return;
                }
                schedule.start();
                changed = new TreeSet<>(changes);
                changes.clear();
            }
            try {
                build.accept(changed);
            } finally {
                synchronized (this) {
                    schedule.finish();
                    notifyAll();
                }
            }
        }
    }

    /** Stops after the running build, if any; starts no other. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
