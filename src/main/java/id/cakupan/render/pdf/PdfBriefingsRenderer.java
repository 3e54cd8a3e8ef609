package id.cakupan.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

import id.cakupan.indicators.Indicators;
import id.cakupan.model.Region;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.DocumentRegions;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.render.Workers;
import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * Writes {@code OUT/pdf/}: a briefing for every province in the data, a one-pager for every
 * regency/city, and a national summary when the data hold more than one province or only
 * national rows. The national summary is the briefing's template filled for the country: the
 * parameters say what differs (the ranking's title, its provinces). Templates are compiled once;
 * reports are filled on as many threads as the machine has cores.
 */
public final class PdfBriefingsRenderer implements Renderer {

    public static final String BRIEFING = "province-briefing";
    public static final String ONE_PAGER = "regency-onepager";
    /** The tables a briefing embeds. */
    static final List<String> TABLES = List.of("table-ranking", "table-vulnerable", "table-budget", "table-regulation",
            "table-sharing", "table-effort");
    /** An optional logo for the letterhead, beside the templates. */
    public static final String LOGO = "assets/logo.png";

    /** A report to write: which region, which template, where. */
    private record Job(Region region, String template, Path file) {
    }

    /** The templates {@link #checkTemplates} compiled, or null; taken by the next render. */
    private volatile ReportTemplates checked;

    @Override
    public Text name() {
        return Text.of("render.pdf");
    }

    @Override
    public boolean perLanguage() {
        return true;
    }

    @Override
    public List<Path> render(RenderContext context) throws IOException {
        List<Job> jobs = jobs(context.indicators(), context.folder("pdf")).stream()
                .filter(job -> context.includes(job.region())).toList();
        ReportTemplates ready = checked;
        checked = null;
        ReportTemplates templates = ReportTemplates.compile(context.templatesDir(), templatesFor(jobs), ready);
        BriefingParameters parameters = new BriefingParameters(context, logo(context.templatesDir()));
        Files.createDirectories(context.folder("pdf"));
        return Workers.each(jobs, context.progress(), name(), Text.of("render.pdf.interrupted"),
                job -> List.of(write(job, templates, parameters, context)));
    }

    /** Compiles (or loads from the cache) every template a run for the region may use. */
    @Override
    public void checkTemplates(Path templatesDir, String region) throws IOException {
        checked = null;
        checked = ReportTemplates.compile(templatesDir, templatesForRegion(region));
    }

    @Override
    public boolean templatesChecked(Path templatesDir, String region) {
        return ReportTemplates.allCached(templatesDir, templatesForRegion(region));
    }

    /**
     * For a full build, fills and exports each main template once with no figures, to nowhere: the
     * engine's first report pays for loading classes and fonts, about a second that is better spent
     * while the data is read. One region's single report gains nothing from a rehearsal: it pays the
     * same either way.
     */
    @Override
    public void prepare(Path templatesDir, Messages messages, String region) {
        ReportTemplates templates = checked;
        if (templates == null || region != null) {
            return;
        }
        try {
            rehearse(templates, ONE_PAGER, messages);
            rehearse(templates, BRIEFING, messages);
        } catch (JRException | RuntimeException e) {
            // only a rehearsal: render fills the same templates and reports what is wrong; an Error goes to the build
        }
    }

    /** The templates a run may use: region codes are fixed, "17.04" is a regency or city, "17" a province, "00" the country. */
    private static List<String> templatesForRegion(String region) {
        List<String> names = new ArrayList<>();
        if (region == null || !region.contains(".")) {
            names.add(BRIEFING);
            names.addAll(TABLES);
        }
        if (region == null || region.contains(".")) {
            names.add(ONE_PAGER);
        }
        return names;
    }

    /** Whether {@link #checkTemplates} left templates for the next render (for tests). */
    boolean isPrepared() {
        return checked != null;
    }

    /** Fills a template with no figures and exports it to nowhere. */
    private static void rehearse(ReportTemplates templates, String name, Messages messages)
            throws JRException {
        Map<String, Object> none = new HashMap<>();
        none.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.asResourceBundle());
        JasperPrint print = templates.fill(name, none, new JREmptyDataSource(1));
        JRPdfExporter exporter = new DatedPdfExporter(DocumentDate.of(YearMonth.of(2000, 1),
                null).moment());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(OutputStream.nullOutputStream()));
        exporter.exportReport();
    }

    /** Only the templates the jobs use are compiled: one region's one-pager needs one template. */
    private static List<String> templatesFor(List<Job> jobs) {
        Set<String> names = new LinkedHashSet<>();
        for (Job job : jobs) {
            names.add(job.template());
            if (!job.template().equals(ONE_PAGER)) {
                names.addAll(TABLES);
            }
        }
        return List.copyOf(names);
    }

    private static List<Job> jobs(Indicators indicators, Path dir) {
        List<Job> jobs = new ArrayList<>();
        for (Region region : DocumentRegions.of(indicators)) {
            jobs.add(new Job(region, region.isRegency() ? ONE_PAGER : BRIEFING,
                    dir.resolve(Names.fileStem(region) + ".pdf")));
        }
        return jobs;
    }

    private static Path write(Job job, ReportTemplates templates, BriefingParameters parameters, RenderContext context)
            throws IOException {
        Map<String, Object> values = job.template().equals(ONE_PAGER)
                ? parameters.onePager(job.region()) : parameters.briefing(job.region(), templates);
        try {
            JasperPrint print = templates.fill(job.template(), values, new JREmptyDataSource(1));
            if (job.template().equals(ONE_PAGER) && print.getPages().size() > 1) {
                // long names and findings: the findings that the page's own sections repeat give way
                values = parameters.onePager(job.region(), true);
                print = templates.fill(job.template(), values, new JREmptyDataSource(1));
            }
            // exported to memory, made reproducible there and written once
            var pdf = new ByteArrayOutputStream(1 << 16);
            export(print, job, values, context, pdf);
            Files.write(job.file(), ReproduciblePdf.normalize(
                    AccessiblePdf.complete(pdf.toByteArray(), context.messages().locale().getLanguage()),
                    context.documentDate().moment()));
        } catch (JRException | RuntimeException e) {
            StrictRows.FieldException field = fieldException(e);
            if (field != null) {
                throw new TextIOException(Text.of("render.pdf.fillFailed", job.file().getFileName(), field.text()), e);
            }
            throw new IOException(job.file().getFileName() + ": " + e.getMessage(), e);
        }
        return job.file();
    }

    /** A template's field that its rows cannot give, wherever the engine wrapped it; null when none. */
    private static StrictRows.FieldException fieldException(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StrictRows.FieldException field) {
                return field;
            }
        }
        return null;
    }

    private static void export(JasperPrint print, Job job, Map<String, Object> values, RenderContext context,
                               OutputStream out) throws JRException {
        String title = context.messages().get(job.template().equals(ONE_PAGER) ? "briefing.onepager.title"
                : "briefing.title");
        exportPdf(print, title + " · " + values.get("REGION") + " · " + values.get("PERIOD"),
                String.valueOf(values.get("OFFICE")), context, out);
    }

    /** Exports a filled document as a tagged PDF in the context's language, with its title and author. */
    static void exportPdf(JasperPrint print, String title, String author, RenderContext context, OutputStream out)
            throws JRException {
        var messages = context.messages();
        JRPdfExporter exporter = new DatedPdfExporter(context.documentDate().moment());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(author);
        configuration.setMetadataSubject(messages.get("briefing.subtitle"));
        configuration.setMetadataCreator("Cakupan");
        configuration.setDisplayMetadataTitle(true);
        configuration.setTagged(true);
        configuration.setTagLanguage(messages.locale().getLanguage());
        exporter.setConfiguration(configuration);
        var report = new SimplePdfReportConfiguration();
        // chart text as text in the embedded font: much faster than glyph outlines, and searchable
        report.setForceSvgShapes(false);
        exporter.setConfiguration(report);
        exporter.exportReport();
    }

    private static Object logo(Path templatesDir) throws IOException {
        Path file = templatesDir.resolve(LOGO);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        var image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new TextIOException(Text.of("render.pdf.notPng", file));
        }
        return image;
    }
}
