package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.cakupan.Fixtures;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/**
 * The input corpus. Each folder under {@code src/test/resources/invalid/} holds the files
 * that differ from the valid fixture ({@code _remove.txt} lists files to delete),
 * {@code expected.txt}, every error the run must print in Indonesian (the default), in order, with
 * {@code {data}} for the data folder, and {@code expected-en.txt}, the same errors in English
 * ({@code --lang en} or {@code CAKUPAN_LANG=en}). Each folder under {@code valid/} holds a variant
 * that must be accepted, with {@code expected-warnings.txt} and {@code expected-notes.txt} (and their
 * {@code -en} twins) where it is read with a correction or in another dialect or encoding (Excel's
 * CSV in Indonesian, Windows-1252).
 */
class InvalidInputIT {

    static final Path RESOURCES = Fixtures.projectDir().resolve("src/test/resources");
    static final Path VALID = RESOURCES.resolve("fixtures/valid");

    /** A language the messages are checked in: its catalogue, and the expected files' suffix. */
    enum Language {
        INDONESIAN(Catalogue.indonesian(), ""),
        ENGLISH(Catalogue.english(), "-en");

        final Catalogue words;
        final String suffix;

        Language(Catalogue words, String suffix) {
            this.words = words;
            this.suffix = suffix;
        }

        /** The lines of an expected file of this language, with the prefix each is printed with. */
        List<String> expected(Path folder, String name, String prefixKey, Path data) throws IOException {
            Path file = folder.resolve(name + suffix + ".txt");
            if (!Files.exists(file)) {
                return List.of();
            }
            String prefix = words.get(prefixKey) + ": ";
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> prefix + l.replace("{data}", data.toString())).toList();
        }

