package id.cakupan.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The compiled JRXML templates of {@code TEMPLATES/pdf/}, compiled once per run and shared by
 * every fill. A template that is missing or does not compile stops the run with its path.
 */
public final class ReportTemplates {

    public static final String DIR = "pdf";

    private final Map<String, JasperReport> reports;

    private ReportTemplates(Map<String, JasperReport> reports) {
        this.reports = reports;
    }

    /** Compiles the named templates, e.g. {@code province-briefing} for {@code pdf/province-briefing.jrxml}. */
    public static ReportTemplates compile(Path templatesDir, List<String> names) throws IOException {
        Map<String, JasperReport> reports = new LinkedHashMap<>();
        for (String name : names) {
            Path file = templatesDir.resolve(DIR).resolve(name + ".jrxml");
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": report template not found");
            }
            try {
                reports.put(name, JasperCompileManager.compileReport(file.toString()));
            } catch (JRException | RuntimeException e) {
                throw new IOException(file + ": the report template does not compile: " + rootMessage(e), e);
            }
        }
        return new ReportTemplates(Map.copyOf(reports));
    }

    public JasperReport get(String name) {
        JasperReport report = reports.get(name);
        if (report == null) {
            throw new IllegalArgumentException("template not compiled: " + name);
        }
        return report;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return cause == e || cause.getMessage() == null ? message : message + " (" + cause.getMessage() + ")";
    }
}
