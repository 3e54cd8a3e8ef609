package id.cakupan.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cakupan}: the command-line entry point. */
@Command(name = "cakupan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns employment social-security coverage data (CSV files or Excel workbooks) into "
                + "indicator tables, PDF briefings and a static dashboard.",
        subcommands = {BuildCommand.class, ValidateCommand.class, TemplateCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:success (warnings are printed but do not fail)",
            " 1:anything else went wrong",
            " 2:wrong usage",
            "65:invalid data (all errors on standard error, nothing written)",
            "75:another build is writing to the same output folder (try again when it has finished)"})
public final class Main implements Runnable {

    /** Exit status for invalid input data (sysexits' EX_DATAERR). */
    public static final int EXIT_INVALID_DATA = 65;
    public static final int EXIT_USAGE = 2;
    /** Exit status when another build holds the output folder (sysexits' EX_TEMPFAIL): worth trying again. */
    public static final int EXIT_BUSY = 75;
    public static final int EXIT_FAILURE = 1;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: build, validate or template");
    }

    public static void main(String[] args) {
        pinDefaults();
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * The outputs must be the same bytes wherever they are built, so nothing may depend on the
     * machine's time zone or language. Cakupan passes its locale and zone explicitly everywhere; the
     * libraries do not: the PDF library writes its cross-reference table with the default locale's
     * digits (Arabic or Thai digits make every PDF unreadable) and stamps dates in the default zone.
     * The JVM defaults are therefore pinned to neutral values before anything else runs.
     */
    static void pinDefaults() {
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
    }

    /** Runs a command line with the given streams and returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("cakupan: error: " + e);
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cakupan " + (version == null ? "development" : version)};
        }
    }
}
