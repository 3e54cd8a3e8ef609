package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.cakupan.Fixtures;

/**
 * Runs killed (SIGKILL) at each named step of staging and publishing (see {@link TestPause}): the next
 * run, whatever it is asked and even when it then fails on invalid data, first puts back the output
 * and deletes what the killed run left. {@code -Dcakupan.killRuns=20} repeats each case 20 times.
 */
class KilledRunIT {

    static final Path PROJECT = Fixtures.projectDir();
    private static final int RUNS = Integer.getInteger("cakupan.killRuns", 1);

    @TempDir
    Path temp;

    /**
     * @param steps where each killed run stops, in turn (a second kill lands in the clean-up of the first's leftovers)
     * @param region the killed runs' {@code --region}, or empty for a full build
     * @param expected which output the next run finds: the one before the killed runs, or the one they were writing
     */
    @ParameterizedTest(name = "killed at {0} {1}: {2}")
    @CsvSource({
        "locked,,before",
        "staged,,before",
        "retired,,before",
        "swapped,,after",
        "deleting,,after",
        "retired deleting,,before",
        "swapped deleting,,after",
        "linked,17.01,before",
        "retired,17.01,before"})
    void theNextRunFindsAWholeOutputAndNothingElse(String steps, String region, String expected) throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Path broken = Fixtures.copyTree(data, temp.resolve("broken"));
        Files.writeString(broken.resolve("tenaga_kerja.csv"), "kode_wilayah,periode,potensi_peserta\n17.01,2025-11,1.000\n");
        boolean full = region == null;
        // the killed runs replace a full output for October, or (a region update) update one for November
        Map<String, String> after = hashes(build(data, temp.resolve("expected"), "2025-11", null));
        for (int run = 0; run < RUNS; run++) {
            Path dir = Files.createDirectories(temp.resolve("run" + run));
            Path out = dir.resolve("output");
            build(data, out, full ? "2025-10" : "2025-11", null);
            if (!full) {
                Files.writeString(out.resolve("site/" + region + ".html"), "older");  // so that an update shows
            }
            Map<String, String> before = hashes(out);
            for (String step : steps.split(" ")) {
                killAt(step, TinyBuild.command(data.toString(), out.toString(), "2025-11", full ? "" : region));
            }

            var next = Fixtures.cli("build", "--data", broken.toString(), "--out", out.toString(), "--templates",
                    PROJECT.resolve("report-templates").toString(), "--quiet");
            assertEquals(65, next.exitCode(), next.err());
            String when = "run " + run + ", killed at " + steps;
            assertEquals(expected.equals("before") ? before : after, hashes(out),
                    when + ": the next build, though its data are invalid, finds the " + expected + " output whole");
            assertEquals(List.of("output"), names(dir), when + ": nothing is left beside the output");
        }
    }

    /** A real build (every PDF and page) killed between the two renames of its swap. */
    @Test
    void aRealBuildKilledBetweenTheRenamesIsPutBackByTheNextBuild() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        String templates = PROJECT.resolve("report-templates").toString();
        for (int run = 0; run < RUNS; run++) {
            Path out = temp.resolve("run" + run).resolve("output");
            assertEquals(0, Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--templates",
                    templates, "--period", "2025-10", "--quiet").exitCode());
            Map<String, String> before = hashes(out);

            killAt("retired", List.of("java", "-XX:TieredStopAtLevel=1", "-jar",
                    PROJECT.resolve("target/cakupan.jar").toString(), "build", "--data", data.toString(), "--out",
                    out.toString(), "--templates", templates, "--quiet"));
            assertTrue(Files.notExists(out), "killed between the renames, the output is away");

            var wrongMonth = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--templates",
                    templates, "--period", "2030-01", "--quiet");
            assertEquals(2, wrongMonth.exitCode(), wrongMonth.err());
            assertEquals(before, hashes(out), "run " + run + ": even a build that then stops on wrong usage puts the "
                    + "output back");
            assertEquals(List.of("output"), names(out.getParent()));
        }
    }

    private static Path build(Path data, Path out, String period, String region) throws Exception {
        TinyBuild.run(data, out, period, region);
        return out;
    }

    /** Starts a run that stops at {@code step}, waits until it says so, and kills it. */
    static void killAt(String step, List<String> command) throws Exception {
        List<String> args = command.stream().filter(a -> !a.isEmpty()).toList();
        ProcessBuilder builder = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("CAKUPAN_TEST_PAUSE", step);
        Process process = builder.start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            StringBuilder said = new StringBuilder();
            for (String line; (line = err.readLine()) != null; ) {
                if (line.equals("cakupan: paused at " + step)) {
                    process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                    return;
                }
                said.append(line).append('\n');
            }
            throw new AssertionError("the run ended (" + process.waitFor() + ") without reaching " + step + ":\n" + said);
        } finally {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Map<String, String> hashes(Path root) throws Exception {
        return OutputSafetyIT.hashes(root);
    }
}
