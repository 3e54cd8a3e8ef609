package id.cakupan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import id.cakupan.cli.Main;

/**
 * The terminal catalogue is whole in both languages: the same keys and placeholders, every key the
 * program names is there, every key there is used, and every command and option has its help text.
 */
class CatalogueTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** The families of catalogue keys; a string literal starting with one of these is a key. */
    private static final Pattern KEY = Pattern.compile(
            "\"((?:word|cli|build|load|check|input|render|errors|io|progress|validate|template|warning|serve)\\.[A-Za-z0-9_.]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final Catalogue id = Catalogue.indonesian();
    private final Catalogue en = Catalogue.english();

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        assertEquals(id.keys(), en.keys(), "console.properties and console_en.properties differ in their keys");
        List<String> different = new ArrayList<>();
        for (String key : id.keys()) {
            if (!placeholders(id.pattern(key)).equals(placeholders(en.pattern(key)))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different, "keys whose placeholders differ between the languages");
    }

    @Test
    void everyKeyTheProgramNamesIsInTheCatalogueAndEveryKeyThereIsUsed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String key : named) {
            if (!key.endsWith(".") && !id.has(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys named in the code but missing from the catalogue");

        Set<String> unused = new TreeSet<>();
        for (String key : id.keys()) {
            boolean help = key.startsWith("cakupan.") || key.startsWith("usage.") || Set.of("help", "version", "lang",
                    "data").contains(key);
            boolean used = named.contains(key) || named.stream().anyMatch(p -> p.endsWith(".") && key.startsWith(p));
            if (!help && !used) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys in the catalogue that no code names");
    }

    @Test
    void everyCommandAndOptionHasItsHelpInBothLanguages() {
        for (Catalogue words : List.of(id, en)) {
            List<String> missing = new ArrayList<>();
            check(new CommandLine(new Main()).getCommandSpec(), words, missing);
            assertEquals(List.of(), missing, "help texts missing in " + words.locale());
        }
    }

    @Test
    void argumentsAreWordedInTheReadersLanguage() {
        Text text = Text.of("build.rendered", Text.of("render.pdf"), Text.figure(1234), Text.seconds(1_500_000_000L));
        assertEquals("laporan PDF selesai: 1.234 berkas dalam 1,5 dtk", id.word(text));
        assertEquals("Rendered PDF briefings: 1,234 file(s) in 1.5 s", en.word(text));
        assertEquals("Opsi tidak dikenal: {x}", id.get("cli.unknownOption", "{x}"), "arguments are not read as patterns");
        assertEquals("See 'cakupan --help'.", en.get("cli.seeHelp", "cakupan"), "an apostrophe is printed as it is");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> id.get("cli.invalidValue", "--period", "2025"));
        assertEquals("cli.invalidValue in i18n/console.properties uses {2} but has 2 argument(s)", missing.getMessage());
    }

    private static void check(CommandSpec spec, Catalogue words, List<String> missing) {
        String name = spec.qualifiedName(".");
        if (!words.has(name + ".usage.description")) {
            missing.add(name + ".usage.description");
        }
        for (OptionSpec option : spec.options()) {
            String key = option.longestName().replaceFirst("^-+", "");
            if (!words.has(name + "." + key) && !words.has(key)) {
                missing.add(name + "." + key);
            }
        }
        spec.subcommands().values().forEach(sub -> check(sub.getCommandSpec(), words, missing));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
