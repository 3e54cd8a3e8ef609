package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.cakupan.Fixtures;

/**
 * Output folders named or reached in unusual ways: through symbolic links, with characters that
 * patterns would read as wildcards, by two builds at once, beside an earlier run's leftovers.
 */
class OutputPathsIT {

    static final Path PROJECT = Fixtures.projectDir();
    static final String TEMPLATES = PROJECT.resolve("report-templates").toString();

    @TempDir
    Path temp;

    private Fixtures.Run cli(Path data, String out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--out", out,
                "--templates", TEMPLATES, "--quiet"));
        args.addAll(List.of(more));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    @Test
    void dataReachedThroughALinkIntoTheOutputIsRefusedAndKept() throws Exception {
        Path o5 = temp.resolve("o5");
        TinyBuild.run(Fixtures.validFixture(temp.resolve("data")), o5, "2025-11", null);
        Path mydata = Fixtures.validFixture(o5.resolve("mydata"));
        Map<String, String> kept = OutputSafetyIT.hashes(o5);
        Path dl = Files.createSymbolicLink(temp.resolve("dl"), Path.of("o5/mydata"));

        var run = cli(dl, o5.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("cakupan build: --out " + o5 + " berisi data atau templat; pilih folder tersendiri untuk keluaran",
                run.err().strip());
        var english = cli(dl, o5.toString(), "--lang", "en");
        assertEquals(2, english.exitCode(), english.err());
        assertEquals("cakupan build: --out " + o5 + " holds the data or the templates; choose a folder of its own",
                english.err().strip());
        var templates = Fixtures.cli("build", "--data", temp.resolve("data").toString(), "--out", o5.toString(),
                "--templates", dl.toString(), "--quiet");
        assertEquals(2, templates.exitCode(), "templates through a link into the output: " + templates.err());

        // the output reached through a link to its folder, and one not made yet below a link into the data
        Path o5link = Files.createSymbolicLink(temp.resolve("o5link"), o5);
        assertEquals(2, cli(mydata, o5link.toString()).exitCode());
        Path datalink = Files.createSymbolicLink(temp.resolve("datalink"), temp.resolve("data"));
        var inside = cli(temp.resolve("data"), datalink.resolve("out").toString());
        assertEquals(2, inside.exitCode(), inside.err());
        assertEquals("cakupan build: --out " + datalink.resolve("out") + " berada di dalam folder data atau templat; "
                + "pilih folder tersendiri untuk keluaran", inside.err().strip());

        // one file of the data linked from inside the output, and data inside a killed run's hidden folder
        Path linked = Fixtures.validFixture(temp.resolve("linked"));
        Files.delete(linked.resolve("tenaga_kerja.csv"));
        Files.createSymbolicLink(linked.resolve("tenaga_kerja.csv"), mydata.resolve("tenaga_kerja.csv"));
        var file = cli(linked, o5.toString());
        assertEquals(2, file.exitCode(), file.err());
        assertEquals("cakupan build: " + linked.resolve("tenaga_kerja.csv") + " adalah tautan ke berkas di dalam --out "
                + o5 + ", yang diganti oleh setiap build; pilih folder keluaran lain", file.err().strip());
        var fileInEnglish = cli(linked, o5.toString(), "--lang", "en");
        assertEquals("cakupan build: " + linked.resolve("tenaga_kerja.csv") + " is a link to a file inside --out " + o5
                + ", which a build replaces; choose another output folder", fileInEnglish.err().strip());
        Path hidden = Fixtures.validFixture(temp.resolve(".o5.cakupan-staging-1-ab/data"));
        Files.createFile(hidden.getParent().resolve(OutputFolder.MARKER));
        assertEquals(2, cli(hidden, o5.toString()).exitCode(), "data in a leftover that the clean-up would delete");

        assertEquals(kept, OutputSafetyIT.hashes(o5), "the output, and the data inside it, are as they were");
        assertTrue(Files.exists(hidden.resolve("tenaga_kerja.csv")));
    }

    @Test
    void anOutputGivenAsALinkIsPublishedWhereItPointsAndTheLinkStays() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Path dir = Files.createDirectories(temp.resolve("dir"));
        Path target = dir.resolve("tgt");
        Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("tgt"));  // to a folder not made yet

        var run = cli(data, link.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.exists(target.resolve("pdf/17-bengkulu.pdf")), "the output is where the link points");
        assertEquals(List.of("link", "tgt"), KilledRunIT.names(dir), "staged beside the target, nothing left over");

        var again = cli(data, link.toString(), "--period", "2025-10");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target.resolve("data/README.txt")).contains("Oktober 2025"), "replaced through the link");
        assertEquals(List.of("link", "tgt"), KilledRunIT.names(dir));

        // a link to the parent folder, and a link to the link
        Path parentLink = Files.createSymbolicLink(temp.resolve("parent"), dir);
        TinyBuild.run(data, parentLink.resolve("link"), "2025-11", null);
        Path chain = Files.createSymbolicLink(temp.resolve("chain"), link);
        TinyBuild.run(data, chain, "2025-11", null);
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain));
        assertEquals(List.of("link", "tgt"), KilledRunIT.names(dir));
        assertEquals("17 2025-11", Files.readString(target.resolve("site/17.html")));
    }

    /** Names are not patterns: each build cleans up its own leftovers and never those of its neighbour. */
    @ParameterizedTest(name = "{0} beside {1}")
    @CsvSource(delimiter = '|', value = {
        "out[1|out1",
        "a{b|ab",
        "a{b,c}|ab",
        "x*|xyz",
        "q?|qa",
        "laporan [2025]|laporan 2",
        "laporan|laporan-2",
        "laporan-2|laporan",
        "laporan|laporan.cakupan-staging-1"})
    void oddNamesAreNamesNotPatterns(String name, String neighbour) throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Path dir = Files.createDirectories(temp.resolve("dir"));
        Path out = dir.resolve(name);
        List<String> expected = new ArrayList<>(List.of(name, neighbour));
        for (String owner : List.of(name, neighbour)) {
            for (String leftover : List.of(".cakupan-staging-123", ".cakupan-retired-77-00ff", ".cakupan-scratch-9-ab")) {
                Path folder = Files.createDirectories(dir.resolve("." + owner + leftover + "/data"));
                Files.createFile(folder.getParent().resolve(OutputFolder.MARKER));
                if (owner.equals(neighbour)) {
                    expected.add("." + owner + leftover);
                }
            }
        }
        Files.createDirectories(dir.resolve(neighbour));

        TinyBuild.run(data, out, "2025-11", null);
        TinyBuild.run(data, out, "2025-10", null);
        assertEquals("17 2025-10", Files.readString(out.resolve("site/17.html")));
        assertEquals(expected.stream().sorted().toList(), KilledRunIT.names(dir),
                "its own leftovers are gone, every one of " + neighbour + "'s is there");
    }

    @Test
    void oddNamesThroughTheCommandLine() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        for (String name : List.of("out[1", "laporan [2025]")) {
            var run = cli(data, temp.resolve(name).toString(), "--region", "17.01");
            assertEquals(0, run.exitCode(), name + ": " + run.err());
        }
        assertEquals(List.of("data", "laporan [2025]", "out[1"),
                KilledRunIT.names(temp));
    }

    /**
     * The folders of a killed run that had the same process id, even unmarked (as versions before the
     * marker was deleted last could leave them), do not stop a build: names are never reused.
     */
    @Test
    void aLeftoverNamedWithThisProcessIdIsNoObstacle() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Path out = temp.resolve("out");
        TinyBuild.run(data, out, "2025-11", null);
        long pid = ProcessHandle.current().pid();
        for (String kind : List.of("retired", "staging", "scratch")) {
            Path folder = Files.createDirectories(temp.resolve(".out.cakupan-" + kind + "-" + pid + "/pdf"));
            Files.writeString(folder.resolve("17.pdf"), "not marked, never deleted");
        }
        TinyBuild.run(data, out, "2025-10", null);
        assertEquals("17 2025-10", Files.readString(out.resolve("site/17.html")));
        assertEquals(List.of(".out.cakupan-retired-" + pid, ".out.cakupan-scratch-" + pid, ".out.cakupan-staging-" + pid,
                "data", "out"), KilledRunIT.names(temp));
    }

    /**
     * A second build into the same folder while one is writing there stops at once, with exit status
     * 75 and a sentence, and touches nothing of the first; its staging folder survives the second's start.
     */
    @Test
    void aSecondBuildIntoTheSameFolderStopsAndTouchesNothing() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Path out = temp.resolve("o");
        TinyBuild.run(data, out, "2025-10", null);
        Map<String, String> before = OutputSafetyIT.hashes(out);

        ProcessBuilder builder = new ProcessBuilder(TinyBuild.command(data.toString(), out.toString(), "2025-11"));
        builder.environment().put("CAKUPAN_TEST_PAUSE", "staged");
        Process first = builder.start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            assertEquals("cakupan: paused at staged", err.readLine());
            List<String> beside = KilledRunIT.names(temp);

            var second = cli(data, out.toString());
            assertEquals(75, second.exitCode(), second.err());
            assertEquals("cakupan build: --out " + out + ": build lain (proses " + first.pid()
                    + ") sedang menulis ke folder ini; jalankan lagi setelah selesai", second.err().strip());
            Path link = Files.createSymbolicLink(temp.resolve("link"), out);
            var throughLink = cli(data, link.toString(), "--lang", "en");
            assertEquals(75, throughLink.exitCode(), throughLink.err());
            assertEquals("cakupan build: --out " + link + ": another build (process " + first.pid()
                    + ") is writing to this folder; run this one again when it has finished", throughLink.err().strip());
            assertEquals(before, OutputSafetyIT.hashes(out));
            List<String> expected = new ArrayList<>(beside);
            expected.add("link");
            assertEquals(expected.stream().sorted().toList(), KilledRunIT.names(temp),
                    "the first build's staging folder and lock are still there");
        } finally {
            first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        Files.delete(temp.resolve("link"));
        assertEquals(0, cli(data, out.toString()).exitCode(), "once the first is gone, a build goes ahead");
        assertEquals(List.of("data", "o"), KilledRunIT.names(temp));
    }
}
