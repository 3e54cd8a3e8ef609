package id.cakupan.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.SimpleJasperReportSource;
import net.sf.jasperreports.repo.SimpleRepositoryResourceContext;

/**
 * The raw floor of the benchmark: JasperReports alone compiling the project's templates once and
 * filling and exporting the same number of reports on as many threads as the build renders on, each
 * taking the next report, with fixed texts, ten-row tables and no charts, and none of the project's
 * code. Usage: {@code RawFloor TEMPLATES OUT BRIEFINGS ONE_PAGERS THREADS}.
 */
public final class RawFloor {

    private RawFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path templates = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int briefings = Integer.parseInt(args[2]);
        int onePagers = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        Map<String, JasperReport> reports = new HashMap<>();
        for (String name : List.of("province-briefing", "regency-onepager", "table-ranking", "table-vulnerable",
                "table-budget", "table-regulation")) {
            reports.put(name, JasperCompileManager.compileReport(templates.resolve("pdf/" + name + ".jrxml").toString()));
        }
        ResourceBundle bundle;
        try (Reader reader = Files.newBufferedReader(templates.resolve("i18n/messages.properties"), StandardCharsets.UTF_8)) {
            bundle = new PropertyResourceBundle(reader);
        }
        // the templates' folder is where their style template (styles.jrtx) is found, the tables' too
        var folder = SimpleRepositoryResourceContext.of(
                templates.resolve("pdf").toAbsolutePath().toString());
        folder.setSelfAsDerivedFallback(true);
        int threads = Integer.parseInt(args[4]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < briefings + onePagers; i++) {
                int report = i;
                done.add(pool.submit(() -> {
                    Map<String, Object> parameters = parameters(bundle, reports);
                    String name = report < briefings ? "province-briefing" : "regency-onepager";
                    JasperPrint print = JRFiller.fill(
                            DefaultJasperReportsContext.getInstance(),
                            SimpleJasperReportSource.from(reports.get(name),
                                    templates.resolve("pdf/" + name + ".jrxml").toString(), folder),
                            parameters, new JREmptyDataSource(1));
                    JasperExportManager.exportReportToPdfFile(print, out.resolve(report + ".pdf").toString());
                    return null;
                }));
            }
            for (Future<?> report : done) {
                report.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> parameters(ResourceBundle bundle, Map<String, JasperReport> reports) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundle);
        for (String name : List.of("OFFICE", "OFFICE_SUBTITLE", "REGION", "PERIOD", "DATE_LINE", "RUNNING_HEAD", "FOOTER",
                "RANKING_TITLE", "VULNERABLE_SUMMARY", "NOTES", "BUDGET_LINE", "REGULATION_STATUS")) {
            p.put(name, "Teks contoh " + name + " untuk pengukuran dasar");
        }
        List<Map<String, ?>> cards = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            cards.add(Map.of("label", "Label " + c, "value", "123.456", "note", "dari 708.000 potensi peserta"));
        }
        p.put("CARDS", new JRMapCollectionDataSource(cards));
        p.put("FINDINGS", new JRMapCollectionDataSource(List.of(
                Map.of("text", "Temuan pertama yang cukup panjang untuk dua baris teks.", "list", "start"),
                Map.of("text", "Temuan kedua."), Map.of("text", "Temuan ketiga.", "list", "end"))));
        p.put("RANKING_ROWS", rows("rank", "region", "potential", "active", "coverage", "gap", "needed", "change"));
        p.put("VULNERABLE_ROWS", rows("category", "group", "funder", "workers", "cost"));
        p.put("BUDGET_ROWS", rows("payer", "year", "need", "allocated", "spent", "funded", "workerYears"));
        p.put("REGULATION_ROWS", rows("region", "type", "status", "date", "title"));
        p.put("TABLE_RANKING", reports.get("table-ranking"));
        p.put("TABLE_VULNERABLE", reports.get("table-vulnerable"));
        p.put("TABLE_BUDGET", reports.get("table-budget"));
        p.put("TABLE_REGULATION", reports.get("table-regulation"));
        return p;
    }

    private static JRMapCollectionDataSource rows(String... columns) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : columns) {
                row.put(column, column + " " + r);
            }
            rows.add(row);
        }
        return new JRMapCollectionDataSource(rows);
    }
}
