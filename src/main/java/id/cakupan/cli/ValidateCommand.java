package id.cakupan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import id.cakupan.build.Build;
import id.cakupan.build.UsageException;
import id.cakupan.load.InvalidDataException;
import id.cakupan.model.CheckedDataset;
import id.cakupan.model.InputFile;
import id.cakupan.model.Level;
import id.cakupan.model.RegionMonth;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/** {@code cakupan validate}: check the data and summarise it, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalogue words = language.catalogue();
        try {
            CheckedDataset checked = Build.loadAndCheck(data.dataDir, new ConsoleProgress(err, words, false));
            printSummary(out, words, checked);
            return 0;
        } catch (InvalidDataException e) {
            return reportErrors(err, words, e, "errors.end");
        } catch (UsageException e) {
            err.println("cakupan validate: " + words.word(e.text()));
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("cakupan validate: " + words.get("word.error") + ": " + BuildCommand.describe(e, words));
            return Main.EXIT_FAILURE;
        } catch (Exception e) {
            err.println("cakupan validate: " + words.get("word.error") + ": " + Main.unexpected(e));
            return Main.EXIT_FAILURE;
        }
    }

    private void printSummary(PrintWriter out, Catalogue words, CheckedDataset checked) {
        var dataset = checked.dataset();
        out.println(words.get("validate.valid", data.dataDir));
        out.println(words.get("validate.files"));
        int rows = 0;
        int width = dataset.inputFiles().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        for (InputFile file : dataset.inputFiles()) {
            out.println("  " + pad(file.name(), Math.max(20, width)) + " "
                    + words.get("validate.file", pad(String.valueOf(file.rows()), -7), file.sha256().substring(0, 12)));
            rows += file.rows();
        }
        Map<Level, Integer> levels = new EnumMap<>(Level.class);
        checked.totals().keySet().stream().map(RegionMonth::regionCode).distinct()
                .forEach(code -> levels.merge(dataset.regions().get(code).level(), 1, Integer::sum));
        var periods = new TreeSet<>(dataset.periods());
        out.println(words.get("validate.rows", Text.figure(rows)));
        out.println(words.get("validate.regions", levels.getOrDefault(Level.PROVINSI, 0),
                levels.getOrDefault(Level.KABUPATEN, 0), levels.getOrDefault(Level.KOTA, 0)));
        out.println(words.get("validate.months", periods.size(), periods.first(), periods.last()));
        out.println(words.get("validate.warnings", checked.warningCount()));
        var register = dataset.register().summary();
        if (register.isGiven()) {
            // counts only: the findings row by row are the build's, beside its output
            out.println(words.get("validate.register", Text.figure(register.rows()), Text.figure(register.workers()),
                    Text.figure(register.duplicateRows()), Text.figure(register.doubleFundedWorkers()),
                    Text.figure(register.secondPremiumRp()), Text.figure(register.otherRegionWorkers()),
                    Text.figure(register.ageWarnings())));
        }
    }

    /** Left-aligned in {@code width} characters, or right-aligned for a negative width. */
    private static String pad(String text, int width) {
        String spaces = " ".repeat(Math.max(0, Math.abs(width) - text.length()));
        return width < 0 ? spaces + text : text + spaces;
    }

    /**
     * Prints every data error and how many ({@code ending} is the catalogue key of that last line,
     * which says whether anything was written) and returns the invalid-data exit status.
     */
    static int reportErrors(PrintWriter err, Catalogue words, InvalidDataException e, String ending) {
        errorLines(words, e, ending).forEach(err::println);
        return Main.EXIT_INVALID_DATA;
    }

    /** The lines {@link #reportErrors} prints: every data error, then how many. */
    static List<String> errorLines(Catalogue words, InvalidDataException e, String ending) {
        String prefix = words.get("word.error") + ": ";
        List<String> lines = new ArrayList<>();
        e.errors().forEach(error -> lines.add(prefix + error.describe(words)));
        lines.add(words.get(ending, Text.figure(e.errors().size())));
        return lines;
    }
}
