package id.cakupan.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.SimpleJasperReportSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.repo.SimpleRepositoryResourceContext;

import id.cakupan.render.CacheFolder;
import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * The compiled JRXML templates of {@code TEMPLATES/pdf/}, compiled once per run (or taken from a
 * cache keyed by the template's bytes and those of its style templates) and shared by every fill. A
 * template that is missing or does not compile, or whose style templates are missing or broken, stops
 * the run with its path and, where the engine's complaint can be placed, the line ({@link JrxmlErrors},
 * {@link StyleTemplates}).
 */
public final class ReportTemplates {

    public static final String DIR = "pdf";

    private final Path templatesDir;
    private final Map<String, JasperReport> reports;

    private ReportTemplates(Path templatesDir, Map<String, JasperReport> reports) {
        this.templatesDir = templatesDir;
        this.reports = reports;
    }

    /** Compiles the named templates, e.g. {@code province-briefing} for {@code pdf/province-briefing.jrxml}. */
    public static ReportTemplates compile(Path templatesDir, List<String> names) throws IOException {
        return compile(templatesDir, names, null);
    }

    /**
     * Compiles the named templates, taking those already in {@code ready} (compiled from the same
     * folder earlier in the run, or null) as they are.
     */
    static ReportTemplates compile(Path templatesDir, List<String> names, ReportTemplates ready) throws IOException {
        PdfFonts.install();  // before the engine first looks for fonts
        Map<String, JasperReport> reports = new LinkedHashMap<>();
        StyleTemplates styles = new StyleTemplates();
        for (String name : names) {
            if (ready != null && ready.templatesDir.equals(templatesDir) && ready.reports.containsKey(name)) {
                reports.put(name, ready.reports.get(name));
                continue;
            }
            Path file = templatesDir.resolve(DIR).resolve(name + ".jrxml");
            if (!Files.isRegularFile(file)) {
                throw new TextIOException(Text.of("render.pdf.templateNotFound", file));
            }
            reports.put(name, compile(file, styles));
        }
        return new ReportTemplates(templatesDir, Map.copyOf(reports));
    }

    /**
     * Whether every named template has a compiled copy in the cache, made from the same bytes by the
     * same JasperReports: a copy is written only when a template compiled, so these would compile
     * again. Reads the templates but loads nothing of them.
     */
    static boolean allCached(Path templatesDir, List<String> names) {
        try {
            for (String name : names) {
                Path file = templatesDir.resolve(DIR).resolve(name + ".jrxml");
                Path cached = Files.isRegularFile(file) ? cacheFile(file, Files.readAllBytes(file)) : null;
                if (cached == null || !Files.isRegularFile(cached)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Compiles a template, or takes it from the cache of compiled templates when the same bytes were
     * compiled before (the first compilation of a run costs about a second; one region on demand
     * should not wait for it). The cache is an optimisation only: any problem with it is ignored, and
     * a template that does not compile, or whose style templates fail their check, is never put in it.
     */
    private static JasperReport compile(Path file, StyleTemplates styles) throws IOException {
        byte[] source = Files.readAllBytes(file);
        Path cached = cacheFile(file, source);
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                return (JasperReport) JRLoader.loadObject(cached.toFile());
            } catch (JRException | RuntimeException e) {
                // unreadable or from another version: compiled again below
            }
        }
        String text = new String(source, StandardCharsets.UTF_8);
        JasperDesign design;
        try {
            design = JRXmlLoader.load(new ByteArrayInputStream(source));
        } catch (JRException | RuntimeException e) {
            throw JrxmlErrors.notLoaded(file, text, e);
        }
        JasperReport report;
        try {
            report = JasperCompileManager.compileReport(design);
        } catch (JRException | RuntimeException e) {
            throw JrxmlErrors.notCompiled(file, text, design, e);
        }
        styles.check(file, text, design);
        if (cached != null) {
            try {
                Path temporary = Files.createTempFile(cached.getParent(), "compiling-", ".tmp");
                JRSaver.saveObject(report, temporary.toFile());
                Files.move(temporary, cached, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (JRException | IOException | RuntimeException e) {
                // no cache this time
            }
        }
        return report;
    }

    /**
     * The file in the {@link id.cakupan.render.CacheFolder} for a template's bytes and those of the
     * style templates it includes; null when there is none.
     */
    private static Path cacheFile(Path file, byte[] source) {
        try {
            Path dir = CacheFolder.dir();
            if (dir == null) {
                return null;
            }
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(source);
            digest.update(StyleTemplates.sources(file, new String(source, StandardCharsets.UTF_8)));
            digest.update(String.valueOf(JasperReport.class.getPackage().getImplementationVersion())
                    .getBytes(StandardCharsets.UTF_8));
            return dir.resolve("template-" + HexFormat.of().formatHex(digest.digest()) + ".jasper");
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Fills a template. Relative locations in it, such as its {@code <template>"styles.jrtx"</template>},
     * are found in its folder, as in a report designer, and so are those of the tables it embeds
     * (they get no folder of their own: they are passed as compiled reports).
     */
    public JasperPrint fill(String name, Map<String, Object> parameters, JRDataSource data) throws JRException {
        Path dir = templatesDir.resolve(DIR).toAbsolutePath();
        SimpleRepositoryResourceContext folder = SimpleRepositoryResourceContext.of(dir.toString());
        folder.setSelfAsDerivedFallback(true);  // the embedded tables' relative locations start here too
        return JRFiller.fill(DefaultJasperReportsContext.getInstance(),
                SimpleJasperReportSource.from(get(name), dir.resolve(name + ".jrxml").toString(), folder), parameters, data);
    }

    public JasperReport get(String name) {
        JasperReport report = reports.get(name);
        if (report == null) {
            throw new IllegalArgumentException("template not compiled: " + name);
        }
        return report;
    }
}
