package id.cakupan.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.cakupan.check.DatasetChecker;
import id.cakupan.indicators.IndicatorCalculator;
import id.cakupan.indicators.Indicators;
import id.cakupan.load.DatasetLoader;
import id.cakupan.load.InvalidDataException;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.CheckedDataset;
import id.cakupan.model.DataWarning;
import id.cakupan.model.ProgramVersion;
import id.cakupan.model.RegisterReport;
import id.cakupan.model.RegisterSummary;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Progress;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.render.card.ShareCardRenderer;
import id.cakupan.render.csv.IndicatorTablesRenderer;
import id.cakupan.render.html.SiteRenderer;
import id.cakupan.render.pdf.PdfBriefingsRenderer;
import id.cakupan.render.pdf.SlideDecksRenderer;
import id.cakupan.render.xlsx.IndicatorWorkbookRenderer;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * The generator as a recipe: inspect the paths, lock the output folder and clean up after killed runs,
 * load, check, compute, render, publish.
 */
public final class Build {

    /**
     * @param period  the reporting month, or null for the latest month in the data
     * @param locale  the language of the messages and of the documents
     * @param others  more languages the documents are written in ({@code --lang id,en}), each under a
     *                folder of its code beside the first language's (see {@link Renderer#perLanguage})
     * @param siteUrl the address the site will be published at ({@code --site-url}, ending with a slash), or null
     * @param privateDir where the register's findings go ({@code --pribadi}), or null for
     *                   {@code <output>-pribadi} beside the output folder
     */
    public record Options(Path dataDir, Path outDir, Path templatesDir, YearMonth period, Locale locale,
                          String region, List<Locale> others, String siteUrl, Path privateDir) {

        public Options {
            others = List.copyOf(others);
        }

        public Options(Path dataDir, Path outDir, Path templatesDir, YearMonth period, Locale locale, String region,
                       List<Locale> others, String siteUrl) {
            this(dataDir, outDir, templatesDir, period, locale, region, others, siteUrl, null);
        }

        public Options(Path dataDir, Path outDir, Path templatesDir, YearMonth period, Locale locale, String region,
                       List<Locale> others) {
            this(dataDir, outDir, templatesDir, period, locale, region, others, null);
        }

        public Options(Path dataDir, Path outDir, Path templatesDir, YearMonth period, Locale locale, String region) {
            this(dataDir, outDir, templatesDir, period, locale, region, List.of());
        }

        public Options(Path dataDir, Path outDir, Path templatesDir, YearMonth period, Locale locale) {
            this(dataDir, outDir, templatesDir, period, locale, null);
        }

        /** The codes of the documents' languages, the first first: {@code id} or {@code id,en}. */
        String languages() {
            return Stream.concat(Stream.of(locale), others.stream()).map(Locale::getLanguage)
                    .collect(Collectors.joining(","));
        }
    }

    /**
     * @param warnings how many warnings the run printed: cells read with a correction and data-quality warnings
     */
    public record Outcome(Indicators indicators, List<Path> files, int warnings) {
    }

    private final List<Renderer> renderers;
    private final Progress progress;

    public Build(List<Renderer> renderers, Progress progress) {
        this.renderers = List.copyOf(renderers);
        this.progress = progress;
    }

    /** The outputs of a normal run. */
    public static List<Renderer> standardRenderers() {
        return List.of(new IndicatorTablesRenderer(), new IndicatorWorkbookRenderer(), new PdfBriefingsRenderer(),
                new SlideDecksRenderer(), new ShareCardRenderer(), new SiteRenderer());
    }

    /**
     * @throws OutputBusyException when another run is writing to the same output folder
     */
    public Outcome run(Options options) throws UsageException, InvalidDataException, IOException {
        OutputFolder out = new OutputFolder(options.outDir(), options.outDir().toString());
        out.inspect(options.dataDir(), options.templatesDir());
        // before anything is locked, read or built (the output folder's own problems told first): a
        // findings folder that cannot be written would otherwise fail the run after its output is published
        checkPrivateFolder(options);
        try (OutputLock lock = out.lock()) {
            // whatever this run then does or fails to do, an output a killed run swapped away is back first
            out.recover();
            out.inspect(options.dataDir(), options.templatesDir());
            return buildInto(out, options);
        }
    }

