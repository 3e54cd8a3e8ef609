package id.cakupan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import id.cakupan.Fixtures;
import id.cakupan.excel.ExcelTwins;
import id.cakupan.load.DatasetLoader;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.Dataset;
import id.cakupan.model.RegionCatalog;

/**
 * What reading the data costs as a workbook against the same data as CSV files: a national sample of
 * about 10 MB of CSV ({@link NationalSample}, enough months to reach it) and two workbooks of the
 * same rows, one sheet per table: the template an officer fills ({@code cakupan template --from}:
 * codes and months as text, whole numbers formatted {@code 0}, plus its guide and hidden list
 * sheets) and the typed twin of the tests ({@link ExcelTwins#workbook}: every other month a date
 * cell). Each is loaded through {@link DatasetLoader} after warm-up runs, in turn, and the medians
 * are printed with bytes on disk, rows and MB/s. The timing runs in a process of its own with the
 * launcher's JVM options (see {@link Benchmark}); the inputs are written beforehand, in the caller's.
 * Usage: {@code ReadingCost WORK [RUNS]}.
 */
public final class ReadingCost {

    /**
     * 38 provinces over 48 months, the national build's sample, make about 11 MB of CSV files (its
     * vulnerable-worker rows, every month and five to nine categories, are most of them); over the
     * 144 months this took before they were added, pekerja_rentan.csv would pass the 500,000 rows a
     * file may have.
     */
    static final int MONTHS = Benchmark.NATIONAL_MONTHS;
    static final int WARM_UP = 2;
    static final int RUNS = 5;

    record Input(String label, Path folder) {
    }

    record Timing(double wallMillis, double cpuMillis) {
    }

    private ReadingCost() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : RUNS;
        List<Input> inputs = prepare(work);
        RegionCatalog regions = ReferenceRegions.catalog();
        long[] rows = new long[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            rows[i] = rows(new DatasetLoader(inputs.get(i).folder(), regions).load());
            if (rows[i] != rows[0]) {
                throw new IllegalStateException(inputs.get(i).label() + " reads " + rows[i] + " rows, the CSV files "
                        + rows[0]);
            }
        }
        // the load that counts the rows is the first warm-up run
        for (int w = 1; w < WARM_UP; w++) {
            for (Input input : inputs) {
                timed(input.folder(), regions);
            }
        }
        List<List<Timing>> timings = new ArrayList<>();
        inputs.forEach(input -> timings.add(new ArrayList<>()));
        for (int r = 0; r < runs; r++) {
            // in turn, so that a noisy moment of the machine falls on each
            for (int i = 0; i < inputs.size(); i++) {
                timings.get(i).add(timed(inputs.get(i).folder(), regions));
            }
        }
        long csvBytes = bytes(inputs.get(0).folder());
        System.out.println();
        System.out.printf(Locale.ROOT, "Reading the data (38 provinces, %d months, %d rows) through DatasetLoader, median"
                + " of %d runs after %d warm-up runs; MB/s of the CSV text%n", MONTHS, rows[0], runs, WARM_UP);
        System.out.println("  input                         bytes on disk     rows   wall ms    CPU ms    MB/s  ratio");
        double csvWall = median(timings.get(0), Timing::wallMillis);
        double csvCpu = median(timings.get(0), Timing::cpuMillis);
        for (int i = 0; i < inputs.size(); i++) {
            double wall = median(timings.get(i), Timing::wallMillis);
            double cpu = median(timings.get(i), Timing::cpuMillis);
            System.out.printf(Locale.ROOT, "  %-29s %13d %8d %9.0f %9.0f %7.2f  %.2f wall, %.2f CPU%n",
                    inputs.get(i).label(), bytes(inputs.get(i).folder()), rows[i], wall, cpu,
                    csvBytes / 1e6 / (wall / 1000), wall / csvWall, cpu / csvCpu);
        }
        for (int i = 0; i < inputs.size(); i++) {
            System.out.printf(Locale.ROOT, "  runs, %s: %s ms%n", inputs.get(i).label(), String.join(", ",
                    timings.get(i).stream().map(t -> String.format(Locale.ROOT, "%.0f", t.wallMillis())).toList()));
        }
        System.out.println("Goal: a workbook reads in about the time of the same data as CSV files (ratio up to about 2)");
    }

    /** The CSV files, then the workbooks; each written once, when its folder is missing. */
    static List<Input> prepare(Path work) throws Exception {
        // named by their months: folders a run with another sample left behind are not taken for these
        Path csv = work.resolve("reading-csv-" + MONTHS);
        Path template = work.resolve("reading-template-" + MONTHS);
        Path twin = work.resolve("reading-twin-" + MONTHS);
        if (!Files.isDirectory(csv)) {
            new NationalSample(38, MONTHS).write(csv);
        }
        if (!Files.isDirectory(template)) {
            Files.createDirectories(template);
            var run = Fixtures.cli("template", "--from", csv.toString(), "--out", template.resolve("cakupan.xlsx")
                    .toString());
            if (run.exitCode() != 0) {
                throw new IllegalStateException("cakupan template failed: " + run.err());
            }
        }
        if (!Files.isDirectory(twin)) {
            Files.createDirectories(twin);
            ExcelTwins.workbook(csv, twin.resolve("cakupan.xlsx"));
        }
        return List.of(new Input("CSV files (8)", csv), new Input("workbook, filled template", template),
                new Input("workbook, typed twin", twin));
    }

    private static Timing timed(Path data, RegionCatalog regions) throws Exception {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        new DatasetLoader(data, regions).load();
        return new Timing((System.nanoTime() - start) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6);
    }

    /** Every data row read, of every table. */
    private static long rows(Dataset data) {
        return data.workforce().size() + data.participants().size() + data.vulnerable().size() + data.targets().size()
                + data.budgets().size() + data.regulations().size() + data.categories().categories().size()
                + data.parameters().values().size();
    }

    private static long bytes(Path dir) throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
        }
        return total;
    }

    private static double median(List<Timing> values, ToDoubleFunction<Timing> field) {
        return values.stream().mapToDouble(field).sorted().toArray()[values.size() / 2];
    }
}
