package id.cakupan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import id.cakupan.load.DatasetLoader;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.Dataset;
import id.cakupan.render.Workers;

/**
 * Measures the national build and prints the figures: wall time, CPU time and peak resident memory
 * of the build process and the CPU time of each of its stages (the dashboard's among them), the same
 * for a raw JasperReports floor over the same templates and number of reports on as many threads,
 * their ratios against the goals, and how the cost grows with provinces and
 * months, what reading the data as a workbook costs against CSV files ({@link ReadingCost}), and what
 * registers of vulnerable workers of 1 and 10 million rows cost ({@link RegisterSample}). Run with
 * {@code mvn -B -Pbenchmark -DskipTests verify} (see the README), the first part alone with
 * {@code -Dcakupan.bench=national}, the reading cost alone with {@code -Dcakupan.bench=reading}, the
 * registers alone with {@code -Dcakupan.bench=register}.
 */
public final class Benchmark {

    /**
     * The launcher's JVM options, so that time and memory are measured as users run it; the raw
     * floor runs with the same options.
     */
    static final List<String> JVM = List.of("-Xmx448m", "-Xms128m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");
    /** How often the national build and the raw floor are each measured; the median counts. */
    static final int REPEATS = 3;

    record Measure(double wallSeconds, double cpuSeconds, long peakKb, int exitCode) {
    }

    /**
     * @param stages CPU seconds of each stage of the build, as it measured them itself
     */
    record Row(String label, int provinces, int months, int regions, int pdfs, int pages, int htmlPages, Measure build,
               Map<String, Double> stages) {
    }

    /** Rows of the registers the register benchmark builds with. */
    static final long[] REGISTER_SIZES = {1_000_000, 10_000_000};
    /** The stage of the build that reads, checks and counts the registers. */
    static final String DAFTAR = "daftar";
    /** The stage that loads and checks the data. */
    private static final String LOAD = "load and check";
    /** Months of the national sample: four years, as a province keeps them. */
    static final int NATIONAL_MONTHS = 48;
    /** Rows of {@code pekerja_rentan.csv} the national sample must at least have: as many as a register gives. */
    static final int REGISTER_ROWS = 150_000;
    /** The threads the build renders on, one per core (see {@code render.Workers}); the floor gets as many. */
    static final int THREADS = Workers.count();
    /** The dashboard's stage, the renderer's name key. */
    private static final String SITE = "render.site";
    /** Short names of the stages as the build records them. */
    private static final Map<String, String> STAGES = Map.of("render.tables", "tables", "render.workbook", "workbook",
            "render.pdf", "PDFs", "render.slides", "slides", "render.cards", "cards", SITE, "dashboard");

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
     * Runs every section, or with {@code -Dcakupan.bench=national} (passed on by the Maven profile) only
     * the national build against the floor and the goals, or with {@code reading} only the reading
     * cost of workbooks and CSV files.
     */
    void run() throws Exception {
        String part = System.getProperty("cakupan.bench", "all");
        if ("register".equals(part)) {
            register();
            return;
        }
        if (!"reading".equals(part)) {
            builds();
        }
        if (!"national".equals(part)) {
            readingCost();
        }
        if ("all".equals(part)) {
            register();
        }
    }