    private Outcome buildInto(OutputFolder out, Options options) throws UsageException, InvalidDataException, IOException {
        requireFolder("--data", options.dataDir());
        requireFolder("--templates", options.templatesDir());
        Path privateDir = checkPrivateFolder(options);
        Messages messages = Messages.load(options.templatesDir(), options.locale());

        // Every template is checked before any data is read, on a second core that then gets the
        // renderers ready while this one reads the data. This one waits for the verdict unless an
        // earlier run recorded the same templates as good: then only a change since can fail it.
        Preparation preparation = new Preparation(renderers, options, messages);
        if (!templatesChecked(options)) {
            long start = System.nanoTime();
            progress.note(Text.of("build.templates.checking"));
            preparation.awaitVerdict();
            progress.note(Text.of("build.templates.checked", seconds(start)));
        }
        YearMonth period;
        Indicators indicators;
        int warnings;
        RegisterReport register;
        boolean computed = false;
        try {
            StageTimes.Stage reading = StageTimes.start("load and check");
            CheckedDataset data = loadAndCheck(options.dataDir(), progress);
            warnings = data.warningCount();
            register = data.dataset().register();
            reading.end();
            period = choosePeriod(data.dataset().periods(), options.period());
            long start = System.nanoTime();
            progress.note(Text.of("build.computing"));
            StageTimes.Stage computing = StageTimes.start("compute");
            indicators = IndicatorCalculator.compute(data, period);
            computing.end();
            progress.note(Text.of("build.computed", Text.figure(indicators.regions().size()), period, seconds(start)));
            RegionOption.check(options.region(), indicators, period);
            computed = true;
        } finally {
            if (!computed) {
                preparation.cancel();
            }
        }
        preparation.await();
        OutputStamp stamp = new OutputStamp(options.region(), period, options.languages(),
                indicators.source().fingerprint(), ProgramVersion.version());
        boolean update = out.updates(stamp);

        Path staging = out.stage();
        Thread cleanup = new Thread(out::discard, "cakupan-discard-staging");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            RenderContext context = new RenderContext(indicators, staging, options.templatesDir(), messages,
                    new Formats(options.locale()), DocumentDate.of(period, System.getenv("SOURCE_DATE_EPOCH")), progress,
                    options.region()).withSiteUrl(options.siteUrl());
            List<Path> files = new ArrayList<>();
            List<Path> staged = new ArrayList<>();
            for (Renderer renderer : renderers) {
                long start = System.nanoTime();
                StageTimes.Stage rendering = StageTimes.start(renderer.name().key());
                List<Path> written = new ArrayList<>(renderer.render(context.after(staged)));
                if (renderer.perLanguage()) {
                    for (Locale other : options.others()) {
                        written.addAll(renderer.render(context.inLanguage(Messages.load(options.templatesDir(), other),
                                new Formats(other)).after(concat(staged, written, staging))));
                    }
                }
                rendering.end();
                progress.note(Text.of("build.rendered", renderer.name(), Text.figure(written.size()), seconds(start)));
                for (Path file : written) {
                    Path relative = staging.relativize(file);
                    staged.add(relative);
                    if (!update || !renderer.holdsAllRegions(relative)) {
                        files.add(options.outDir().resolve(relative));
                    }
                }
            }
            if (update) {
                // the full output's tables hold every region's rows; with the same data they are already right
                out.addExisting(file -> renderers.stream().anyMatch(r -> r.holdsAllRegions(file)));
            }
            out.publish(update ? stamp.withAllRegions() : stamp);
            if (register.isGiven()) {
                writeFindings(privateDir, register, options, context.documentDate().moment());
            }
            return new Outcome(indicators, files, warnings);
        } finally {
            out.discard();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    /**
     * The register's findings into the private folder beside the output, and one line on the console
     * that counts them and says where they are.
     */
    private void writeFindings(Path privateDir, RegisterReport register, Options options, ZonedDateTime created)
            throws IOException {
        RegisterSummary s = register.summary();
        boolean any = !register.findings().isEmpty();
        if (any) {
            List<Path> written = PrivateFindings.write(privateDir, register, Catalogue.of(options.locale()), created);
            progress.warning(Text.of("load.register.summary", Text.figure(s.rows()), Text.figure(s.workers()),
                    Text.figure(s.duplicateRows()), Text.figure(s.doubleFundedWorkers()), Text.figure(s.secondPremiumRp()),
                    Text.figure(s.otherRegionWorkers()), Text.figure(s.ageWarnings()), written.get(0)));
        } else {
            PrivateFindings.write(privateDir, register, Catalogue.of(options.locale()), created);
            progress.note(Text.of("load.register.summary.none", Text.figure(s.rows()), Text.figure(s.workers())));
        }
    }

    /** The files staged so far and those just written, relative to the staging folder. */
    private static List<Path> concat(List<Path> staged, List<Path> written, Path staging) {
        List<Path> all = new ArrayList<>(staged);
        written.forEach(file -> all.add(staging.relativize(file)));
        return all;
    }

    private boolean templatesChecked(Options options) {
        for (Renderer renderer : renderers) {
            if (!renderer.templatesChecked(options.templatesDir(), options.region())) {
                return false;
            }
        }
        return true;
    }

    /** Loads and checks a data folder; the part {@code validate} runs too. */
    public static CheckedDataset loadAndCheck(Path dataDir, Progress progress)
            throws UsageException, InvalidDataException, IOException {
        requireFolder("--data", dataDir);
        long start = System.nanoTime();
        var dataset = new DatasetLoader(dataDir, ReferenceRegions.catalog(), progress::note,
                name -> StageTimes.start(name)::end).load();
        progress.note(Text.of("build.loaded", dataset.inputFiles().size(), dataDir, seconds(start)));
        dataset.inputNotes().forEach(n -> progress.note(Text.of("build.inputNote", Text.of("word.note"), n)));
        dataset.inputWarnings().forEach(w -> progress.warning(w.text()));
        start = System.nanoTime();
        progress.note(Text.of("build.checking"));
        CheckedDataset checked = DatasetChecker.check(dataset);
        progress.note(Text.of("build.checked", Text.figure(checked.totals().size()), seconds(start)));
        DataWarning.summarize(checked.warnings()).forEach(progress::warning);
        return checked;
    }

    /**
     * The renderers' {@link Renderer#checkTemplates} and then their {@link Renderer#prepare}, on a thread
     * of its own. A template that fails its check is the verdict, for {@link #awaitVerdict} (before the
     * data is read) or {@link #await} (before rendering). A renderer reports its own failures to get
     * ready when it renders; what it cannot (an {@link Error}, such as a native library of the font
     * system that does not load) stops the build too, with its cause.
     */
    private static final class Preparation {
        private final Thread thread;
        private final CountDownLatch verdict = new CountDownLatch(1);
        private volatile IOException failure;

        Preparation(List<Renderer> renderers, Options options, Messages messages) {
            thread = new Thread(() -> {
                try {
                    for (Renderer renderer : renderers) {
                        if (!run(renderer, () -> renderer.checkTemplates(options.templatesDir(), options.region()))) {
                            return;
                        }
                    }
                } finally {
                    verdict.countDown();
                }
                for (Renderer renderer : renderers) {
                    if (Thread.currentThread().isInterrupted()
                            || !run(renderer, () -> renderer.prepare(options.templatesDir(), messages, options.region()))) {
                        return;
                    }
                }
            }, "cakupan-prepare");
            thread.setDaemon(true);
            thread.start();
        }

        private interface Step {
            void run() throws IOException;
        }

        /** Runs a renderer's step; false, with the failure kept, when it failed. */
        private boolean run(Renderer renderer, Step step) {
            try {
                step.run();
                return true;
            } catch (IOException e) {
                failure = e;
            } catch (Throwable e) {
                String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                        : e.getMessage();
                failure = new TextIOException(Text.of("build.prepare.failed", renderer.name(), why), e);
            }
            return false;
        }

        /** Waits until every template was checked; throws what failed. */
        void awaitVerdict() throws IOException {
            try {
                verdict.await();
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new TextIOException(Text.of("build.prepare.interrupted"), e);
            }
            if (failure != null) {
                throw failure;
            }
        }

        /** The run failed before it needed the renderers: they stop after the current one. */
        void cancel() {
            thread.interrupt();
        }

        void await() throws IOException {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TextIOException(Text.of("build.prepare.interrupted"), e);
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** " in 1.2 s": how long a stage took, for the progress notes. */
    private static Text.Seconds seconds(long start) {
        return Text.seconds(System.nanoTime() - start);
    }

    private static YearMonth choosePeriod(SortedSet<YearMonth> periods, YearMonth requested) throws UsageException {
        if (requested == null) {
            return periods.last();
        }
        if (!periods.contains(requested)) {
            throw new UsageException(Text.of("build.period.notInData", requested, periods.first(), periods.last()));
        }
        return requested;
    }

    /**
     * The private folder of the register's findings, when it can be one: not inside the output folder
     * (published), the data folder or the templates folder (which {@code serve} watches: it would
     * build again on its own findings, for ever); a folder, or not there yet below a folder that
     * exists; writable.
     */
    static Path checkPrivateFolder(Options options) throws UsageException {
        Path privateDir = PrivateFindings.folder(options.outDir(), options.privateDir());
        if (PrivateFindings.isInside(privateDir, options.outDir())) {
            throw new UsageException(Text.of("build.private.insideOutput", privateDir, options.outDir()));
        }
        if (PrivateFindings.isInside(privateDir, options.dataDir())) {
            throw new UsageException(Text.of("build.private.insideData", privateDir, options.dataDir()));
        }
        if (PrivateFindings.isInside(privateDir, options.templatesDir())) {
            throw new UsageException(Text.of("build.private.insideTemplates", privateDir, options.templatesDir()));
        }
        Path existing = privateDir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UsageException(Text.of("build.private.notAFolder", privateDir, existing));
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new UsageException(Text.of("build.private.notWritable", privateDir, existing));
        }
        return privateDir;
    }

    private static void requireFolder(String option, Path dir) throws UsageException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(Text.of("build.noFolder", option, dir));
        }
    }
}
