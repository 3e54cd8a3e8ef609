package id.cakupan.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import id.cakupan.model.ProgramVersion;
import id.cakupan.text.Catalogue;

/**
 * {@code cakupan}: the command-line entry point. Every word it prints comes from the terminal
 * catalogue ({@link Catalogue}) in the language of {@code --lang}, else {@code CAKUPAN_LANG}, else
 * Indonesian; the help texts too (keys {@code cakupan.build.out} … in the catalogue).
 */
@Command(name = "cakupan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {BuildCommand.class, ValidateCommand.class, TemplateCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:", "1:", "2:", "65:", "75:"})
public final class Main implements Runnable {

    /** Exit status for invalid input data (sysexits' EX_DATAERR). */
    public static final int EXIT_INVALID_DATA = 65;
    public static final int EXIT_USAGE = 2;
    /** Exit status when another build holds the output folder (sysexits' EX_TEMPFAIL): worth trying again. */
    public static final int EXIT_BUSY = 75;
    public static final int EXIT_FAILURE = 1;

    /** The environment variable that sets the default of {@code --lang}. */
    public static final String LANGUAGE_VARIABLE = "CAKUPAN_LANG";

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    LanguageOption language;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "cli.missingCommand");
    }

    public static void main(String[] args) {
        pinDefaults();
        System.exit(run(System.getenv(), terminal(System.out), terminal(System.err), args));
    }

    /**
     * A writer to the terminal in the terminal's encoding: the one the JVM took from the environment
     * (LANG, LC_ALL), said here rather than left implied.
     */
    private static PrintWriter terminal(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
    }

    /**
     * The outputs must be the same bytes wherever they are built, so nothing may depend on the
     * machine's time zone or language. Cakupan passes its locale and zone explicitly everywhere; the
     * libraries do not: the PDF library writes its cross-reference table with the default locale's
     * digits (Arabic or Thai digits make every PDF unreadable) and stamps dates in the default zone.
     * The JVM defaults are therefore pinned to neutral values before anything else runs.
     */
    static void pinDefaults() {
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    /** Runs a command line with this process's environment. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.getenv(), out, err, args);
    }

    /**
     * Runs a command line with the given environment ({@code CAKUPAN_LANG}) and streams and returns the
     * exit status.
     */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        String fromEnv = env.get(LANGUAGE_VARIABLE);
        Locale envLocale = fromEnv == null || fromEnv.isBlank() ? LanguageOption.INDONESIAN : LanguageOption.parse(fromEnv);
        Locale locale = languageOf(args, envLocale == null ? LanguageOption.INDONESIAN : envLocale);
        Catalogue catalogue = Catalogue.of(locale);
        if (envLocale == null && !List.of(args).contains("-q") && !List.of(args).contains("--quiet")) {
            err.println("cakupan: " + catalogue.get("word.warning") + ": "
                    + catalogue.get("cli.env.unknownLanguage", LANGUAGE_VARIABLE, fromEnv));
        }
        // --lang given anywhere (before the command too) is the default of every command's --lang
        String defaultLanguage = locale == LanguageOption.ENGLISH ? "en" : "id";

        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setResourceBundle(catalogue.bundle());
        cli.setDefaultValueProvider(arg -> arg.isOption()
                && "--lang".equals(((CommandLine.Model.OptionSpec) arg).longestName()) ? defaultLanguage : null);
        cli.setParameterExceptionHandler(new UsageErrors(catalogue));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("cakupan: " + catalogue.get("word.error") + ": " + unexpected(e));
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }

    /**
     * What an unexpected failure says: its message, or its kind when it has none; the stack trace only
     * with {@code CAKUPAN_DEBUG} set (the class name means nothing to an officer).
     */
    static String unexpected(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * The language of {@code --lang X} or {@code --lang=X} on the command line (the first of
     * {@code --lang X,Y}), else the fallback.
     */
    static Locale languageOf(String[] args, Locale fallback) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < list.size() ? list.get(i + 1) : null;
            // of a build's languages (--lang id,en), the first is the messages'
            value = value == null ? null : value.split(",", -1)[0];
            if (value != null && LanguageOption.parse(value) != null) {
                return LanguageOption.parse(value);
            }
        }
        return fallback;
    }

    /** The version and the source revision the program was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            // "cakupan 0.1.0 (1a2b3c4d5e6f)": words that need no translation
            return new String[] {"cakupan " + ProgramVersion.version() + " (" + ProgramVersion.revision() + ")"};
        }
    }
}
