package id.cakupan.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import id.cakupan.build.Build;
import id.cakupan.build.UsageException;
import id.cakupan.load.InvalidDataException;
import id.cakupan.model.CheckedDataset;
import id.cakupan.model.InputFile;
import id.cakupan.model.Level;
import id.cakupan.model.RegionMonth;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code cakupan validate}: check the data and summarise it, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the data folder and prints errors, warnings and a summary; writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CheckedDataset checked = Build.loadAndCheck(data.dataDir, new ConsoleProgress(err, false));
            printSummary(out, checked);
            return 0;
        } catch (InvalidDataException e) {
            return reportErrors(err, e, ".");
        } catch (UsageException e) {
            err.println("cakupan validate: " + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (Exception e) {
            err.println("cakupan validate: error: " + e);
            return Main.EXIT_FAILURE;
        }
    }

    private void printSummary(PrintWriter out, CheckedDataset checked) {
        var dataset = checked.dataset();
        out.println("Data folder " + data.dataDir + " is valid.");
        out.println("Files:");
        int rows = 0;
        for (InputFile file : dataset.inputFiles()) {
            out.printf("  %-20s %7d rows  sha256 %s%n", file.name(), file.rows(), file.sha256().substring(0, 12));
            rows += file.rows();
        }
        Map<Level, Integer> levels = new EnumMap<>(Level.class);
        checked.totals().keySet().stream().map(RegionMonth::regionCode).distinct()
                .forEach(code -> levels.merge(dataset.regions().get(code).level(), 1, Integer::sum));
        var periods = new TreeSet<>(dataset.periods());
        out.printf("Rows: %d%n", rows);
        out.printf("Regions: %d provinces, %d regencies, %d cities (plus the country)%n",
                levels.getOrDefault(Level.PROVINSI, 0), levels.getOrDefault(Level.KABUPATEN, 0),
                levels.getOrDefault(Level.KOTA, 0));
        out.printf("Months: %d, %s to %s%n", periods.size(), periods.first(), periods.last());
        out.printf("Warnings: %d%n", checked.warningCount());
    }

    /** Prints every data error and returns the invalid-data exit status. */
    static int reportErrors(PrintWriter err, InvalidDataException e, String ending) {
        e.errors().forEach(error -> err.println("error: " + error));
        err.println(e.errors().size() + " error(s)" + ending);
        return Main.EXIT_INVALID_DATA;
    }
}
