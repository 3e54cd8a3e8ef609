package id.cakupan.cli;

import java.io.PrintWriter;
import java.util.Locale;

import id.cakupan.render.Progress;

/**
 * Progress on standard error: on a terminal one live line per task (done of total, elapsed, time
 * left), redrawn at most ten times a second; otherwise a plain line at every tenth of a task.
 */
final class ConsoleProgress implements Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long taskStart;
    private String task;
    private int lastTenth = -1;
    private boolean lineOpen;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void note(String line) {
        closeLine();
        err.println(line);
        err.flush();
    }

    @Override
    public synchronized void warning(String line) {
        note("warning: " + line);
    }

    @Override
    public synchronized void step(String name, int done, int total) {
        long now = System.nanoTime();
        if (!name.equals(task)) {
            closeLine();
            task = name;
            taskStart = now;
            lastTenth = -1;
        }
        double elapsed = (now - taskStart) / 1e9;
        String eta = done == 0 ? "?" : String.format(Locale.ROOT, "%.0f s", elapsed / done * (total - done));
        String text = String.format(Locale.ROOT, "%s: %d of %d (%d %%), %.1f s, about %s left", name, done, total,
                total == 0 ? 100 : done * 100 / total, elapsed, done == total ? "0 s" : eta);
        if (terminal) {
            if (done == total || now - lastDraw > 100_000_000L) {
                err.print("\r" + text + "\u001b[K");
                err.flush();
                lineOpen = true;
                lastDraw = now;
            }
            if (done == total) {
                closeLine();
            }
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                err.println(text);
                err.flush();
                lastTenth = tenth;
            }
        }
    }

    /** Seconds since the run started. */
    double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void closeLine() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }
}
