package id.cakupan.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.cakupan.Fixtures;
import id.cakupan.load.InvalidDataException;
import id.cakupan.render.Progress;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.text.Text;

/**
 * The whole build (inspect, lock, clean up, load, check, compute, stage, publish) with one renderer
 * that writes a few small files instead of the PDFs and pages, so that a test can run and kill it
 * many times in seconds: {@code java id.cakupan.build.TinyBuild DATA OUT PERIOD [REGION]}, exit
 * status as the command line's.
 */
public final class TinyBuild {

    private TinyBuild() {
    }

    /** Writes a table for every region and a page per region; the table holds all regions' rows. */
    static final class FewFiles implements Renderer {
        @Override
        public Text name() {
            return Text.of("render.tables");
        }

        @Override
        public List<Path> render(RenderContext context) throws IOException {
            List<Path> files = new ArrayList<>();
            StringBuilder table = new StringBuilder("kode_wilayah,periode\n");
            for (var region : context.indicators().regions()) {
                String code = region.region().code();
                if (!context.includes(region.region()) || !region.period().equals(context.indicators().period())) {
                    continue;
                }
                table.append(code).append(',').append(region.period()).append('\n');
                for (String page : List.of("site/" + code + ".html", "site/en/" + code + ".html", "pdf/" + code + ".pdf")) {
                    Path file = context.outDir().resolve(page);
                    Files.createDirectories(file.getParent());
                    files.add(Files.writeString(file, code + " " + context.indicators().period()));
                }
            }
            Path data = Files.createDirectories(context.outDir().resolve("data"));
            files.add(Files.writeString(data.resolve("indikator.csv"), table));
            return files;
        }

        @Override
        public boolean holdsAllRegions(Path file) {
            return file.startsWith("data");
        }
    }

    /** Builds in this process. */
    static Build.Outcome run(Path data, Path out, String period, String region)
            throws UsageException, InvalidDataException, IOException {
        return new Build(List.of(new FewFiles()), Progress.quiet()).run(new Build.Options(data, out,
                Fixtures.projectDir().resolve("report-templates"), YearMonth.parse(period), Locale.forLanguageTag("id-ID"),
                region));
    }

    public static void main(String[] args) {
        int status;
        try {
            run(Path.of(args[0]), Path.of(args[1]), args[2], args.length > 3 ? args[3] : null);
            status = 0;
        } catch (InvalidDataException e) {
            status = 65;
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            status = 2;
        } catch (OutputBusyException e) {
            System.err.println(e.getMessage());
            status = 75;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** The command that runs it as a process of its own, for {@link ProcessBuilder}. */
    static List<String> command(String... args) {
        Path project = Fixtures.projectDir();
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                project.resolve("target/classes") + File.pathSeparator + project.resolve("target/test-classes")
                        + File.pathSeparator + project.resolve("target/lib") + "/*",
                "-Dcakupan.projectDir=" + project, TinyBuild.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