        /**
         * Runs a command in this language: Indonesian without any setting (even where the test's own
         * environment sets {@code CAKUPAN_LANG}), English by {@code --lang en} for a build and by
         * {@code CAKUPAN_LANG=en} for anything else, so that both ways are covered.
         */
        Fixtures.Run run(String... args) {
            List<String> all = new ArrayList<>(List.of(args));
            Map<String, String> env = Map.of();
            if (this == ENGLISH) {
                if (args[0].equals("build")) {
                    all.addAll(List.of("--lang", "en"));
                } else {
                    env = Map.of(Main.LANGUAGE_VARIABLE, "en");
                }
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
            return new Fixtures.Run(code, out.toString(), err.toString());
        }

        List<String> lines(String stderr, String prefixKey) {
            String prefix = words.get(prefixKey) + ": ";
            return stderr.lines().filter(l -> l.startsWith(prefix)).toList();
        }
    }

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(RESOURCES.resolve("invalid"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Stream<Arguments> casesInEachLanguage() throws IOException {
        return cases().flatMap(name -> Stream.of(Language.values()).map(language -> Arguments.of(name, language)));
    }

    @Test
    void theValidFixtureBuilds() {
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", VALID.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("data/indikator_wilayah.csv")));
    }

    /** Every case says what is wrong in both languages. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseHasItsErrorsInBothLanguages(String name) throws IOException {
        Path folder = RESOURCES.resolve("invalid").resolve(name);
        assertTrue(Files.exists(folder.resolve("expected.txt")), "expected.txt");
        assertTrue(Files.exists(folder.resolve("expected-en.txt")), "expected-en.txt");
        assertEquals(Files.readAllLines(folder.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).count(),
                Files.readAllLines(folder.resolve("expected-en.txt")).stream().filter(l -> !l.isBlank()).count(),
                "as many errors in English as in Indonesian");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("casesInEachLanguage")
    void brokenInputIsRejectedWithEveryErrorAndNothingWritten(String name, Language language) throws IOException {
        Path data = prepare(name);
        List<String> expected = language.expected(RESOURCES.resolve("invalid").resolve(name), "expected", "word.error",
                data);
        assertFalse(expected.isEmpty(), "expected" + language.suffix + ".txt");

        Path out = temp.resolve("out");
        var build = language.run("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, build.exitCode(), build.err());
        assertEquals(expected, language.lines(build.err(), "word.error"));
        assertEquals(language.words.get("errors.nothingWritten", Text.figure(expected.size())),
                build.err().lines().reduce((first, last) -> last).orElse(""), build.err());
        assertFalse(Files.exists(out), "nothing may be written");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("data"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }

        var validate = language.run("validate", "--data", data.toString());
        assertEquals(65, validate.exitCode(), validate.err());
        assertEquals(expected, language.lines(validate.err(), "word.error"));
        assertEquals(language.words.get("errors.end", Text.figure(expected.size())),
                validate.err().lines().reduce((first, last) -> last).orElse(""), validate.err());
    }

    static Stream<String> validVariants() throws IOException {
        try (Stream<Path> dirs = Files.list(RESOURCES.resolve("valid"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Stream<Arguments> validVariantsInEachLanguage() throws IOException {
        return validVariants().flatMap(name -> Stream.of(Language.values()).map(language -> Arguments.of(name, language)));
    }

    /**
     * Spreadsheet habits that are not errors give the same tables as the plain fixture. Where the
     * intent is certain but the cell is not written as the contract says ({@code Ditetapkan},
     * {@code 48 %}), {@code expected-warnings.txt} holds the exact warnings, printed before those
     * of the plain fixture; a variant without it must print no warning of its own. Both in each
     * language.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("validVariantsInEachLanguage")
    void acceptedVariantsGiveTheSameTables(String name, Language language) throws IOException {
        Path plain = temp.resolve("plain");
        var plainRun = language.run("build", "--data", VALID.toString(), "--out", plain.toString());
        assertEquals(0, plainRun.exitCode(), plainRun.err());
        Path data = prepare(name, RESOURCES.resolve("valid"));
        Path folder = RESOURCES.resolve("valid").resolve(name);
        assertEquals(Files.exists(folder.resolve("expected-warnings.txt")),
                Files.exists(folder.resolve("expected-warnings-en.txt")), "warnings in both languages");
        assertEquals(Files.exists(folder.resolve("expected-notes.txt")),
                Files.exists(folder.resolve("expected-notes-en.txt")), "notes in both languages");
        List<String> expected = new ArrayList<>(language.expected(folder, "expected-warnings", "word.warning",
                data));
        expected.addAll(language.lines(plainRun.err(), "word.warning"));

        Path out = temp.resolve("out");
        var run = language.run("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected, language.lines(run.err(), "word.warning"));
        String done = language.words.get("build.done", "", "", "", "", Text.figure(expected.size()));
        assertTrue(run.out().contains(done.substring(done.lastIndexOf(", "))), run.out());
        assertEquals(language.expected(folder, "expected-notes", "word.note", data),
                language.lines(run.err(), "word.note"), "how the files were read");
        for (String table : List.of("indikator_wilayah.csv", "indikator_rentan.csv", "anggaran.csv", "regulasi.csv")) {
            assertEquals(Files.readString(plain.resolve("data").resolve(table)),
                    Files.readString(out.resolve("data").resolve(table)), table);
        }

        var validate = language.run("validate", "--data", data.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertEquals(expected, language.lines(validate.err(), "word.warning"));
        assertTrue(validate.out().lines().anyMatch(language.words.get("validate.warnings", expected.size())::equals),
                validate.out());
    }

    private Path prepare(String name) throws IOException {
        return prepare(name, RESOURCES.resolve("invalid"));
    }

    private Path prepare(String name, Path corpus) throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(VALID)) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        Path overlay = corpus.resolve(name);
        try (Stream<Path> files = Files.list(overlay)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.equals("_remove.txt")) {
                    for (String removed : Files.readAllLines(file)) {
                        Files.deleteIfExists(data.resolve(removed.trim()));
                    }
                } else if (!fileName.startsWith("expected")) {
                    Files.copy(file, data.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return data;
    }
}
