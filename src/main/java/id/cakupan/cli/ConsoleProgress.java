package id.cakupan.cli;

import java.io.PrintWriter;
import java.util.Locale;

import id.cakupan.render.Progress;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/**
 * Progress on standard error: on a terminal one live line per task (done of total, elapsed, time
 * left), redrawn at most ten times a second; otherwise a plain line at every tenth of a task.
 */
final class ConsoleProgress implements Progress {

    private final PrintWriter err;
    private final Catalogue catalogue;
    private final boolean terminal;
    private long lastDraw;
    private long taskStart;
    private String task;
    private int lastTenth = -1;
    private boolean lineOpen;

    ConsoleProgress(PrintWriter err, Catalogue catalogue, boolean terminal) {
        this.err = err;
        this.catalogue = catalogue;
        this.terminal = terminal;
    }

    @Override
    public synchronized void note(Text line) {
        print(catalogue.word(line));
    }

    @Override
    public synchronized void warning(Text line) {
        print(catalogue.get("word.warning") + ": " + catalogue.word(line));
    }

    private void print(String line) {
        closeLine();
        err.println(line);
        err.flush();
    }

    @Override
    public synchronized void step(Text task, int done, int total) {
        String name = catalogue.word(task);
        long now = System.nanoTime();
        if (!name.equals(this.task)) {
            closeLine();
            this.task = name;
            taskStart = now;
            lastTenth = -1;
        }
        double elapsed = (now - taskStart) / 1e9;
        String left = done == total ? "0" : done == 0 ? "?" : String.format(Locale.ROOT, "%.0f", elapsed / done * (total - done));
        String text = catalogue.get("progress.step", name, done, total, total == 0 ? 100 : done * 100 / total,
                Text.seconds(now - taskStart), left);
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

    private void closeLine() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }
}
