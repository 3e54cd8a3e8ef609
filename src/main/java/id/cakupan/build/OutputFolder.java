package id.cakupan.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * The output folder, replaced only whole: a build writes into a staging folder beside it and swaps
 * it in when complete, so that a failed or interrupted run leaves the previous output as it was.
 * Only folders that carry Cakupan's marker file are ever replaced or deleted, and a run killed at any
 * moment leaves nothing that the next run does not clean up: a folder is created and marked under a
 * scratch name and only then renamed (atomically) to a staging name, and a folder is renamed to a
 * scratch name before it is emptied, its marker last. So a staging or retired folder always carries
 * the marker, and a scratch folder either carries it or is empty.
 *
 * <p>The folder is the real one, symbolic links followed: a link given as {@code --out} stays, and the
 * folder it points to is replaced. One run at a time works on it ({@link #lock}), and every run
 * starts by cleaning up ({@link #recover}). The hidden folders beside it are named
 * {@code .NAME.cakupan-KIND-PID-RANDOM}; a name is never reused, and names are compared as plain text,
 * never as patterns.
 */
public final class OutputFolder {

    /** Marks a folder as made by Cakupan, so that it may be replaced. */
    public static final String MARKER = ".cakupan-output";
    private static final String STAGING = ".cakupan-staging-";
    private static final String RETIRED = ".cakupan-retired-";
    private static final String SCRATCH = ".cakupan-scratch-";
    private static final String LOCK = ".cakupan-lock";
    /** What follows the kind in a hidden folder's name: the process id, then (since 2025) a unique part. */
    private static final Pattern ID = Pattern.compile("[0-9]+(-[0-9a-f]+)?");

    /** How long to wait before each new try of a swap that another program blocks: 5 seconds in all. */
    static final long[] RETRY_MILLIS = {250, 500, 1000, 1250, 2000};

    /** Renames a folder; the file system's atomic move, or in tests one that fails like Windows does. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private static final Mover ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

    private final Path out;
    private final String shownAs;
    private final Mover mover;
    private OutputLock lock;
    private Path staging;

    /** The output folder {@code given} on the command line, where it really is. */
    public OutputFolder(Path given) throws IOException {
        this(given, given.toString());
    }

    /** @param shownAs the folder as the user wrote it, for messages */
    public OutputFolder(Path given, String shownAs) throws IOException {
        this(given, shownAs, ATOMIC);
    }

    /** @param mover how the output folder is swapped: tests give one that fails */
    OutputFolder(Path given, String shownAs, Mover mover) throws IOException {
        this.out = RealPaths.of(given);
        this.shownAs = shownAs;
        this.mover = mover;
    }

    /**
     * Refuses an output folder that Cakupan must not replace or cannot swap: the root, a file, a mount
     * point, a folder holding the data or the templates (or a link in them to a file inside it), or a
     * non-empty folder it did not make. Reads only, and needs no lock: a run checks again once it holds it.
     */
    public void inspect(Path dataDir, Path templatesDir) throws UsageException, IOException {
        if (out.getParent() == null) {
            throw new UsageException(Text.of("build.out.root", shownAs));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException(Text.of("build.out.isFile", shownAs));
        }
        for (Path input : List.of(dataDir, templatesDir)) {
            Path real = RealPaths.of(input);
            if (covers(real)) {
                throw new UsageException(Text.of("build.out.holdsInput", shownAs));
            }
            if (out.startsWith(real)) {
                throw new UsageException(Text.of("build.out.insideInput", shownAs));
            }
            Path link = linkInto(real);
            if (link != null) {
                throw new UsageException(Text.of("build.out.linkInto", input.resolve(real.relativize(link)), shownAs));
            }
        }
        if (MountPoints.isMountPoint(out)) {
            throw new UsageException(Text.of("build.out.mountPoint", shownAs, Path.of(shownAs).resolve("output")));
        }
        if (Files.isDirectory(out) && !isEmpty(out) && !Files.exists(out.resolve(MARKER))) {
            throw new UsageException(Text.of("build.out.notOurs", shownAs));
        }
    }

    /** Whether a real path is the output folder, inside it, or inside one of its hidden folders. */
    private boolean covers(Path real) {
        if (real.startsWith(out)) {
            return true;
        }
        Path parent = out.getParent();
        return real.startsWith(parent) && !real.equals(parent)
                && kind(parent.relativize(real).getName(0).toString()) != null;
    }

    /** A symbolic link below an input folder that leads into the output, or null. */
    private Path linkInto(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return null;
        }
        try (Stream<Path> paths = Files.walk(input, 3)) {
            for (Path path : paths.filter(Files::isSymbolicLink).toList()) {
                try {
                    if (covers(RealPaths.of(path))) {
                        return path;
                    }
                } catch (IOException e) {
                    // a link in a loop leads nowhere, so not into the output either
                }
            }
        }
        return null;
    }

    /**
     * Takes the output folder for this run: from here to {@link OutputLock#close} no other run cleans
     * up, stages or swaps beside it.
     *
     * @throws OutputBusyException when another run holds it
     */
    public OutputLock lock() throws IOException {
        Files.createDirectories(out.getParent());
        lock = OutputLock.acquire(out.resolveSibling(prefix(LOCK)), shownAs);
        TestPause.at("locked");
        return lock;
    }

    /**
     * Puts back an output that a killed run had swapped away and deletes the other folders that
     * interrupted runs left beside it: the first thing a run does once it holds the lock.
     */
    public void recover() throws IOException {
        requireLock();
        restoreOrDeleteLeftovers(out.getParent());
    }

    /** Cleans up what an interrupted run left behind and creates a fresh staging folder. */
    public Path stage() throws IOException {
        Path parent = out.getParent();
        recover();
        String id = uniqueId(parent);
        // not createTempDirectory: its owner-only permissions would carry over to the published folder
        Path scratch = Files.createDirectory(parent.resolve(prefix(SCRATCH) + id));
        Files.createFile(scratch.resolve(MARKER));
        staging = Files.move(scratch, parent.resolve(prefix(STAGING) + id), StandardCopyOption.ATOMIC_MOVE);
        TestPause.at("staged");
        return staging;
    }

    /**
     * Whether this build updates one region's files inside the existing output rather than replacing
     * it: only a one-region build does, and only inside a full output made from the same data, month,
     * language and program, so that the result is what a full build would write. A one-region build
     * that would otherwise lose files (another region's, or a full output that it cannot match) is
     * refused; into a new or empty folder, or over its own region's output, it replaces as usual.
     */
    public boolean updates(OutputStamp wanted) throws UsageException, IOException {
        Path marker = out.resolve(MARKER);
        if (wanted.isComplete() || !Files.isRegularFile(marker)) {
            return false;  // a full build, or a new or empty folder (inspect refused any other)
        }
        Text refusal = Text.of("build.out.regionAlone", wanted.region());
        OutputStamp existing = OutputStamp.parse(Files.readAllBytes(marker)).orElseThrow(() -> new UsageException(
                Text.of("build.out.unstamped", shownAs, refusal)));
        if (!existing.isComplete()) {
            if (existing.region().equals(wanted.region())) {
                return false;
            }
            throw new UsageException(Text.of("build.out.otherRegion", shownAs, existing.region(), refusal));
        }
        List<Text> differences = new ArrayList<>();
        if (!existing.period().equals(wanted.period())) {
            differences.add(Text.of("build.out.mismatch.period", existing.period(), wanted.period()));
        }
        if (!existing.language().equals(wanted.language())) {
            differences.add(Text.of("build.out.mismatch.language", existing.language(), wanted.language()));
        }
        if (!existing.data().equals(wanted.data())) {
            differences.add(Text.of("build.out.mismatch.data", existing.data(), wanted.data()));
        }
        if (!existing.version().equals(wanted.version())) {
            differences.add(Text.of("build.out.mismatch.version", existing.version(), wanted.version()));
        }
        if (!differences.isEmpty()) {
            Text made = differences.stream().reduce((a, b) -> Text.of("build.out.mismatch.and", a, b)).orElseThrow();
            throw new UsageException(Text.of("build.out.mismatch", shownAs, made, wanted.region()));
        }
        return true;
    }

    /**
     * Completes the staging folder with the existing output's files: every file the build did not
     * write, and those it wrote that {@code keepExisting} names (by their path relative to the output
     * folder). Files are hard links where the file system allows, copies elsewhere; the existing output
     * is never written to.
     */
    public void addExisting(Predicate<Path> keepExisting) throws IOException {
        if (staging == null) {
            throw new IllegalStateException("nothing staged");
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = out.relativize(file);
                Path target = staging.resolve(relative.toString());
                if (relative.toString().equals(MARKER) || Files.exists(target) && !keepExisting.test(relative)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path link = target.resolveSibling(target.getFileName() + ".cakupan-link");
                try {
                    Files.createLink(link, file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
                Files.move(link, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                TestPause.at("linked");
            }
        }
    }

    /** Records what the staged output holds in its marker and swaps it in for the output folder. */
    public void publish(OutputStamp stamp) throws IOException {
        if (staging == null) {
            throw new IllegalStateException("nothing staged");
        }
        requireLock();
        Files.write(staging.resolve(MARKER), stamp.text());
        Path retired = null;
        if (Files.exists(out)) {
            retired = out.resolveSibling(prefix(RETIRED) + uniqueId(out.getParent()));
            moveAside(out, retired);
            TestPause.at("retired");
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        staging = null;
        TestPause.at("swapped");
        if (retired != null) {
            remove(retired);
        }
    }

    /**
     * Moves the output folder aside, trying again for a few seconds when another program blocks it: on
     * Windows a folder cannot be renamed while a file in it is open, a PDF in a viewer for one. When it
     * stays blocked, says which file is open; the output is then left as it was.
     */
    private void moveAside(Path folder, Path to) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                mover.move(folder, to);
                return;
            } catch (FileSystemException e) {
                if (!blocked(e)) {
                    throw e;
                }
                if (attempt == RETRY_MILLIS.length) {
                    Path open = openFile(folder);
                    throw new TextIOException(Text.of("build.out.inUse", open == null ? shownAs
                            : Path.of(shownAs).resolve(folder.relativize(open)).toString()));
                }
                try {
                    Thread.sleep(RETRY_MILLIS[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether a rename failed because something holds the folder (not because it is gone or taken). */
    private static boolean blocked(FileSystemException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    /**
     * The first file in a folder that cannot be renamed, as an open file on Windows cannot: each is tried
     * under a scratch name in its own folder and put back at once; null when none is held.
     */
    private Path openFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path probe = file.resolveSibling(file.getFileName() + ".cakupan-probe");
                try {
                    mover.move(file, probe);
                } catch (FileSystemException e) {
                    return file;
                }
                mover.move(probe, file);
            }
        }
        return null;
    }

    /** Deletes the staging folder of a run that did not complete. */
    public void discard() {
        if (staging != null) {
            try {
                remove(staging);
            } catch (IOException e) {
                // left for the next run's clean-up
            }
            staging = null;
        }
    }

    private String prefix(String kind) {
        return "." + out.getFileName() + kind;
    }

    /** The kind of hidden folder of this output that a sibling's name is ({@code STAGING}…), or null. */
    private String kind(String name) {
        for (String kind : List.of(STAGING, RETIRED, SCRATCH)) {
            String prefix = prefix(kind);
            if (name.startsWith(prefix) && ID.matcher(name.substring(prefix.length())).matches()) {
                return kind;
            }
        }
        return null;
    }

    /** This process's id and a random part: never the name of an earlier run's folder, whatever its process id. */
    private String uniqueId(Path parent) throws IOException {
        while (true) {
            String id = ProcessHandle.current().pid() + "-"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            try (Stream<Path> siblings = Files.list(parent)) {
                if (siblings.noneMatch(p -> p.getFileName().toString().endsWith(id))) {
                    return id;
                }
            }
        }
    }

    private void requireLock() {
        if (lock == null || !lock.isHeld()) {
            throw new IllegalStateException("the output folder is not locked");
        }
    }

    private void restoreOrDeleteLeftovers(Path parent) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> kind(p.getFileName().toString()) != null).sorted().toList();
        }
        for (Path sibling : leftovers) {
            String kind = kind(sibling.getFileName().toString());
            boolean marked = Files.exists(sibling.resolve(MARKER));
            if (kind.equals(SCRATCH) && Files.isDirectory(sibling) && (marked || isEmpty(sibling))) {
                emptyAndDelete(sibling);
            } else if (!marked) {
                continue;
            } else if (kind.equals(RETIRED) && !Files.exists(out)) {
                Files.move(sibling, out, StandardCopyOption.ATOMIC_MOVE);
            } else {
                remove(sibling);
            }
        }
    }

    /** Deletes a marked folder: renamed to a scratch name first, so that a kill halfway leaves one to clean up. */
    private void remove(Path marked) throws IOException {
        if (!Files.exists(marked)) {
            return;
        }
        Path scratch = marked.resolveSibling(prefix(SCRATCH) + uniqueId(marked.getParent()));
        emptyAndDelete(Files.move(marked, scratch, StandardCopyOption.ATOMIC_MOVE));
    }

    /** Deletes a scratch folder, its marker last: until the folder is empty it stays marked. */
    private static void emptyAndDelete(Path scratch) throws IOException {
        Path marker = scratch.resolve(MARKER);
        Files.walkFileTree(scratch, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                    TestPause.at("deleting");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (!dir.equals(scratch)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.deleteIfExists(marker);
        Files.delete(scratch);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (NoSuchFileException e) {
            return true;  // swapped away by a run that holds the lock; looked at again once this one holds it
        }
    }
}
