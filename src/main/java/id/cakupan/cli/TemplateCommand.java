package id.cakupan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/** {@code cakupan template}: writes the Excel workbook officials fill in, empty or with their data. */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true)
    Path out;

    @Option(names = "--province", paramLabel = "CODE")
    String province;

    @Option(names = "--from", paramLabel = "DIR")
    Path from;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = BuildCommand.PeriodConverter.class)
    YearMonth period;

    @Option(names = "--force")
    boolean force;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalogue words = language.catalogue();
        try {
            checkTarget();
            RegionCatalog catalog = ReferenceRegions.catalog();
            Region chosen = province == null ? null : province(catalog);
            Dataset data = null;
            if (from != null) {
                if (!Files.isDirectory(from)) {
                    return usage(err, words, Text.of("template.from.noFolder", from));
                }
                data = new DatasetLoader(from, catalog).load();
            }
            YearMonth month = period != null ? period
                    : data != null && !data.periods().isEmpty() ? data.periods().last().plusMonths(1)
                    : YearMonth.now(DocumentDate.JAKARTA).minusMonths(1);
            DataTemplate template = TemplateRows.of(catalog, BuiltInCategories.categories(), data, chosen, month);
            template.write(out.toAbsolutePath(), created(data));
            stdout.println(words.get(chosen == null && data == null ? "template.done"
                    : chosen == null ? "template.done.from" : data == null ? "template.done.province"
                    : "template.done.provinceFrom", this.out, chosen == null ? "" : chosen.name(), month, from));
            return 0;
        } catch (UsageError e) {
            return usage(err, words, e.text);
        } catch (InvalidDataException e) {
            err.println("cakupan template: " + words.get("template.from.invalid", from));
            return ValidateCommand.reportErrors(err, words, e, "errors.nothingWritten");
        } catch (IOException e) {
            err.println("cakupan template: " + words.get("word.error") + ": " + BuildCommand.describe(e, words));
            return Main.EXIT_FAILURE;
        } catch (Exception e) {
            err.println("cakupan template: " + words.get("word.error") + ": " + Main.unexpected(e));
            return Main.EXIT_FAILURE;
        }
    }

    private void checkTarget() throws UsageError {
        Path name = out.getFileName();  // none for the root folder, which is no .xlsx file either
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageError(Text.of("template.out.notXlsx", out));
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageError(Text.of("template.out.noFolder", out, dir));
        }
        if (Files.isDirectory(out)) {
            throw new UsageError(Text.of("template.out.isFolder", out));
        }
        if (Files.exists(out) && !force) {
            throw new UsageError(Text.of("template.out.exists", out));
        }
    }

    private Region province(RegionCatalog catalog) throws UsageError {
        Region region = catalog.find(province.trim()).orElse(null);
        if (region == null || !region.isProvince()) {
            throw new UsageError(Text.of("template.province.unknown", province));
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

    private static int usage(PrintWriter err, Catalogue words, Text message) {
        err.println("cakupan template: " + words.word(message));
        return Main.EXIT_USAGE;
    }

    private static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Text text;

        UsageError(Text text) {
            super(text.key());
            this.text = text;
        }
    }
}
