package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.cakupan.Fixtures;

/**
 * The input corpus. Each folder under {@code src/test/resources/invalid/} holds the files
 * that differ from the valid fixture ({@code _remove.txt} lists files to delete) and
 * {@code expected.txt}, every error the run must print, in order, with {@code {data}} for the
 * data folder. Each folder under {@code valid/} holds a variant that must be accepted, with
 * {@code expected-warnings.txt} and {@code expected-notes.txt} where it is read with a correction or
 * in another dialect or encoding (Excel's CSV in Indonesian, Windows-1252).
 */
class InvalidInputIT {

    static final Path RESOURCES = Fixtures.projectDir().resolve("src/test/resources");
    static final Path VALID = RESOURCES.resolve("fixtures/valid");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(RESOURCES.resolve("invalid"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theValidFixtureBuilds() {
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", VALID.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("data/indikator_wilayah.csv")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenInputIsRejectedWithEveryErrorAndNothingWritten(String name) throws IOException {
        Path data = prepare(name);
        List<String> expected = Files.readAllLines(RESOURCES.resolve("invalid").resolve(name).resolve("expected.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> "error: " + l.replace("{data}", data.toString())).toList();

        Path out = temp.resolve("out");
        var build = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, build.exitCode(), build.err());
        assertEquals(expected, errorLines(build.err()));
        assertTrue(build.err().contains(expected.size() + " error(s)"), build.err());
        assertFalse(Files.exists(out), "nothing may be written");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("data"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }

        var validate = Fixtures.cli("validate", "--data", data.toString());
        assertEquals(65, validate.exitCode(), validate.err());
        assertEquals(expected, errorLines(validate.err()));
    }

    static Stream<String> validVariants() throws IOException {
        try (Stream<Path> dirs = Files.list(RESOURCES.resolve("valid"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * Spreadsheet habits that are not errors give the same tables as the plain fixture. Where the
     * intent is certain but the cell is not written as the contract says ({@code Ditetapkan},
     * {@code 48 %}), {@code expected-warnings.txt} holds the exact warnings, printed before those
     * of the plain fixture; a variant without it must print no warning of its own.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("validVariants")
    void acceptedVariantsGiveTheSameTables(String name) throws IOException {
        Path plain = temp.resolve("plain");
        var plainRun = Fixtures.cli("build", "--data", VALID.toString(), "--out", plain.toString());
        assertEquals(0, plainRun.exitCode(), plainRun.err());
        Path data = prepare(name, RESOURCES.resolve("valid"));
        Path expectedFile = RESOURCES.resolve("valid").resolve(name).resolve("expected-warnings.txt");
        List<String> expected = new java.util.ArrayList<>();
        if (Files.exists(expectedFile)) {
            Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> "warning: " + l.replace("{data}", data.toString())).forEach(expected::add);
        }
        expected.addAll(warningLines(plainRun.err()));

        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected, warningLines(run.err()));
        assertTrue(run.out().contains(", " + expected.size() + " warning(s))"), run.out());
        Path notesFile = RESOURCES.resolve("valid").resolve(name).resolve("expected-notes.txt");
        List<String> notes = Files.exists(notesFile) ? Files.readAllLines(notesFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> "note: " + l.replace("{data}", data.toString())).toList() : List.of();
        assertEquals(notes, noteLines(run.err()), "how the files were read");
        for (String table : List.of("indikator_wilayah.csv", "indikator_rentan.csv", "anggaran.csv", "regulasi.csv")) {
            assertEquals(Files.readString(plain.resolve("data").resolve(table)),
                    Files.readString(out.resolve("data").resolve(table)), table);
        }

        var validate = Fixtures.cli("validate", "--data", data.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertEquals(expected, warningLines(validate.err()));
        assertTrue(validate.out().contains("Warnings: " + expected.size()), validate.out());
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
                    Files.copy(file, data.resolve(fileName), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return data;
    }

    private static List<String> warningLines(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("warning: ")).toList();
    }

    private static List<String> noteLines(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("note: ")).toList();
    }

    private static List<String> errorLines(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("error: ")).toList();
    }
}