    /**
     * The register of vulnerable workers at national scale: the national sample (38 provinces, 48
     * months) without its {@code pekerja_rentan.csv}, whose figures the register gives (both for a
     * region and month is an error) in the same categories and funders, built once without a register and once each with registers of
     * {@link #REGISTER_SIZES} rows written by {@link RegisterSample} (findings but no errors, so that
     * the build runs to the end), then once with a register holding every kind of error, which the
     * build is to refuse. Prints what generating took, the files' size, the build's wall and CPU time
     * and peak resident memory, and the {@code daftar} stage and its rows per second when the build
     * reports such a stage.
     */
    private void register() throws Exception {
        Path jar = project.resolve("target/cakupan.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the program first: " + jar);
        }
        System.out.println();
        System.out.println("Register benchmark: national sample, 38 provinces, " + NATIONAL_MONTHS + " months, JVM options "
                + String.join(" ", JVM));
        Path national = work.resolve("data-38-" + NATIONAL_MONTHS);
        if (!Files.isDirectory(national)) {
            new NationalSample(38, NATIONAL_MONTHS).write(national);
        }
        Path data = work.resolve("register-38-" + NATIONAL_MONTHS);
        Files.createDirectories(data);
        RegisterSample.removeRegisters(data);
        try (Stream<Path> files = Files.list(national)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = String.valueOf(file.getFileName());
                if (!name.equals("pekerja_rentan.csv")) {
                    Files.copy(file, data.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.deleteIfExists(data.resolve("pekerja_rentan.csv"));
        List<RegisterRun> runs = new ArrayList<>();
        runs.add(registerBuild(data, "no register", 0, 0, 0, "", true));
        // the register with errors first, so that the largest stays in the folder for profiling
        RegisterRun errors = registerRun(national, data, REGISTER_SIZES[0], RegisterSample.Rates.errors(),
                String.format(Locale.ROOT, "%,d, errors", REGISTER_SIZES[0]));
        for (long size : REGISTER_SIZES) {
            runs.add(registerRun(national, data, size, RegisterSample.Rates.findings(),
                    String.format(Locale.ROOT, "%,d rows", size)));
        }
        runs.add(errors);
        RegisterRun baseline = runs.get(0);
        System.out.println();
        System.out.println("Register of vulnerable workers (daftar_rentan_*.csv, one file per funder; the national sample "
                + "without pekerja_rentan.csv), one build each");
        System.out.println("  register            gen s  gen rows/s     MB  exit  wall s  CPU s  peak MB  +wall s  load CPU s"
                + "  daftar s wall/CPU  daftar rows/s");
        for (RegisterRun run : runs) {
            Measure m = run.build();
            Double load = run.stages().get(LOAD);
            String daftar = run.daftar() == null ? "-" : String.format(Locale.ROOT, "%.1f/%.1f", run.daftar().wall(),
                    run.daftar().cpu());
            String perSecond = run.daftar() == null || run.rows() == 0 ? "-"
                    : String.format(Locale.ROOT, "%,.0f", run.rows() / Math.max(0.001, run.daftar().wall()));
            System.out.printf(Locale.ROOT, "  %-18s %6s %11s %6s %5d %7.1f %6.1f %8d %8s %11s %18s %14s%n", run.label(),
                    run.rows() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", run.generateSeconds()),
                    run.rows() == 0 ? "-" : String.format(Locale.ROOT, "%,.0f", run.rows() / run.generateSeconds()),
                    run.rows() == 0 ? "-" : String.valueOf(run.bytes() / 1_000_000), m.exitCode(), m.wallSeconds(),
                    m.cpuSeconds(), m.peakKb() / 1024, run == baseline ? "-"
                            : String.format(Locale.ROOT, "%+.1f", m.wallSeconds() - baseline.build().wallSeconds()),
                    load == null ? "-" : String.format(Locale.ROOT, "%.1f", load), daftar, perSecond);
        }
        RegisterRun largest = runs.get(REGISTER_SIZES.length);
        if (largest.daftar() == null) {
            System.out.println("  The build reported no \"" + DAFTAR + "\" stage: it does not read registers yet (issue 18), so "
                    + "the builds above ran without them; +wall s is the difference from the build without a register.");
        } else {
            double seconds = largest.daftar().wall();
            boolean within = seconds <= 60 && largest.build().exitCode() == 0;
            System.out.printf(Locale.ROOT, "Goal: %,d rows checked and counted within 60 s inside the launcher's memory limit "
                    + "(-Xmx448m): daftar %.1f s wall, build exit %d, peak RSS %d MB, %s%n", largest.rows(), seconds,
                    largest.build().exitCode(), largest.build().peakKb() / 1024, met(within));
        }
        System.out.printf(Locale.ROOT, "  The register with errors (%s) is to be refused with exit code 65: %d, %s%n",
                errors.counts(), errors.build().exitCode(), errors.build().exitCode() == 65 ? "as expected"
                        : largest.daftar() == null ? "registers not read yet" : "NOT AS EXPECTED");
    }

    /** A build on a folder with a register, and how it was generated ({@code rows} 0: none). */
    private record RegisterRun(String label, long rows, double generateSeconds, long bytes, String counts, Measure build,
                               Map<String, Double> stages, StageTime daftar) {
    }

    /** Wall and CPU seconds of a stage. */
    private record StageTime(double wall, double cpu) {
    }

    /**
     * Writes a register for the national sample into {@code data} and builds it: its regencies,
     * categories and funders those of the sample's {@code pekerja_rentan.csv}, which it stands for.
     */
    private RegisterRun registerRun(Path national, Path data, long rows, RegisterSample.Rates rates, String label)
            throws Exception {
        System.out.printf(Locale.ROOT, "  generating a register of %,d rows …%n", rows);
        Dataset dataset = new DatasetLoader(national, ReferenceRegions.catalog()).load();
        // the writing alone: reading the data folder is the same for every size
        long start = System.nanoTime();
        RegisterSample.Manifest manifest = new RegisterSample(rows, rates, RegisterSample.SEED).write(dataset, data);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = 0;
        for (String file : manifest.rowsByFile().keySet()) {
            bytes += Files.size(data.resolve(file));
        }
        Map<RegisterSample.Severity, Long> bySeverity = new EnumMap<>(RegisterSample.Severity.class);
        manifest.counts().forEach((kind, count) -> bySeverity.merge(kind.severity(), count, Long::sum));
        String counts = String.format(Locale.ROOT, "%,d errors, %,d warnings, %,d findings", bySeverity.getOrDefault(
                RegisterSample.Severity.ERROR, 0L), bySeverity.getOrDefault(RegisterSample.Severity.WARNING, 0L),
                bySeverity.getOrDefault(RegisterSample.Severity.FINDING, 0L));
        System.out.printf(Locale.ROOT, "  %,d rows in %d files, %,d MB, in %.1f s: %s%n", rows, manifest.rowsByFile().size(),
                bytes / 1_000_000, seconds, counts);
        // a register with errors prints each of them: the figures matter, not the lines
        return registerBuild(data, label, rows, seconds, bytes, counts, bySeverity.getOrDefault(RegisterSample.Severity.ERROR,
                0L) == 0);
    }

    private RegisterRun registerBuild(Path data, String label, long rows, double generateSeconds, long bytes, String counts,
                                      boolean showOutput) throws Exception {
        Path out = work.resolve("out-register");
        Path stageTimes = work.resolve("stages.tsv");
        Files.deleteIfExists(stageTimes);
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM);
        command.addAll(List.of("-jar", project.resolve("target/cakupan.jar").toString(), "build", "--quiet",
                "--data", data.toString(), "--out", out.toString(),
                "--templates", project.resolve("report-templates").toString()));
        System.out.println("  building with " + label + " …");
        Measure measure = measure(command, showOutput, Map.of("CAKUPAN_STAGE_TIMES", stageTimes.toString()));
        if (measure.exitCode() != 0) {
            System.out.println("  the build ended with exit code " + measure.exitCode());
        }
        // name, wall ms, CPU ms: what the build itself measured of each stage (see build.StageTimes)
        Map<String, Double> stages = new LinkedHashMap<>();
        StageTime daftar = null;
        if (Files.isRegularFile(stageTimes)) {
            for (String line : Files.readAllLines(stageTimes)) {
                String[] cells = line.split("\t");
                double wall = Long.parseLong(cells[1]) / 1000.0;
                double cpu = Long.parseLong(cells[2]) / 1000.0;
                stages.merge(cells[0], cpu, Double::sum);
                if (cells[0].equals(DAFTAR) || cells[0].startsWith(DAFTAR + ".")) {
                    daftar = daftar == null ? new StageTime(wall, cpu) : new StageTime(daftar.wall() + wall, daftar.cpu() + cpu);
                }
            }
        }
        return new RegisterRun(label, rows, generateSeconds, bytes, counts, measure, stages, daftar);
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
        System.out.println("Cakupan benchmark on " + THREADS + " cores, JVM options " + String.join(" ", JVM));
        List<String> version = new ArrayList<>(List.of("java", "-Xshare:auto"));
        version.addAll(JVM.subList(0, JVM.size() - 1));
        version.addAll(List.of("-jar", jar.toString(), "--version"));
        Measure jvmStart = measure(version, false);
        // the machine is shared and noisy: the build and the floor alternate, and the median counts
        List<Row> nationals = new ArrayList<>();
        List<Measure> floors = new ArrayList<>();
        for (int i = 1; i <= REPEATS; i++) {
            nationals.add(build(38, NATIONAL_MONTHS, "national (" + i + " of " + REPEATS + ")"));
            floors.add(rawFloor(nationals.get(0).pdfs()));
        }
        Row national = nationals.get(0);
        long vulnerableRows = vulnerableRows(38, NATIONAL_MONTHS);
        if (vulnerableRows < REGISTER_ROWS) {
            throw new IllegalStateException("the national sample has " + vulnerableRows + " rows of pekerja_rentan.csv, "
                    + "fewer than a register's " + REGISTER_ROWS);
        }
        Measure build = median(nationals.stream().map(Row::build).toList());
        Measure floor = median(floors);
        System.out.println();
        System.out.printf(Locale.ROOT, "National build (38 provinces, 514 regencies/cities, %d months, %,d rows of "
                + "pekerja_rentan.csv, Indonesian PDFs, site in two languages), medians of %d runs%n", NATIONAL_MONTHS,
                vulnerableRows, REPEATS);
        System.out.printf(Locale.ROOT, "  wall %.1f s, CPU %.1f s, peak RSS %d MB, %d PDFs, %d PDF pages, %d HTML pages%n",
                build.wallSeconds(), build.cpuSeconds(), build.peakKb() / 1024, national.pdfs(), national.pages(),
                national.htmlPages());
        StringBuilder stages = new StringBuilder("  CPU s by stage:");
        for (String stage : national.stages().keySet()) {
            stages.append(String.format(Locale.ROOT, " %s %.1f,", STAGES.getOrDefault(stage, stage),
                    middle(nationals.stream().map(r -> r.stages().getOrDefault(stage, 0.0)).toList())));
        }
        System.out.println(stages.substring(0, stages.length() - 1));
        System.out.printf(Locale.ROOT, "Raw floor (JasperReports alone on %d threads, as many as the build: compile the same "
                + "templates, fill and export %d reports, fixed texts, no charts), medians of %d runs%n", THREADS,
                national.pdfs(), REPEATS);
        System.out.printf(Locale.ROOT, "  wall %.1f s, CPU %.1f s, peak RSS %d MB, %d PDF pages%n", floor.wallSeconds(),
                floor.cpuSeconds(), floor.peakKb() / 1024, pages(work.resolve("raw")));
        for (int i = 0; i < REPEATS; i++) {
            Measure b = nationals.get(i).build();
            Measure f = floors.get(i);
            System.out.printf(Locale.ROOT, "  run %d: build %.1f s wall, %.1f s CPU, %d MB, dashboard %.1f s CPU; floor %.1f s "
                    + "wall, %.1f s CPU; ratio %.2f wall, %.2f CPU%n", i + 1, b.wallSeconds(), b.cpuSeconds(),
                    b.peakKb() / 1024, nationals.get(i).stages().getOrDefault(SITE, 0.0), f.wallSeconds(),
                    f.cpuSeconds(), b.wallSeconds() / f.wallSeconds(), b.cpuSeconds() / f.cpuSeconds());
        }
        System.out.printf(Locale.ROOT, "JVM start (the program printing its version, measured): %.2f s wall, %.2f s CPU%n",
                jvmStart.wallSeconds(), jvmStart.cpuSeconds());
        double cpuRatio = build.cpuSeconds() / floor.cpuSeconds();
        double dashboard = middle(nationals.stream().map(r -> r.stages().getOrDefault(SITE, 0.0)).toList());
        System.out.printf(Locale.ROOT, "Ratio national build / raw floor: %.2f (wall), %.2f (CPU)%n",
                build.wallSeconds() / floor.wallSeconds(), cpuRatio);
        System.out.println("Goals (medians of " + REPEATS + "; CPU seconds are user + system: other work on the machine "
                + "changes them less than wall time, but it does change them, so compare medians):");
        System.out.printf(Locale.ROOT, "  CPU ratio build / floor at most 1.5: %.2f, %s%n", cpuRatio, met(cpuRatio <= 1.5));
        System.out.printf(Locale.ROOT, "  dashboard (%d pages) at most 3 CPU seconds: %.1f s, %s%n", national.htmlPages(),
                dashboard, met(dashboard <= 3));
        System.out.printf(Locale.ROOT, "  peak resident memory at most 400 MB: %d MB, %s%n", build.peakKb() / 1024,
                met(build.peakKb() <= 400 * 1024));
        if ("national".equals(System.getProperty("cakupan.bench"))) {
            return;
        }

        List<Row> rows = new ArrayList<>();
        for (int provinces : new int[] {5, 10, 20, 38}) {
            rows.add(median(provinces, 12, provinces + " provinces"));
        }
        rows.add(median(38, 24, "24 months"));
        rows.add(new Row("48 months", national.provinces(), national.months(), national.regions(), national.pdfs(),
                national.pages(), national.htmlPages(), build, national.stages()));
        System.out.println();
        System.out.println("Scaling (separate build processes, median of " + REPEATS + " each; 48 months is the national "
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

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }

    /** Each figure's own median: wall, CPU and peak memory need not come from the same run. */
    private static Measure median(List<Measure> runs) {
        return new Measure(middle(runs.stream().map(Measure::wallSeconds).toList()),
                middle(runs.stream().map(Measure::cpuSeconds).toList()),
                Math.round(middle(runs.stream().map(m -> (double) m.peakKb()).toList())), 0);
    }

    private static double middle(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private long vulnerableRows(int provinces, int months) throws IOException {
        try (Stream<String> lines = Files.lines(work.resolve("data-" + provinces + "-" + months)
                .resolve("pekerja_rentan.csv"))) {
            return lines.count() - 1;
        }
    }

    private Row median(int provinces, int months, String label) throws Exception {
        List<Row> runs = new ArrayList<>();
        for (int i = 1; i <= REPEATS; i++) {
            runs.add(build(provinces, months, label + " (" + i + " of " + REPEATS + ")"));
        }
        Row first = runs.get(0);
        return new Row(label, first.provinces(), first.months(), first.regions(), first.pdfs(), first.pages(),
                first.htmlPages(), median(runs.stream().map(Row::build).toList()), first.stages());
    }

    private Row build(int provinces, int months, String label) throws Exception {
        Path data = work.resolve("data-" + provinces + "-" + months);
        if (!Files.isDirectory(data)) {
            new NationalSample(provinces, months).write(data);
        }
        Path out = work.resolve("out-" + provinces + "-" + months);
        Path stageTimes = work.resolve("stages.tsv");
        Files.deleteIfExists(stageTimes);
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM);
        command.addAll(List.of("-jar", project.resolve("target/cakupan.jar").toString(), "build", "--quiet",
                "--data", data.toString(), "--out", out.toString(),
                "--templates", project.resolve("report-templates").toString()));
        System.out.println("  building " + label + " …");
        Measure measure = measure(command, true, Map.of("CAKUPAN_STAGE_TIMES", stageTimes.toString()));
        if (measure.exitCode() != 0) {
            throw new IllegalStateException("the build failed: " + String.join(" ", command));
        }
        // name, wall ms, CPU ms: what the build itself measured of each stage (see build.StageTimes)
        Map<String, Double> stages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stageTimes)) {
            String[] cells = line.split("\t");
            stages.put(cells[0], Long.parseLong(cells[2]) / 1000.0);
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
        return new Row(label, provinces, months, regions, pdfs, pages, html, measure, stages);
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
                String.valueOf(briefings), String.valueOf(pdfs - briefings), String.valueOf(THREADS)));
        System.out.println("  raw floor …");
        return measure(command, true);
    }

    /** Runs a process, sampling its CPU time and peak resident memory every 20 ms. */
    static Measure measure(List<String> command, boolean showOutput) throws IOException, InterruptedException {
        return measure(command, showOutput, Map.of());
    }

    /** Runs a process with more variables in its environment, sampling as {@link #measure(List, boolean)}. */
    static Measure measure(List<String> command, boolean showOutput, Map<String, String> environment)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
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
