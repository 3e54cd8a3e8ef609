package id.cakupan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

import id.cakupan.build.Build;
import id.cakupan.build.OutputBusyException;
import id.cakupan.build.UsageException;
import id.cakupan.load.InvalidDataException;
import id.cakupan.render.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cakupan build}: load, check, compute and write every output. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks the data and writes the indicator tables and reports to the output folder. "
                + "The output folder is replaced only when the whole build succeeded.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder, replaced whole by each build (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder with the report templates (default: report-templates, here or beside the program).")
    Path templatesDir;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "Reporting month (default: the latest month in the data).")
    YearMonth period;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id", converter = LanguageConverter.class,
            description = "Language of the reports: id (Indonesian, default) or en (English).")
    Locale locale;

    @Option(names = "--region", paramLabel = "CODE",
            description = "Rebuild only this region's outputs (e.g. 17.04): its briefing and pages inside a full "
                    + "output of the same data, month and language, or with its table rows in a new folder. "
                    + "Figures are computed from all the data, as in a full build.")
    String region;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            var options = new Build.Options(data.dataDir, outDir, templates(), period, locale, region);
            Progress progress = quiet ? Progress.quiet() : new ConsoleProgress(err, System.console() != null);
            var outcome = new Build(Build.standardRenderers(), progress).run(options);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (!quiet) {
                out.printf(Locale.ROOT, "Wrote %d file(s) to %s in %.1f s (reporting month %s, %d warning(s)).%n",
                        outcome.files().size(), outDir, took.toMillis() / 1000.0, outcome.indicators().period(),
                        outcome.indicators().data().warningCount());
            }
            return 0;
        } catch (InvalidDataException e) {
            return ValidateCommand.reportErrors(err, e, "; nothing was written.");
        } catch (UsageException e) {
            err.println("cakupan build: " + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (OutputBusyException e) {
            err.println("cakupan build: " + e.getMessage());
            return Main.EXIT_BUSY;
        } catch (java.io.IOException e) {
            err.println("cakupan build: error: " + describe(e));
            return Main.EXIT_FAILURE;
        } catch (Exception e) {
            err.println("cakupan build: error: " + e);
            if (System.getenv("CAKUPAN_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return Main.EXIT_FAILURE;
        }
    }

    /**
     * What went wrong, in words: the file system's exceptions say only the path for the commonest
     * causes ({@code NoSuchFileException: out/pdf/17-bengkulu.pdf}).
     */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() == null) {
            String what = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : e instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
                    : e.getClass().getSimpleName();
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + what;
        }
        return e.getMessage();
    }

    /** The templates folder: as given, else ./report-templates, else the one installed beside the program. */
    private Path templates() {
        if (templatesDir != null) {
            return templatesDir;
        }
        Path local = Path.of("report-templates");
        String home = System.getenv("CAKUPAN_HOME");
        if (!Files.isDirectory(local) && home != null && Files.isDirectory(Path.of(home, "report-templates"))) {
            return Path.of(home, "report-templates");
        }
        return local;
    }

    static final class PeriodConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                if (!value.matches("\\d{4}-\\d{2}")) {
                    throw new DateTimeParseException("", value, 0);
                }
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a month (expected YYYY-MM, such as 2025-11)");
            }
        }
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return switch (value) {
                case "id" -> Locale.forLanguageTag("id-ID");
                case "en" -> Locale.forLanguageTag("en-GB");
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a language (expected id or en)");
            };
        }
    }
}
