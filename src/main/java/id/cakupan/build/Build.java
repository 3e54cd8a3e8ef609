package id.cakupan.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import id.cakupan.check.DatasetChecker;
import id.cakupan.indicators.IndicatorCalculator;
import id.cakupan.indicators.Indicators;
import id.cakupan.load.DatasetLoader;
import id.cakupan.load.InvalidDataException;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.CheckedDataset;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Progress;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.render.csv.IndicatorTablesRenderer;
import id.cakupan.render.html.SiteRenderer;
import id.cakupan.render.pdf.PdfBriefingsRenderer;

/** The generator as a recipe: inspect the paths, load, check, compute, render, publish. */
public final class Build {

    /**
     * @param period the reporting month, or null for the latest month in the data
     */
    public record Options(Path dataDir, Path outDir, Path templatesDir, YearMonth period, Locale locale,
                          String region) {

        public Options(Path dataDir, Path outDir, Path templatesDir, YearMonth period, Locale locale) {
            this(dataDir, outDir, templatesDir, period, locale, null);
        }
    }

    public record Outcome(Indicators indicators, List<Path> files) {
    }

    private final List<Renderer> renderers;
    private final Progress progress;

    public Build(List<Renderer> renderers, Progress progress) {
        this.renderers = List.copyOf(renderers);
        this.progress = progress;
    }

    /** The outputs of a normal run. */
    public static List<Renderer> standardRenderers() {
        return List.of(new IndicatorTablesRenderer(), new PdfBriefingsRenderer(), new SiteRenderer());
    }

    public Outcome run(Options options) throws UsageException, InvalidDataException, IOException {
        OutputFolder out = new OutputFolder(options.outDir());
        requireFolder("--data", options.dataDir());
        requireFolder("--templates", options.templatesDir());
        out.inspect(options.outDir().toString(), options.dataDir(), options.templatesDir());
        Messages messages = Messages.load(options.templatesDir(), options.locale());

        // the renderers get ready on the second core while this one reads the data
        Thread preparing = new Thread(() -> renderers.forEach(
                renderer -> renderer.prepare(options.templatesDir(), messages, options.region())), "cakupan-prepare");
        preparing.setDaemon(true);
        preparing.start();
        CheckedDataset data = loadAndCheck(options.dataDir(), progress);
        YearMonth period = choosePeriod(data.dataset().periods(), options.period());
        Indicators indicators = IndicatorCalculator.compute(data, period);
        progress.note("Computed " + indicators.regions().size() + " region-month indicators; reporting month "
                + period);
        if (options.region() != null && indicators.get(options.region(), period).isEmpty()) {
            throw new UsageException("--region " + options.region() + ": the data has no figures for that region in "
                    + period);
        }

        awaitPreparation(preparing);
        Path staging = out.stage();
        Thread cleanup = new Thread(out::discard, "cakupan-discard-staging");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            RenderContext context = new RenderContext(indicators, staging, options.templatesDir(), messages,
                    new Formats(options.locale()), DocumentDate.of(period, System.getenv("SOURCE_DATE_EPOCH")), progress,
                    options.region());
            List<Path> files = new ArrayList<>();
            for (Renderer renderer : renderers) {
                long start = System.nanoTime();
                List<Path> written = renderer.render(context);
                progress.note(String.format(Locale.ROOT, "Rendered %s: %d file(s) in %.1f s", renderer.name(),
                        written.size(), (System.nanoTime() - start) / 1e9));
                written.forEach(f -> files.add(options.outDir().resolve(staging.relativize(f))));
            }
            out.publish();
            return new Outcome(indicators, files);
        } finally {
            out.discard();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    /** Loads and checks a data folder; the part {@code validate} runs too. */
    public static CheckedDataset loadAndCheck(Path dataDir, Progress progress)
            throws UsageException, InvalidDataException, IOException {
        requireFolder("--data", dataDir);
        var dataset = new DatasetLoader(dataDir, ReferenceRegions.catalog()).load();
        progress.note("Loaded " + dataset.inputFiles().size() + " file(s) from " + dataDir);
        CheckedDataset checked = DatasetChecker.check(dataset);
        checked.warnings().forEach(w -> progress.warning(w.describe()));
        return checked;
    }

    private static void awaitPreparation(Thread preparing) throws IOException {
        try {
            preparing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing the renderers", e);
        }
    }

    private static YearMonth choosePeriod(SortedSet<YearMonth> periods, YearMonth requested) throws UsageException {
        if (requested == null) {
            return periods.last();
        }
        if (!periods.contains(requested)) {
            throw new UsageException("--period " + requested + ": the data has no figures for that month (it covers "
                    + periods.first() + " to " + periods.last() + ")");
        }
        return requested;
    }

    private static void requireFolder(String option, Path dir) throws UsageException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(option + " " + dir + ": no such folder");
        }
    }
}
