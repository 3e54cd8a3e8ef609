package id.cakupan.render.html;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import freemarker.template.Template;
import freemarker.template.TemplateException;

import id.cakupan.model.Region;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.render.Workers;
import id.cakupan.render.card.ShareCardRenderer;
import id.cakupan.render.chart.ChartFigures;
import id.cakupan.render.chart.TrendChart;
import id.cakupan.render.view.RegionViews;
import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * Writes {@code OUT/site/}: a static dashboard in Indonesian with its English twin under
 * {@code en/}, the assets it needs, and copies of the indicator tables and the PDF briefings, so
 * that the folder works on its own from any web server, file share or USB stick.
 */
public final class SiteRenderer implements Renderer {

    public static final String PAGE_TEMPLATE = "region.ftl";
    private static final int THREADS = Workers.count();
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("id-ID"), Locale.forLanguageTag("en-GB"));

    /** The templates {@link #checkTemplates} parsed, or null; taken by the next render. */
    private volatile HtmlTemplates checked;

    @Override
    public Text name() {
        return Text.of("render.site");
    }

    /** Parses the page template and every template it imports. */
    @Override
    public void checkTemplates(Path templatesDir, String region) throws IOException {
        checked = null;
        HtmlTemplates templates = new HtmlTemplates(templatesDir);
        templates.check(PAGE_TEMPLATE);
        checked = templates;
    }

    @Override
    public boolean templatesChecked(Path templatesDir, String region) {
        return HtmlTemplates.checkedBefore(templatesDir, PAGE_TEMPLATE);
    }

    /** For a full build, reads the map outlines and draws a chart once. */
    @Override
    public void prepare(Path templatesDir, Messages messages, String region) {
        if (region != null) {
            return;
        }
        try {
            ProvinceMap.outlines();
            var values = new TrendChart.Series("", Collections.nCopies(12, BigDecimal.TEN));
            SvgCharts.svg(TrendChart.create(Collections.nCopies(12, ""), values, null, null,
                    ChartFigures.of(new Formats(messages.locale()))), "prepare", 600, 320);
        } catch (RuntimeException e) {
            // only a rehearsal: render draws the same and reports what is wrong; an Error goes to the build
        }
    }

    /** Whether {@link #checkTemplates} left templates for the next render (for tests). */
    boolean isPrepared() {
        return checked != null;
    }

    /** The copies of the tables offered for download. */
    @Override
    public boolean holdsAllRegions(Path file) {
        return file.startsWith(Path.of("site", "data"));
    }

    @Override
    public List<Path> render(RenderContext context) throws IOException {
        HtmlTemplates ready = checked;
        checked = null;
        HtmlTemplates templates = ready;
        if (ready == null || !ready.dir().equals(context.templatesDir().resolve(HtmlTemplates.DIR))) {
            templates = new HtmlTemplates(context.templatesDir());
            templates.check(PAGE_TEMPLATE);
        }
        Template page = templates.get(PAGE_TEMPLATE);
        Path site = context.outDir().resolve("site");
        List<Path> files = new ArrayList<>();
        files.addAll(copyTree(context.templatesDir().resolve(HtmlTemplates.DIR).resolve("assets"), site.resolve("assets")));
        List<Path> offered = offered(context.written());
        for (Path file : offered) {
            files.add(copy(context.outDir().resolve(file), site.resolve(file)));
        }
        Set<Path> links = Set.copyOf(offered);

        SitePlan plan = new SitePlan(context.indicators());
        var catalog = context.indicators().catalog();
        List<Region> regions = plan.pages().stream().map(catalog::get).filter(context::includes).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Locale locale : LANGUAGES) {
                Messages messages = Messages.load(context.templatesDir(), locale);
                RegionViews views = new RegionViews(context.indicators(), messages, new Formats(locale, true),
                        context.documentDate());
                PageModel model = new PageModel(context.indicators(), views, plan, links,
                        context.messages().locale().getLanguage(), context.siteUrl());
                Path dir = "en".equals(locale.getLanguage()) ? site.resolve("en") : site;
                Files.createDirectories(dir);
                Text task = Text.of("render.site.language", name(), locale.getLanguage());
                AtomicInteger done = new AtomicInteger();
                List<Future<Path>> pages = new ArrayList<>();
                for (Region region : regions) {
                    pages.add(pool.submit(() -> {
                        Path file = dir.resolve(plan.file(region));
                        write(page, model.build(region), file);
                        context.progress().step(task, done.incrementAndGet(), regions.size());
                        return file;
                    }));
                }
                for (Future<Path> result : pages) {
                    files.add(result.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TextIOException(Text.of("render.site.interrupted"), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return files;
    }

    private static void write(Template template, Object model, Path file) throws IOException {
        Utf8Page page = new Utf8Page(1 << 18);
        try {
            template.process(model, page);
        } catch (TemplateException e) {
            throw new IOException(template.getSourceName() + ": " + e.getMessageWithoutStackTop(), e);
        }
        page.writeTo(file);
    }

    /**
     * What the site offers for download of the files the other outputs wrote (relative to the output
     * folder): the tables ({@code data/*.csv}, {@code data/*.xlsx}), the briefings ({@code pdf/*.pdf})
     * and the slide decks ({@code slides/*.pdf}, {@code slides/*.pptx}), and the documents of a second
     * language below them ({@code pdf/en/*.pdf}); and the cards to share ({@code kartu/**.png}, the wide
     * ones its pages' link previews).
     */
    static List<Path> offered(List<Path> written) {
        return written.stream().filter(SiteRenderer::offers).sorted().toList();
    }

    private static boolean offers(Path file) {
        String folder = file.getName(0).toString();
        String name = file.getFileName().toString();
        if (folder.equals(ShareCardRenderer.FOLDER)) {
            return name.endsWith(".png");
        }
        boolean document = folder.equals("pdf") && name.endsWith(".pdf")
                || folder.equals("slides") && (name.endsWith(".pdf") || name.endsWith(".pptx"));
        if (file.getNameCount() == 2) {
            return document || folder.equals("data") && (name.endsWith(".csv") || name.endsWith(".xlsx"));
        }
        return file.getNameCount() == 3 && document
                && LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(file.getName(1).toString()));
    }

    private static Path copy(Path file, Path target) throws IOException {
        Path folder = target.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try {
            // both are in the staging folder: a second name for the same bytes costs nothing
            Files.createLink(target, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static List<Path> copyTree(Path from, Path to) throws IOException {
        List<Path> copied = new ArrayList<>();
        if (!Files.isDirectory(from)) {
            throw new TextIOException(Text.of("render.site.assetsNotFound", from));
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    copied.add(target);
                }
            }
        }
        return copied;
    }
}
