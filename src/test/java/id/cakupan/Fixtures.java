package id.cakupan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.cakupan.check.DatasetChecker;
import id.cakupan.cli.Main;
import id.cakupan.indicators.IndicatorCalculator;
import id.cakupan.indicators.Indicators;
import id.cakupan.load.DatasetLoader;
import id.cakupan.load.InvalidDataException;
import id.cakupan.load.ReferenceRegions;

/** Helpers that write small data folders and run the pipeline or the command line on them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Writes each file (name to content, lines joined with LF) into the folder. */
    public static Path write(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (var file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** Copies a folder and everything in it, e.g. a fixture to change it in a test's own folder. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    /** A copy of the valid fixture, to change in a test. */
    public static Path validFixture(Path to) throws IOException {
        return copyTree(projectDir().resolve("src/test/resources/fixtures/valid"), to);
    }

    public static Indicators compute(Path dataDir, YearMonth period) throws IOException, InvalidDataException {
        var dataset = new DatasetLoader(dataDir, ReferenceRegions.catalog()).load();
        return IndicatorCalculator.compute(DatasetChecker.check(dataset), period);
    }

    /** The project folder (where pom.xml and data/ are). */
    public static Path projectDir() {
        String dir = System.getProperty("cakupan.projectDir");
        return dir != null ? Path.of(dir) : Path.of("").toAbsolutePath();
    }

    /** The four indicator tables every build writes under {@code data/}. */
    public static final List<String> TABLES = List.of("indikator_wilayah.csv",
            "indikator_rentan.csv", "anggaran.csv", "regulasi.csv");

    /** Builds a data folder into {@code out} in this JVM, failing the test with the messages if it fails. */
    public static Path build(Path data, Path out) {
        var run = cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    /** The indicator tables of two outputs are the same text, table by table. */
    public static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String table : TABLES) {
            assertEquals(Files.readString(expected.resolve("data").resolve(table)),
                    Files.readString(actual.resolve("data").resolve(table)), table);
        }
    }

    /** Result of a command line run in-process. */
    public record Run(int exitCode, String out, String err) {
    }

    /**
     * Runs the command line in this JVM as a user without {@code CAKUPAN_LANG} would: in Indonesian
     * unless the arguments say {@code --lang en}, whatever the environment of the test run.
     */
    public static Run cli(String... args) {
        return cli(Map.of(), args);
    }

    /** Runs the command line in this JVM with the given environment variables. */
    public static Run cli(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
