package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.cakupan.Fixtures;

/** The tool never deletes what it did not make, and a killed build leaves the previous output whole. */
class OutputSafetyIT {

    static final Path PROJECT = Fixtures.projectDir();
    static final Path JAR = PROJECT.resolve("target/cakupan.jar");
    static final String DATA = PROJECT.resolve("data").toString();

    @TempDir
    Path temp;

    static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }

    private Process build(Path out) throws IOException {
        return new ProcessBuilder("java", "-jar", JAR.toString(), "build", "--data", DATA, "--out", out.toString(),
                "--templates", PROJECT.resolve("report-templates").toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile()).start();
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousOutputWhole() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the packaged program is needed: " + JAR);
        Path out = temp.resolve("output");
        // an earlier build for another month, so that a half-swapped folder would show
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--period", "2025-10")
                .exitCode());
        Map<String, String> before = hashes(out);

        // killed early, then at moments the build reaches: the staging folder made, the first PDF in
        // it, the dashboard begun, the English pages begun; watched for, so that a faster or slower
        // machine still kills at each of them
        boolean killedWhileWriting = false;
        List<String> moments = List.of("0.3 s after the start", "staging", "pdf", "site", "site/en");
        for (String moment : moments) {
            Process process = build(out);
            boolean reached = moment.endsWith("start")
                    ? !process.waitFor(300, TimeUnit.MILLISECONDS) : awaitStaging(process, moment);
            if (!reached) {
                assertEquals(0, process.waitFor(), "the build ends well when it is not killed");
                continue;  // it completed before the moment came: nothing to test here
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertEquals(before, hashes(out), "after a kill at " + moment + " the previous output is unchanged");
            try (Stream<Path> siblings = Files.list(temp)) {
                killedWhileWriting |= siblings.anyMatch(p -> p.getFileName().toString().startsWith(".output.cakupan-"));
            }
        }
        assertTrue(killedWhileWriting, "at least one kill came while the new output was being written");

        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString()).exitCode());
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("build.log", "output"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the next build cleans up what the killed ones left");
        }
        assertTrue(Files.readString(out.resolve("data/README.txt")).contains("November 2025"));
    }

    @Test
    void aKilledBuildLeavesNothingInTheTempFolder() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path out = temp.resolve("output");
        for (String run : List.of("killed with a fresh cache", "killed", "completed")) {
            ProcessBuilder builder = new ProcessBuilder("java", "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "build",
                    "--data", DATA, "--out", out.toString(), "--templates", PROJECT.resolve("report-templates").toString())
                    .redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile());
            builder.environment().put("CAKUPAN_CACHE", temp.resolve("cache").toString());
            Process process = builder.start();
            if (run.startsWith("killed")) {
                // by the first PDF every font has been loaded
                assertTrue(awaitStaging(process, "pdf"), "the build got as far as the PDFs");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } else {
                assertEquals(0, process.waitFor(), Files.readString(temp.resolve("build.log")));
            }
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList(),
                        "a build " + run + " leaves nothing in java.io.tmpdir (such as +~JF….tmp font copies)");
            }
        }
    }

    /**
     * Kills, again and again at random moments, a process that only stages and publishes (so that the
     * short steps between creating, marking, swapping and deleting folders are hit, not just the long
     * rendering): each time the next run must clean up everything and find a whole output.
     */
    @Test
    void aRunKilledWhileStagingOrPublishingLeavesNothingTheNextRunCannotCleanUp() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("kills"));
        Path out = dir.resolve("output");
        String classpath = PROJECT.resolve("target/classes") + File.pathSeparator
                + PROJECT.resolve("target/test-classes");
        Random random = new Random(20251129);
        for (int kill = 0; kill < 40; kill++) {
            Process process = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                    StagingLoop.class.getName(), out.toString()).redirectErrorStream(true).start();
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("looping", lines.readLine(), "the loop started");
                Thread.sleep(random.nextInt(40));
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }

            OutputFolder next = new OutputFolder(out);
            try (OutputLock lock = next.lock()) {
                next.stage();
                next.discard();
            }
            try (Stream<Path> siblings = Files.list(dir)) {
                assertEquals(List.of("output"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                        "after kill " + kill + " the next run cleans up whatever the killed one left");
            }
            assertTrue(Files.exists(out.resolve(OutputFolder.MARKER)), "after kill " + kill + " the output is whole");
            assertTrue(Files.exists(out.resolve("data/round.txt")), "after kill " + kill + " the output is whole");
        }
    }

    /**
     * Waits until the build's staging folder (beside the output) holds {@code part} ("staging" for
     * the folder itself); false when the build ends first.
     */
    private boolean awaitStaging(Process process, String part) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> siblings = Files.list(temp)) {
                for (Path staging : siblings.filter(p -> p.getFileName().toString().startsWith(".output.cakupan-staging-"))
                        .toList()) {
                    Path wanted = part.equals("staging") ? staging : staging.resolve(part);
                    if (Files.isDirectory(wanted) && (!part.equals("pdf") || hasFile(wanted))) {
                        return true;
                    }
                }
            } catch (IOException e) {
                // the folder changed while it was listed: look again
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static boolean hasFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    @Test
    void refusesAFileAsOutput() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "keep");
        var run = Fixtures.cli("build", "--data", DATA, "--out", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals("cakupan build: --out " + file + " adalah berkas, bukan folder", run.err().strip());
        assertEquals("keep", Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "HOME", "PROJECT", "TEMPLATES", "DATA"})
    void refusesFoldersItMustNotReplace(String which) throws IOException {
        String out = switch (which) {
            case "HOME" -> System.getProperty("user.home");
            case "PROJECT" -> PROJECT.toString();
            case "TEMPLATES" -> PROJECT.resolve("report-templates").toString();
            case "DATA" -> DATA;
            default -> which;
        };
        Map<String, Object> before = listing(Path.of(out));
        var run = Fixtures.cli("build", "--data", DATA, "--out", out);
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--out " + out), run.err());
        assertEquals(before, listing(Path.of(out)), "nothing in " + out + " was touched");
    }

    /**
     * Each entry with what would change if it were replaced: a file's modification time, a folder's
     * identity (inode), not its modification time, which any other program writing into it (another
     * process in /tmp) changes.
     */
    private static Map<String, Object> listing(Path dir) throws IOException {
        Map<String, Object> entries = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                var attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                entries.put(file.getFileName().toString(), attributes.isDirectory()
                        ? String.valueOf(attributes.fileKey()) : attributes.lastModifiedTime().toMillis());
            }
        }
        return entries;
    }
}
