package id.cakupan.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRPptxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimplePptxExporterConfiguration;

import id.cakupan.model.Region;
import id.cakupan.render.DocumentRegions;
import id.cakupan.render.Names;
import id.cakupan.render.OfficePackage;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.render.Workers;
import id.cakupan.render.view.RegionView;
import id.cakupan.render.view.RegionViews;
import id.cakupan.text.Text;

/**
 * Writes {@code OUT/slides/}: for the monev meeting, a 16:9 slide deck for every province (and for
 * the country, when the national summary is written), from one template in two forms: a PDF for the
 * projector and a PowerPoint file whose words and figures are text the officer can edit (the
 * charts are pictures there). The template is compiled once; decks are filled on as many threads as
 * the machine has cores.
 */
public final class SlideDecksRenderer implements Renderer {

    public static final String DECK = "slide-deck";
    public static final String DIR = "slides";

    /** The template {@link #checkTemplates} compiled, or null; taken by the next render. */
    private volatile ReportTemplates checked;

    @Override
    public Text name() {
        return Text.of("render.slides");
    }

    @Override
    public boolean perLanguage() {
        return true;
    }

    @Override
    public void checkTemplates(Path templatesDir, String region) throws IOException {
        checked = null;
        if (wanted(region)) {
            checked = ReportTemplates.compile(templatesDir, List.of(DECK));
        }
    }

    @Override
    public boolean templatesChecked(Path templatesDir, String region) {
        return !wanted(region) || ReportTemplates.allCached(templatesDir, List.of(DECK));
    }

    /** A regency's run (a code with a dot) writes no deck. */
    private static boolean wanted(String region) {
        return region == null || !region.contains(".");
    }

    @Override
    public List<Path> render(RenderContext context) throws IOException {
        var indicators = context.indicators();
        // as the briefings: a deck for each province, and one for the country when it has a summary
        List<Region> decks = DocumentRegions.summaries(indicators).stream().filter(context::includes).toList();
        ReportTemplates ready = checked;
        checked = null;
        if (decks.isEmpty()) {
            return List.of();
        }
        ReportTemplates templates = ReportTemplates.compile(context.templatesDir(), List.of(DECK), ready);
        RegionViews views = new RegionViews(indicators, context.messages(), context.formats(), context.documentDate());
        SlideDeck deck = new SlideDeck(context.messages());
        Path dir = context.folder(DIR);
        Files.createDirectories(dir);
        return Workers.each(decks, context.progress(), name(), Text.of("render.slides.interrupted"),
                region -> write(views.view(region), deck, templates, context, dir));
    }

    private static List<Path> write(RegionView view, SlideDeck deck, ReportTemplates templates, RenderContext context,
                                    Path dir) throws IOException {
        String stem = Names.fileStem(view.region());
        Path pdf = dir.resolve(stem + ".pdf");
        Path pptx = dir.resolve(stem + ".pptx");
        Map<String, Object> parameters = BriefingParameters.heading(view, context.messages());
        try {
            JasperPrint print = templates.fill(DECK, parameters,
                    StrictRows.of(SlideDeck.Slide.class, deck.slides(view)));
            String title = context.messages().get("slides.title") + " · " + view.fullName() + " · " + view.month();
            var bytes = new ByteArrayOutputStream(1 << 16);
            PdfBriefingsRenderer.exportPdf(print, title, view.office(), context, bytes);
            Files.write(pdf, ReproduciblePdf.normalize(
                    AccessiblePdf.complete(bytes.toByteArray(), context.messages().locale().getLanguage()),
                    context.documentDate().moment()));
            bytes.reset();
            SlidePictures.replaceCharts(print);
            exportPptx(print, title, view, bytes);
            Files.write(pptx, OfficePackage.dated(bytes.toByteArray(), context.documentDate().moment(),
                    SlideDecksRenderer::numberedShapes));
        } catch (JRException | RuntimeException e) {
            throw new IOException(pdf.getFileName() + ": " + e.getMessage(), e);
        }
        return List.of(pdf, pptx);
    }

    private static final Pattern SLIDE = Pattern.compile("ppt/slides/slide\\d+\\.xml");
    private static final Pattern SHAPE_ID = Pattern.compile("<p:cNvPr id=\"\\d+\"");

    /**
     * A slide's shapes numbered 1, 2, 3… in their order (1 is the slide's own tree): the exporter
     * numbers them with object hash codes, which differ from run to run.
     */
    static String numberedShapes(String name, String xml) {
        if (!SLIDE.matcher(name).matches()) {
            return xml;
        }
        var ids = SHAPE_ID.matcher(xml);
        var next = new int[] {0};
        return ids.replaceAll(found -> "<p:cNvPr id=\"" + ++next[0] + "\"");
    }

    private static void exportPptx(JasperPrint print, String title, RegionView view, OutputStream out)
            throws JRException {
        JRPptxExporter exporter = new JRPptxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePptxExporterConfiguration configuration = new SimplePptxExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(view.office());
        configuration.setMetadataApplication("Cakupan");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
