package id.cakupan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;

import id.cakupan.load.BuiltInCategories;
import id.cakupan.load.DatasetLoader;
import id.cakupan.load.InvalidDataException;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.Dataset;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.xlsx.DataTemplate;
import id.cakupan.render.xlsx.TemplateRows;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cakupan template}: writes the Excel workbook officials fill in, empty or with their data. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes a data-entry workbook (.xlsx): instructions, one sheet per input table with its "
                + "columns explained and drop-down lists for the codes; with --from, the data already there.")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "The workbook to write.")
    Path out;

    @Option(names = "--province", paramLabel = "CODE",
            description = "Prepare rows for this province's regencies/cities (e.g. 17) for the month to fill next, "
                    + "and offer only its region codes.")
    String province;

    @Option(names = "--from", paramLabel = "DIR", description = "Fill in the data of this folder.")
    Path from;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = BuildCommand.PeriodConverter.class,
            description = "The month of the prepared rows (default: the month after the data's latest, "
                    + "or without --from the last complete month).")
    YearMonth period;

    @Option(names = "--force", description = "Replace the workbook if it exists.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            checkTarget();
            RegionCatalog catalog = ReferenceRegions.catalog();
            Region chosen = province == null ? null : province(catalog);
            Dataset data = null;
            if (from != null) {
                if (!Files.isDirectory(from)) {
                    return usage(err, "--from " + from + ": no such folder");
                }
                data = new DatasetLoader(from, catalog).load();
            }
            YearMonth month = period != null ? period
                    : data != null && !data.periods().isEmpty() ? data.periods().last().plusMonths(1)
                    : YearMonth.now(DocumentDate.JAKARTA).minusMonths(1);
            DataTemplate template = TemplateRows.of(catalog, BuiltInCategories.categories(), data, chosen, month);
            template.write(out.toAbsolutePath(), created(data));
            stdout.println("Wrote " + this.out + (chosen == null ? "" : " with rows for " + chosen.name() + ", " + month)
                    + (data == null ? "" : ", filled from " + from) + ".");
            return 0;
        } catch (UsageError e) {
            return usage(err, e.getMessage());
        } catch (InvalidDataException e) {
            err.println("cakupan template: the data in " + from + " has errors; fix them first, or write an empty "
                    + "template without --from:");
            return ValidateCommand.reportErrors(err, e, "; nothing was written.");
        } catch (Exception e) {
            err.println("cakupan template: error: " + e.getMessage());
            return Main.EXIT_FAILURE;
        }
    }

    private void checkTarget() throws UsageError {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageError("--out " + out + ": the workbook's name must end in .xlsx");
        }
        Path dir = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new UsageError("--out " + out + ": no such folder " + dir);
        }
        if (Files.isDirectory(out)) {
            throw new UsageError("--out " + out + ": is a folder");
        }
        if (Files.exists(out) && !force) {
            throw new UsageError("--out " + out + ": the file exists; it may hold work not saved elsewhere, so it is "
                    + "left as it is (add --force to replace it, or choose another name)");
        }
    }

    private Region province(RegionCatalog catalog) throws UsageError {
        Region region = catalog.find(province.trim()).orElse(null);
        if (region == null || !region.isProvince()) {
            throw new UsageError("--province " + province + ": not a province code (expected two digits such as 17 "
                    + "for Bengkulu)");
        }
        return region;
    }

    /** The data's as-of date when filled from data, else SOURCE_DATE_EPOCH or now: a template is a new file. */
    private static ZonedDateTime created(Dataset data) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (data != null && !data.periods().isEmpty()) {
            return DocumentDate.of(data.periods().last(), epoch).moment();
        }
        return epoch != null && epoch.matches("\\d{1,12}")
                ? Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(DocumentDate.JAKARTA)
                : ZonedDateTime.now(DocumentDate.JAKARTA);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("cakupan template: " + message);
        return Main.EXIT_USAGE;
    }

    private static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
