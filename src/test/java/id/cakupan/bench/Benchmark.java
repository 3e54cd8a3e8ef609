package id.cakupan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures the national build and prints the figures: wall time, CPU time and peak resident memory
 * of the build process, PDFs and pages per second, the same for a raw JasperReports floor over the
 * same templates and number of reports, their ratio, and how the cost grows with provinces and
 * months, and what reading the data as a workbook costs against CSV files ({@link ReadingCost}). Run
 * with {@code mvn -B -Pbenchmark -DskipTests verify} (see the README), or the last alone with
 * {@code -Dcakupan.bench=reading}.
 */
public final class Benchmark {

    /**
     * The launcher's JVM options, so that time and memory are measured as users run it; the raw
     * floor runs with the same options.
     */
    static final List<String> JVM = List.of("-Xmx448m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Dfile.encoding=UTF-8");
    /** How often the national build and the raw floor are each measured; the median counts. */
    static final int REPEATS = 3;

    record Measure(double wallSeconds, double cpuSeconds, long peakKb, int exitCode) {
    }

    record Row(String label, int provinces, int months, int regions, int pdfs, int pages, int htmlPages, Measure build) {
    }

    private final Path project;
    private final Path work;

    Benchmark(Path project) {
        this.project = project;
        this.work = project.resolve("target/bench");
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize()).run();
    }

    /**
     * Runs every section, or with {@code -Dcakupan.bench=reading} (passed on by the Maven profile)
     * only the reading cost of workbooks and CSV files.
     */
    void run() throws Exception {
        if (!"reading".equals(System.getProperty("cakupan.bench", "all"))) {
            builds();
        }
        readingCost();
    }

    /** Workbooks against CSV files, read in a process with the launcher's options (see {@link ReadingCost}). */
    private void readingCost() throws Exception {
        System.out.println();
        System.out.println("Reading cost: writing about 10 MB of CSV files and the same data as workbooks …");
        ReadingCost.prepare(work);
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReadingCost.class.getName(),
                work.toString()));
        if (measure(command, true).exitCode() != 0) {
            throw new IllegalStateException("the reading benchmark failed: " + String.join(" ", command));
        }
    }

    private void builds() throws Exception {
        Path jar = project.resolve("target/cakupan.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the program first: " + jar);
        }
        System.out.println("Cakupan benchmark on " + Runtime.getRuntime().availableProcessors() + " cores, JVM options "
                + String.join(" ", JVM));
        Measure jvmStart = measure(List.of("java", "-Xshare:auto", JVM.get(0), JVM.get(1), JVM.get(2), "-jar",
                jar.toString(), "--version"), false);
        // the machine is shared and noisy: the build and the floor alternate, and the median counts
        List<Row> nationals = new ArrayList<>();
        List<Measure> floors = new ArrayList<>();
        for (int i = 1; i <= REPEATS; i++) {
            nationals.add(build(38, 24, "national (" + i + " of " + REPEATS + ")"));
            floors.add(rawFloor(nationals.get(0).pdfs()));
        }
        Row national = nationals.stream().sorted(Comparator.comparingDouble(r -> r.build().wallSeconds())).toList()
                .get(REPEATS / 2);
        Measure floor = floors.stream().sorted(Comparator.comparingDouble(Measure::wallSeconds)).toList().get(REPEATS / 2);
        System.out.println();
        System.out.println("National build (38 provinces, 514 regencies/cities, 24 months, Indonesian PDFs, site in two "
                + "languages), median of " + REPEATS + " runs");
        print(national);
        System.out.printf(Locale.ROOT, "  PDFs per second: %.1f   PDF pages per second: %.1f   HTML pages: %d%n",
                national.pdfs() / national.build().wallSeconds(), national.pages() / national.build().wallSeconds(),
                national.htmlPages());
        System.out.printf(Locale.ROOT, "Raw floor (JasperReports alone: compile the same templates, fill and export %d reports "
                + "in a plain loop, fixed texts, no charts), median of %d runs%n", national.pdfs(), REPEATS);
        int floorPages = pages(work.resolve("raw"));
        System.out.printf(Locale.ROOT, "  wall %.1f s, CPU %.1f s, peak RSS %d MB, %d PDF pages, PDFs per second %.1f, "
                + "PDF pages per second %.1f%n", floor.wallSeconds(), floor.cpuSeconds(), floor.peakKb() / 1024, floorPages,
                national.pdfs() / floor.wallSeconds(), floorPages / floor.wallSeconds());
        for (int i = 0; i < REPEATS; i++) {
            System.out.printf(Locale.ROOT, "  run %d: build %.1f s, floor %.1f s, ratio %.2f%n", i + 1,
                    nationals.get(i).build().wallSeconds(), floors.get(i).wallSeconds(),
                    nationals.get(i).build().wallSeconds() / floors.get(i).wallSeconds());
        }
        System.out.printf(Locale.ROOT, "JVM start (the program printing its version, measured): %.2f s%n",
                jvmStart.wallSeconds());
        double allowed = 2 * floor.wallSeconds() + jvmStart.wallSeconds();
        System.out.printf(Locale.ROOT, "Goal: national build within 2 x raw floor + one JVM start (%.1f s): %s%n",
                allowed, national.build().wallSeconds() <= allowed ? "met" : "not met");
        System.out.printf(Locale.ROOT, "Ratio national build / raw floor: %.2f (wall), %.2f (CPU)%n",
                national.build().wallSeconds() / floor.wallSeconds(), national.build().cpuSeconds() / floor.cpuSeconds());

        List<Row> rows = new ArrayList<>();
        for (int provinces : new int[] {5, 10, 20, 38}) {
            rows.add(median(provinces, 12, provinces + " provinces"));
        }
        rows.add(new Row("24 months", national.provinces(), national.months(), national.regions(), national.pdfs(),
                national.pages(), national.htmlPages(), national.build()));
        rows.add(median(38, 48, "48 months"));
        System.out.println();
        System.out.println("Scaling (separate build processes, median of " + REPEATS + " each; 24 months is the national "
                + "build above)");
        System.out.println("  run            provinces months regions  PDFs pages  html   wall s  CPU s  peak MB  ms/PDF"
                + "  growth");
        Row previous = null;
        for (Row row : rows) {
            // what the step from the row before costs: per added PDF, or per 12 added months
            String growth = previous == null ? "" : row.months() == previous.months()
                    ? String.format(Locale.ROOT, "%+.0f ms per added PDF", (row.build().wallSeconds()
                            - previous.build().wallSeconds()) * 1000 / (row.pdfs() - previous.pdfs()))
                    : String.format(Locale.ROOT, "%+.1f s per 12 added months", (row.build().wallSeconds()
                            - previous.build().wallSeconds()) * 12 / (row.months() - previous.months()));
            System.out.printf(Locale.ROOT, "  %-14s %9d %6d %7d %5d %5d %5d %8.1f %6.1f %8d %7.1f  %s%n", row.label(),
                    row.provinces(), row.months(), row.regions(), row.pdfs(), row.pages(), row.htmlPages(),
                    row.build().wallSeconds(), row.build().cpuSeconds(), row.build().peakKb() / 1024,
                    row.build().wallSeconds() * 1000 / row.pdfs(), growth);
            previous = row;
        }
    }

    private void print(Row row) {
        System.out.printf(Locale.ROOT, "  wall %.1f s, CPU %.1f s, peak RSS %d MB, %d PDFs, %d PDF pages, exit %d%n",
                row.build().wallSeconds(), row.build().cpuSeconds(), row.build().peakKb() / 1024, row.pdfs(), row.pages(),
                row.build().exitCode());
    }

    private Row median(int provinces, int months, String label) throws Exception {
        List<Row> runs = new ArrayList<>();
        for (int i = 1; i <= REPEATS; i++) {
            runs.add(build(provinces, months, label + " (" + i + " of " + REPEATS + ")"));
        }
        Row middle = runs.stream().sorted(Comparator.comparingDouble(r -> r.build().wallSeconds())).toList()
                .get(REPEATS / 2);
        return new Row(label, middle.provinces(), middle.months(), middle.regions(), middle.pdfs(), middle.pages(),
                middle.htmlPages(), middle.build());
    }

    private Row build(int provinces, int months, String label) throws Exception {
        Path data = work.resolve("data-" + provinces + "-" + months);
        if (!Files.isDirectory(data)) {
            new NationalSample(provinces, months).write(data);
        }
        Path out = work.resolve("out-" + provinces + "-" + months);
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM);
        command.addAll(List.of("-jar", project.resolve("target/cakupan.jar").toString(), "build", "--quiet",
                "--data", data.toString(), "--out", out.toString(),
                "--templates", project.resolve("report-templates").toString()));
        System.out.println("  building " + label + " …");
        Measure measure = measure(command, true);
        if (measure.exitCode() != 0) {
            throw new IllegalStateException("the build failed: " + String.join(" ", command));
        }
        int pdfs;
        try (Stream<Path> files = Files.list(out.resolve("pdf"))) {
            pdfs = (int) files.count();
        }
        int pages = pages(out.resolve("pdf"));
        int html;
        try (Stream<Path> files = Files.walk(out.resolve("site"))) {
            html = (int) files.filter(f -> f.toString().endsWith(".html")).count();
        }
        int regions = (int) Files.lines(out.resolve("data/indikator_wilayah.csv")).skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).distinct().count();
        return new Row(label, provinces, months, regions, pdfs, pages, html, measure);
    }

    private static int pages(Path dir) throws IOException {
        int pages = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    pages += document.getNumberOfPages();
                }
            }
        }
        return pages;
    }

    private Measure rawFloor(int pdfs) throws Exception {
        int briefings = 38 + 1;
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RawFloor.class.getName(),
                project.resolve("report-templates").toString(), work.resolve("raw").toString(),
                String.valueOf(briefings), String.valueOf(pdfs - briefings)));
        System.out.println("  raw floor …");
        return measure(command, true);
    }

    /** Runs a process, sampling its CPU time and peak resident memory every 20 ms. */
    static Measure measure(List<String> command, boolean showOutput) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command);
        if (showOutput) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process process = builder.start();
        ProcessHandle handle = process.toHandle();
        Path status = Path.of("/proc/" + process.pid() + "/status");
        long peak = 0;
        Duration cpu = Duration.ZERO;
        while (process.isAlive()) {
            cpu = handle.info().totalCpuDuration().orElse(cpu);
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException e) {
                // the process ended between the check and the read
            }
            Thread.sleep(20);
        }
        int exit = process.waitFor();
        return new Measure((System.nanoTime() - start) / 1e9, cpu.toMillis() / 1000.0, peak, exit);
    }
}
