package id.cakupan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import id.cakupan.build.Build;
import id.cakupan.build.OutputBusyException;
import id.cakupan.build.UsageException;
import id.cakupan.load.InvalidDataException;
import id.cakupan.render.Progress;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/** {@code cakupan build}: load, check, compute and write every output. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output")
    Path outDir;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templatesDir;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class)
    YearMonth period;

    @Mixin
    LanguageOption language;

    @Option(names = "--region", paramLabel = "CODE")
    String region;

    @Option(names = "--site-url", paramLabel = "URL", converter = SiteUrlConverter.class)
    String siteUrl;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalogue words = language.catalogue();
        String command = "cakupan build: ";
        long start = System.nanoTime();
        try {
            var options = new Build.Options(data.dataDir, outDir, templates(), period, language.locale(), region,
                    language.others(), siteUrl);
            Progress progress = quiet ? Progress.quiet() : new ConsoleProgress(err, words, System.console() != null);
            var outcome = new Build(Build.standardRenderers(), progress).run(options);
            if (!quiet) {
                out.println(words.get("build.done", Text.figure(outcome.files().size()), outDir,
                        Text.seconds(System.nanoTime() - start), outcome.indicators().period(),
                        Text.figure(outcome.warnings())));
            }
            return 0;
        } catch (InvalidDataException e) {
            return ValidateCommand.reportErrors(err, words, e, "errors.nothingWritten");
        } catch (UsageException e) {
            err.println(command + words.word(e.text()));
            return Main.EXIT_USAGE;
        } catch (OutputBusyException e) {
            err.println(command + words.word(e.text()));
            return Main.EXIT_BUSY;
        } catch (IOException e) {
            err.println(command + words.get("word.error") + ": " + describe(e, words));
            return Main.EXIT_FAILURE;
        } catch (Exception e) {
            err.println(command + words.get("word.error") + ": " + Main.unexpected(e));
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
    static String describe(IOException e, Catalogue words) {
        if (e instanceof TextIOException known) {
            return words.word(known.text());
        }
        if (e instanceof FileSystemException fs && fs.getReason() == null) {
            String what = e instanceof NoSuchFileException ? words.get("io.noSuchFile")
                    : e instanceof AccessDeniedException ? words.get("io.accessDenied")
                    : e instanceof FileAlreadyExistsException ? words.get("io.exists")
                    : e instanceof DirectoryNotEmptyException ? words.get("io.notEmpty")
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

    /**
     * {@code --site-url}: an absolute http or https address without query or fragment, where the site
     * folder will be published; given back ending with a slash, so that a page's relative path follows it.
     */
    static final class SiteUrlConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                throw new CommandLine.TypeConversionException("cli.value.notASiteUrl");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || value.contains("?") || value.contains("#")) {
                throw new CommandLine.TypeConversionException("cli.value.notASiteUrl");
            }
            return value.endsWith("/") ? value : value + "/";
        }
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
                throw new CommandLine.TypeConversionException("cli.value.notAMonth");
            }
        }
    }
}
