package id.cakupan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import picocli.CommandLine.Option;

import id.cakupan.build.Build;

/** The options of a build's output that {@code build} and {@code serve} share: {@code --out}, {@code --templates}, {@code --period}. */
final class OutputOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output")
    Path outDir;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templatesDir;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = BuildCommand.PeriodConverter.class)
    YearMonth period;

    @Option(names = "--pribadi", paramLabel = "DIR")
    Path privateDir;

    /** What a build with these options, the data folder and the languages writes; {@code region} and {@code siteUrl} may be null. */
    Build.Options options(DataOptions data, LanguageOption language, String region, String siteUrl) {
        return new Build.Options(data.dataDir, outDir, templates(), period, language.locale(), region, language.others(),
                siteUrl, privateDir);
    }

    /** The templates folder: as given, else ./report-templates, else the one installed beside the program. */
    Path templates() {
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
}
