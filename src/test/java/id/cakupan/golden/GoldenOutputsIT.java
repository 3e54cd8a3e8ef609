package id.cakupan.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The outputs of {@code data/} pinned as golden files under {@code src/test/resources/golden/}, each
 * compared whole: the indicator tables byte for byte, the dashboard pages as outlines of what they
 * say ({@link PageOutline}), the briefings as the text of their pages ({@link PdfText}), and the
 * list of files written (one province: no national summary). Any change to what a reader gets shows as a diff of these files, to be
 * reviewed with the change; {@code mvn verify -Dgolden.update=true} rewrites them from this build.
 */
class GoldenOutputsIT {

    @TempDir
    static Path temp;
    static Path indonesian;
    static Path english;

    @BeforeAll
    static void build() throws Exception {
        indonesian = build("id");
        // the province's outputs alone, in a third of the time of a full build; its briefing is the
        // same bytes as a full English build's (figures always come from the whole data)
        english = build("en", "--lang", "en", "--region", "17");
    }

    /** Each golden file and how its text is read from the builds. */
    static Map<String, Output> goldens() {
        Map<String, Output> goldens = new LinkedHashMap<>();
        goldens.put("files.txt", () -> files(indonesian));
        for (String table : List.of("indikator_wilayah.csv", "indikator_rentan.csv", "anggaran.csv", "regulasi.csv",
                "README.txt")) {
            goldens.put("data/" + table, () -> Files.readString(indonesian.resolve("data").resolve(table),
                    StandardCharsets.UTF_8));
        }
        for (String page : List.of("index", "17.04-kaur", "en/index")) {
            goldens.put("site/" + page + ".txt", () -> PageOutline.of(indonesian.resolve("site/" + page + ".html")));
        }
        for (String pdf : List.of("17-bengkulu", "17.04-kaur")) {
            goldens.put("pdf/" + pdf + ".txt", () -> PdfText.of(indonesian.resolve("pdf/" + pdf + ".pdf")));
        }
        goldens.put("pdf/en/17-bengkulu.txt", () -> PdfText.of(english.resolve("pdf/17-bengkulu.pdf")));
        return goldens;
    }

    @TestFactory
    Stream<DynamicTest> eachOutputIsAsItsGoldenFile() {
        return goldens().entrySet().stream()
                .map(golden -> DynamicTest.dynamicTest(golden.getKey(),
                        () -> Golden.check(golden.getKey(), golden.getValue().text())));
    }

    /** A golden file no test reads would pass unnoticed; updating deletes it. */
    @Test
    void everyGoldenFileIsCompared() throws IOException {
        Set<String> known = new TreeSet<>(goldens().keySet());
        Set<String> present = new TreeSet<>();
        if (Files.isDirectory(Golden.ROOT)) {
            try (Stream<Path> files = Files.walk(Golden.ROOT)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = Golden.ROOT.relativize(file).toString().replace('\\', '/');
                    if (Golden.UPDATE && !known.contains(name)) {
                        Files.delete(file);
                    } else {
                        present.add(name);
                    }
                }
            }
        }
        if (!Golden.UPDATE) {
            assertEquals(known, present, "the golden files are the ones this test compares");
        }
    }

    /** The text of one output, read when its test runs. */
    @FunctionalInterface
    interface Output {
        String text() throws IOException;
    }

    /** Every file of a build by its path in the output folder, one a line, in code-point order. */
    static String files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/')).sorted().toList();
            return String.join("\n", names) + "\n";
        }
    }

    /**
     * Builds {@code data/} in this JVM. The program dates its documents with {@code SOURCE_DATE_EPOCH}
     * from the environment when it is set; the goldens carry the data's own as-of date, so with that
     * variable set the build runs as a child process without it, as {@code ReproducibleOutputIT} runs
     * the program, rather than changing anything for the whole test run.
     */
    static Path build(String name, String... options) throws IOException, InterruptedException {
        Path out = temp.resolve(name);
        List<String> args = new ArrayList<>(List.of("build", "--data",
                Fixtures.projectDir().resolve("data").toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        if (System.getenv("SOURCE_DATE_EPOCH") == null) {
            var run = Fixtures.cli(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            return out;
        }
        Path jar = Fixtures.projectDir().resolve("target/cakupan.jar");
        assertTrue(Files.isRegularFile(jar), "with SOURCE_DATE_EPOCH set the packaged program is needed: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.language=en", "-Duser.country=US", "-jar", jar.toString()));
        command.addAll(args);
        command.addAll(List.of("--quiet", "--templates", Fixtures.projectDir().resolve("report-templates").toString()));
        Path log = temp.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().remove("CAKUPAN_LANG");
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build ends");
        assertEquals(0, process.exitValue(), () -> name + ": " + read(log));
        return out;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
