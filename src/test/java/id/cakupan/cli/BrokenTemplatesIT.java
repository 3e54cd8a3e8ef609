package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.cakupan.Fixtures;

/**
 * Every template is checked before any data is read. Each folder under
 * {@code src/test/resources/templates-invalid/} holds the files that differ from
 * {@code report-templates/} ({@code _remove.txt} lists files to delete) and {@code expected.txt}, the
 * one error the build must print in Indonesian, with {@code {templates}} for the templates folder
 * ({@code expected-en.txt}, where there is one, in English with {@code --lang en}). The data folder
 * given is itself invalid (a CSV file broken, or in English an empty folder): a build that read it
 * would stop on data errors, with exit status 65, instead of the template's.
 */
class BrokenTemplatesIT {

    static final Path CASES = Fixtures.projectDir().resolve("src/test/resources/templates-invalid");
    static final Path TEMPLATES = Fixtures.projectDir().resolve("report-templates");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBrokenTemplateStopsTheBuildBeforeAnyDataIsRead(String name) throws IOException {
        Path folder = CASES.resolve(name);
        Path templates = templates(folder);
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Files.writeString(data.resolve("kepesertaan.csv"), "kode_wilayah;periode\n\"17.04,2025-11\n");
        assertFails(templates, data, expected(folder, "expected.txt", templates), "Memeriksa templat laporan dan dasbor…",
                "cakupan build: kesalahan: ");

        if (Files.exists(folder.resolve("expected-en.txt"))) {
            Path empty = Files.createDirectories(temp.resolve("empty"));
            assertFails(templates, empty, expected(folder, "expected-en.txt", templates),
                    "Checking the report and dashboard templates…", "cakupan build: error: ", "--lang", "en");
        }
    }

    /**
     * A failed check is not remembered as a good one, and a good one does not hide a broken template:
     * fixed, the template builds; broken again, it fails again.
     */
    @Test
    void aTemplateFixedAfterAFailureBuildsAndBrokenAgainFailsAgain() throws IOException {
        Path templates = Fixtures.copyTree(TEMPLATES, temp.resolve("templates"));
        Path onePager = templates.resolve("pdf/regency-onepager.jrxml");
        Path cards = templates.resolve("html/partials/cards.ftl");
        String goodOnePager = Files.readString(onePager);
        String goodCards = Files.readString(cards);
        String brokenOnePager = goodOnePager.replaceFirst("<!\\[CDATA\\[\\$R\\{",
                "<![CDATA[\\$R{credit.regions}.shout() + \\$R{");
        String brokenCards = goodCards.replace("${card.label}", "${card.label");
        Path data = Fixtures.projectDir().resolve("data");

        Files.writeString(onePager, brokenOnePager);
        String expression = onePager + ":" + lineOf(brokenOnePager, ".shout()") + ": ekspresi ";
        assertTrue(build(templates, data, "one").err().contains(expression), expression);

        Files.writeString(onePager, goodOnePager);
        Files.writeString(cards, brokenCards);
        String syntax = cards + ":" + lineOf(brokenCards, "${card.label<") + ": templat mengandung kesalahan penulisan: ";
        assertTrue(build(templates, data, "two").err().contains(syntax), syntax);

        Files.writeString(cards, goodCards);
        var fixed = Fixtures.cli("build", "--data", data.toString(), "--out", temp.resolve("three").toString(),
                "--templates", templates.toString(), "--quiet");
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertTrue(Files.isRegularFile(temp.resolve("three/pdf/17.04-kaur.pdf")));
        assertTrue(Files.isRegularFile(temp.resolve("three/site/index.html")));

        Files.writeString(onePager, brokenOnePager);
        assertTrue(build(templates, data, "four").err().contains(expression), expression);
        Files.writeString(onePager, goodOnePager);
        Files.writeString(cards, brokenCards);
        assertTrue(build(templates, data, "five").err().contains(syntax), syntax);
    }

    /** Builds into a folder of its own that must stay empty; the run must fail. */
    private Fixtures.Run build(Path templates, Path data, String name) throws IOException {
        Path outputs = Files.createDirectories(temp.resolve("outputs-" + name));
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", outputs.resolve("out").toString(),
                "--templates", templates.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertNothingIn(outputs);
        return run;
    }

    private void assertFails(Path templates, Path data, String expected, String checking, String prefix,
                             String... more) throws IOException {
        Path outputs = Files.createDirectories(temp.resolve("outputs"));
        List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--out",
                outputs.resolve("out").toString(), "--templates", templates.toString()));
        args.addAll(List.of(more));
        var run = Fixtures.cli(args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        // the template's error alone: not one line about reading the data
        assertEquals(List.of(checking, prefix + expected), run.err().lines().toList());
        assertEquals("", run.out());
        assertNothingIn(outputs);
    }

    /** No output, no staging folder, no lock file. */
    private static void assertNothingIn(Path outputs) throws IOException {
        try (Stream<Path> left = Files.list(outputs)) {
            assertEquals(List.of(), left.toList(), "nothing may be written");
        }
    }

    /** A copy of the templates with the case's files in place of theirs. */
    private Path templates(Path folder) throws IOException {
        Path templates = Fixtures.copyTree(TEMPLATES, temp.resolve("templates"));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(file).toString();
                if (!relative.startsWith("_") && !relative.startsWith("expected")) {
                    Files.copy(file, templates.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (Files.exists(folder.resolve("_remove.txt"))) {
            for (String line : Files.readAllLines(folder.resolve("_remove.txt"))) {
                if (!line.isBlank()) {
                    Files.delete(templates.resolve(line.strip()));
                }
            }
        }
        return templates;
    }

    private static String expected(Path folder, String name, Path templates) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8).strip()
                .replace("{templates}", templates.toString());
    }

    private static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part + " not found");
    }

    @Test
    void everyCaseSaysWhatItMustPrint() throws IOException {
        List<String> names = cases().toList();
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertTrue(Files.exists(CASES.resolve(name).resolve("expected.txt")), name + "/expected.txt");
        }
    }
}
