package id.cakupan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
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

    @Mixin
    OutputOptions output;

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
        long start = System.nanoTime();
        Progress progress = quiet ? Progress.quiet() : new ConsoleProgress(err, words, System.console() != null);
        Attempt attempt = attempt("cakupan build", output.options(data, language, region, siteUrl), progress, words, err);
        if (attempt.outcome() == null) {
            attempt.problems().forEach(err::println);
        } else if (!quiet) {
            out.println(done(words, attempt.outcome(), output.outDir, start));
        }
        return attempt.status();
    }

    /** The summary line of a build that succeeded. */
    static String done(Catalogue words, Build.Outcome outcome, Path outDir, long start) {
        return words.get("build.done", Text.figure(outcome.files().size()), outDir, Text.seconds(System.nanoTime() - start),
                outcome.indicators().period(), Text.figure(outcome.warnings()));
    }

    /**
     * A build's result as the command line reports it: its exit status, and either its outcome or the lines
     * that say why it failed (every data error with its file and line, then how many).
     */
    record Attempt(int status, Build.Outcome outcome, List<String> problems) {
        Attempt {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Runs a build with the standard outputs and words its failure; {@code command} ({@code cakupan build})
     * starts the line of a failure that is not about the data. With {@code CAKUPAN_DEBUG} set, the stack
     * trace of an unexpected failure goes to {@code err}.
     */
    static Attempt attempt(String command, Build.Options options, Progress progress, Catalogue words, PrintWriter err) {
        String prefix = command + ": ";
        try {
            return new Attempt(0, new Build(Build.standardRenderers(), progress).run(options), List.of());
        } catch (InvalidDataException e) {
            return new Attempt(Main.EXIT_INVALID_DATA, null, ValidateCommand.errorLines(words, e, "errors.nothingWritten"));
        } catch (UsageException e) {
            return new Attempt(Main.EXIT_USAGE, null, List.of(prefix + words.word(e.text())));
        } catch (OutputBusyException e) {
            return new Attempt(Main.EXIT_BUSY, null, List.of(prefix + words.word(e.text())));
        } catch (IOException e) {
            return new Attempt(Main.EXIT_FAILURE, null, List.of(prefix + words.get("word.error") + ": " + describe(e, words)));
        } catch (Exception e) {
            if (System.getenv("CAKUPAN_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return new Attempt(Main.EXIT_FAILURE, null, List.of(prefix + words.get("word.error") + ": " + Main.unexpected(e)));
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
