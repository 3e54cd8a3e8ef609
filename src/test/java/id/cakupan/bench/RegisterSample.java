package id.cakupan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import id.cakupan.load.DatasetLoader;
import id.cakupan.load.InvalidDataException;
import id.cakupan.load.NikPrefixes;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.Category;
import id.cakupan.model.Dataset;
import id.cakupan.model.Funder;
import id.cakupan.model.Level;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.VulnerableRecord;
import id.cakupan.model.WorkforceRecord;

/**
 * Writes registers of vulnerable workers ({@code daftar_rentan_<funder>.csv}, one file per funder) for
 * a data folder, with defects seeded at given rates, and a manifest of what was seeded. Everything is
 * synthetic: names are combinations of common Indonesian given names from the lists below, NIKs are
 * built from the folder's regency codes, a district number, a birth date and a serial. The rows agree
 * with the folder: regencies/cities that have {@code tenaga_kerja.csv} rows (each gets workers in
 * proportion to its {@code pekerja_rentan}, else its {@code potensi_peserta}, of the last month),
 * categories of the list the loader reads (the folder's {@code kategori.csv}, else the built-in one),
 * months of the data; each regency's categories and funders are those of its rows of
 * {@code pekerja_rentan.csv} in the last month it has any, weighted by {@code terlindungi}, as if the
 * register were where those figures came from (a folder without them: five to nine categories per
 * regency, each with a funder drawn at the shares below). A folder given both a register and
 * {@code pekerja_rentan.csv} for the same region and month is in error: build from a copy without it.
 * Seeded with {@link SplittableRandom}: the same folder, size, rates and seed give
 * the same bytes. For tests and the benchmark; nothing it writes is committed.
 *
 * <p>Every seeded defect concerns one person, and a person has at most one. Defects of a row
 * ({@link Kind#WRONG_LENGTH} … {@link Kind#AGE_OVER_80}) change that person's only row; defects of a pair
 * ({@link Kind#DUPLICATE}, {@link Kind#DOUBLE_FUNDING}, {@link Kind#DIFFERENT_REGION}, and the valid
 * {@link Kind#REENROLMENT}) add a second row with the same NIK, written at the end of the person's
 * regency's rows. Every other NIK is unique, valid and on one row. A rate is the share of all rows
 * carrying the kind ({@code round(rows × rate)} of them, exactly), except {@link Kind#OLD_PAPUA_PREFIX}'s,
 * the share of the workers of the regencies that had another code before the 2022 Papua splits.
 *
 * <p>Usage: {@code RegisterSample DIR ROWS [errors|findings|clean] [SEED]}: reads DIR's data, replaces
 * its registers (remove its {@code pekerja_rentan.csv} before building it) and writes the manifest
 * {@code register-sample.txt} and the seeded rows'
 * {@code register-sample-lines.csv} beside them (neither holds a NIK or a name).
 */
public final class RegisterSample {

    /** The seed used unless another is given. */
    public static final long SEED = 20_260_118L;
    public static final String HEADER = "nik,nama,kode_wilayah,kategori,sumber_dana,mulai,selesai";
    /** The manifest's file name: counts per kind, rows per file. */
    public static final String MANIFEST = "register-sample.txt";
    /** Every seeded row: kind, file, line, and the file and line of the row it pairs with. */
    public static final String LINES = "register-sample-lines.csv";

    /** What a seeded person's rows show; {@link #severity} says what a checker is to make of it. */
    public enum Kind {
        /** All digits, 15 or 17 of them. */
        WRONG_LENGTH(Severity.ERROR, false),
        /** 16 characters, one or two of them a letter or a dash ({@code O} for {@code 0}). */
        NON_DIGIT(Severity.ERROR, false),
        /** Digits 7–12 no date: 30 or 31 February, day 32–39 (72–79 for a woman), month 00 or 13, day 00, 29 February of a common year. */
        IMPOSSIBLE_DATE(Severity.ERROR, false),
        /** Digits 1–4 a province's code and a regency number (40–69) no province ever had. */
        UNKNOWN_PREFIX(Severity.ERROR, false),
        /** {@code selesai} before {@code mulai}. */
        END_BEFORE_START(Severity.ERROR, false),
        /** Younger than 15 (10–13) when protection starts. */
        AGE_UNDER_15(Severity.WARNING, false),
        /** Older than 80 (82–90) when protection starts. */
        AGE_OVER_80(Severity.WARNING, false),
        /** A worker of a regency formed in 2022 whose NIK keeps the old 91.xx/92.xx code (9101 for 93.01 Merauke). */
        OLD_PAPUA_PREFIX(Severity.VALID, false),
        /** A second row, same funder and region, months overlapping: counted once. */
        DUPLICATE(Severity.FINDING, true),
        /** A second row, another funder, same region, months overlapping. */
        DOUBLE_FUNDING(Severity.FINDING, true),
        /** A second row, same funder, another regency/city of the folder (of the same province where there is one), months overlapping. */
        DIFFERENT_REGION(Severity.FINDING, true),
        /** A second row, same funder and region, starting after the first ended: not a problem. */
        REENROLMENT(Severity.VALID, true);

        private final Severity severity;
        private final boolean pair;

        Kind(Severity severity, boolean pair) {
            this.severity = severity;
            this.pair = pair;
        }

        public Severity severity() {
            return severity;
        }

        /** Whether the kind adds a second row with the same NIK. */
        public boolean pair() {
            return pair;
        }
    }

    /** An error stops the build; a warning or finding is reported; a valid row must pass unflagged. */
    public enum Severity {
        ERROR, WARNING, FINDING, VALID
    }

    /** Rates by kind, each a share of the rows (see the class comment). */
    public record Rates(Map<Kind, Double> byKind) {

        public Rates {
            Map<Kind, Double> copy = new EnumMap<>(Kind.class);
            copy.putAll(byKind);
            byKind = Collections.unmodifiableMap(copy);
        }

        /** No defect at all. */
        public static Rates clean() {
            return new Rates(Map.of());
        }

        /** What a build runs on: duplicates, double funding, moves, ages, old Papua codes, re-enrolments; no error. */
        public static Rates findings() {
            Map<Kind, Double> rates = new EnumMap<>(Kind.class);
            rates.put(Kind.DUPLICATE, 0.005);
            rates.put(Kind.DOUBLE_FUNDING, 0.01);
            rates.put(Kind.DIFFERENT_REGION, 0.002);
            rates.put(Kind.REENROLMENT, 0.005);
            rates.put(Kind.AGE_UNDER_15, 0.0005);
            rates.put(Kind.AGE_OVER_80, 0.0005);
            rates.put(Kind.OLD_PAPUA_PREFIX, 0.8);
            return new Rates(rates);
        }

        /** {@link #findings()} and every kind of error, each at 0.1 % of the rows. */
        public static Rates errors() {
            Map<Kind, Double> rates = new EnumMap<>(findings().byKind());
            for (Kind kind : Kind.values()) {
                if (kind.severity() == Severity.ERROR) {
                    rates.put(kind, 0.001);
                }
            }
            return new Rates(rates);
        }

        /** These rates, each multiplied by {@code factor} (the old Papua share capped at 1). */
        public Rates times(double factor) {
            Map<Kind, Double> rates = new EnumMap<>(Kind.class);
            byKind.forEach((kind, rate) -> rates.put(kind, kind == Kind.OLD_PAPUA_PREFIX ? Math.min(1, rate * factor)
                    : rate * factor));
            return new Rates(rates);
        }

        double of(Kind kind) {
            return byKind.getOrDefault(kind, 0.0);
        }
    }

    /** A seeded row: its kind, where it is, and for a pair the row it repeats (else file empty, line 0). */
    public record Seeded(Kind kind, String file, long line, String firstFile, long firstLine) {
    }

    /**
     * What was written: rows in all, by file, distinct NIKs, seeded persons by kind (a pair's second
     * row counts once), and every seeded row.
     */
    public record Manifest(long seed, long rows, Map<String, Long> rowsByFile, long workers, Map<Kind, Long> counts,
                           List<Seeded> seeded) {

        public Manifest {
            rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
            Map<Kind, Long> all = new EnumMap<>(Kind.class);
            all.putAll(counts);
            counts = Collections.unmodifiableMap(all);
            seeded = List.copyOf(seeded);
        }

        public long count(Kind kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }

    /**
     * Codes of 2022 that had another before the Papua splits (Law 14, 15 and 16 of 2022, and 29 of
     * 2022 for Papua Barat Daya): the new code and the old one, both without the dot, as the loader's
     * crosswalk ({@link NikPrefixes#formerCodes()}) gives them.
     */
    static final Map<Integer, Integer> OLD_PAPUA = papua();

    private static final Map<Funder, Double> FUNDER_SHARES = funderShares();
    private static final String[] WOMEN = {"Siti", "Sri", "Dewi", "Nur", "Ani", "Rina", "Yuliani", "Fitri", "Ratna",
        "Indah", "Lestari", "Kartini", "Maya", "Putri", "Ayu", "Dian", "Eka", "Lina", "Nurhayati", "Suryani", "Hartini",
        "Wulan", "Susanti", "Rohani", "Aminah", "Fatimah", "Nur'aini", "Halimah", "Yanti", "Erna", "Mega", "Novi"};
    private static final String[] WOMEN_SECOND = {"Rahmawati", "Lestari", "Wulandari", "Susanti", "Handayani", "Puspita",
        "Anggraini", "Sari", "Utami", "Permatasari", "Hasanah", "Maharani", "Safitri", "Yulianti", "Kurniasih", "Fitriani"};
    private static final String[] MEN = {"Agus", "Budi", "Joko", "Ahmad", "Muhammad", "Andi", "Bambang", "Dedi", "Hendra",
        "Eko", "Rudi", "Slamet", "Yusuf", "Hasan", "Rahmat", "Iwan", "Wahyu", "Adi", "Arif", "Hadi", "Supriyadi", "Sutrisno",
        "Darmawan", "Ma'ruf", "Rizki", "Fajar", "Taufik", "Yudi", "Ilham", "Irfan", "Dodi", "Asep"};
    private static final String[] MEN_SECOND = {"Saputra", "Setiawan", "Hidayat", "Kurniawan", "Nugroho", "Santoso", "Pratama",
        "Wijaya", "Syahputra", "Firmansyah", "Gunawan", "Hermawan", "Prasetyo", "Ramadhan", "Siregar", "Lubis"};
    private static final byte[] NON_DIGITS = {'O', 'I', 'l', '-', 'o', 'S'};
    /** Persons a regency's district and serial numbers tell apart: 30 districts × 9,999 serials. */
    private static final int PER_BLOCK = 30 * 9_999;
    /** The month index of a {@code selesai} left empty. */
    private static final int OPEN = Integer.MIN_VALUE;

    private final long rows;
    private final Rates rates;
    private final long seed;

    public RegisterSample(long rows, Rates rates, long seed) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1: " + rows);
        }
        this.rows = rows;
        this.rates = rates;
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RegisterSample DIR ROWS [errors|findings|clean] [SEED]");
            System.exit(2);
        }
        Rates rates = switch (args.length > 2 ? args[2] : "errors") {
            case "errors" -> Rates.errors();
            case "findings" -> Rates.findings();
            case "clean" -> Rates.clean();
            default -> throw new IllegalArgumentException("not a rate preset: " + args[2]);
        };
        long start = System.nanoTime();
        Path dir = Path.of(args[0]);
        Manifest manifest = new RegisterSample(Long.parseLong(args[1].replace("_", "")), rates,
                args.length > 3 ? Long.parseLong(args[3]) : SEED).write(dir, dir);
        System.out.printf(Locale.ROOT, "%,d rows, %,d workers in %.1f s: %s%n", manifest.rows(), manifest.workers(),
                (System.nanoTime() - start) / 1e9, manifest.counts());
        if (Files.exists(dir.resolve("pekerja_rentan.csv"))) {
            System.out.println("remove " + dir.resolve("pekerja_rentan.csv") + " before building: the register gives those "
                    + "figures, and both for a region and month are an error");
        }
    }

    /** Removes the {@code daftar_rentan*.csv} files of a folder. */
    public static void removeRegisters(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "daftar_rentan*.csv")) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }

    /**
     * Reads the data folder {@code data} (after removing the registers of {@code target}, which may be
     * the same folder) and writes the registers, the manifest and the seeded lines into {@code target}.
     */
    public Manifest write(Path data, Path target) throws IOException, InvalidDataException {
        Files.createDirectories(target);
        removeRegisters(target);
        return write(new DatasetLoader(data, ReferenceRegions.catalog()).load(), target);
    }

    /**
     * Replaces the registers of {@code target} with registers for what {@code dataset} holds, and
     * writes the manifest and the seeded lines beside them.
     */
    public Manifest write(Dataset dataset, Path target) throws IOException {
        Files.createDirectories(target);
        removeRegisters(target);
        Manifest manifest = new Run(dataset, target).run();
        writeManifest(manifest, target);
        return manifest;
    }

    private static void writeManifest(Manifest manifest, Path target) throws IOException {
        try (Writer out = Files.newBufferedWriter(target.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            out.write("# register sample: counts of what was seeded (no NIK, no name)\n");
            out.write("seed=" + manifest.seed() + "\n");
            out.write("rows=" + manifest.rows() + "\n");
            out.write("workers=" + manifest.workers() + "\n");
            for (var file : manifest.rowsByFile().entrySet()) {
                out.write("rows." + file.getKey() + "=" + file.getValue() + "\n");
            }
            for (Kind kind : Kind.values()) {
                out.write("kind." + kind + "=" + manifest.count(kind) + "\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(target.resolve(LINES), StandardCharsets.UTF_8)) {
            out.write("kind,severity,file,line,first_file,first_line\n");
            for (Seeded row : manifest.seeded()) {
                out.write(row.kind() + "," + row.kind().severity() + "," + row.file() + "," + row.line() + ","
                        + row.firstFile() + "," + (row.firstLine() == 0 ? "" : row.firstLine()) + "\n");
            }
        }
    }

    /** One register file: a byte buffer in front of the file, lines counted (the header is line 1). */
    private static final class Output implements AutoCloseable {

        final String name;
        final Funder funder;
        final byte[] funderBytes;
        private final OutputStream stream;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        long line = 1;

        Output(Path dir, Funder funder) throws IOException {
            this.funder = funder;
            this.name = "daftar_rentan_" + funder.name().toLowerCase(Locale.ROOT) + ".csv";
            this.funderBytes = ascii(funder.name());
            this.stream = Files.newOutputStream(dir.resolve(name));
            put(ascii(HEADER));
            put((byte) '\n');
        }

        void put(byte[] bytes) throws IOException {
            if (position + bytes.length > buffer.length) {
                flush();
            }
            System.arraycopy(bytes, 0, buffer, position, bytes.length);
            position += bytes.length;
        }

        void put(byte b) throws IOException {
            if (position == buffer.length) {
                flush();
            }
            buffer[position++] = b;
        }

        private void flush() throws IOException {
            stream.write(buffer, 0, position);
            position = 0;
        }

        @Override
        public void close() throws IOException {
            flush();
            stream.close();
        }
    }

    /** A person's row as written; a pair's second row is made from its first. */
    private record Line(byte[] nik, byte[] name, int regency, int category, Funder funder, int start, int end,
                        Kind kind, Output firstFile, long firstLine) {
    }

    /** One writing: the folder's regencies, months and categories, the random source and the counts. */
    private final class Run {

        private final Path target;
        private final SplittableRandom random = new SplittableRandom(seed);
        private final List<Region> regencies = new ArrayList<>();
        private final byte[][] regencyCodes;
        /** Each regency's code without the dot, the first four digits of its NIKs. */
        private final int[] prefixes;
        /** Regencies of the same province, by regency index. */
        private final int[][] neighbours;
        private final double[] weights;
        private final List<YearMonth> months;
        private final byte[][] monthBytes;
        private final long[] monthStartDays;
        private final byte[][] categoryCodes;
        private final int lastYear;
        private final Set<Integer> knownPrefixes = new HashSet<>();
        private final Map<Funder, Output> outputs = new EnumMap<>(Funder.class);
        /** Each regency's schemes: a category, its funder, and the cumulated weights to draw them by. */
        private final int[][] schemeCategories;
        private final Funder[][] schemeFunders;
        private final double[][] schemeWeights;
        private final Set<String> defectNiks = new HashSet<>();
        private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        private final List<Seeded> seeded = new ArrayList<>();
        private long written;

        Run(Dataset dataset, Path target) {
            this.target = target;
            RegionCatalog catalog = dataset.regions();
            Map<String, Long> size = new HashMap<>();
            YearMonth last = dataset.periods().last();
            for (WorkforceRecord record : dataset.workforce()) {
                if (record.period().equals(last)) {
                    size.put(record.regionCode(), record.vulnerable() != null && record.vulnerable() > 0 ? record.vulnerable()
                            : record.potential());
                }
            }
            Set<String> codes = new TreeSet<>();
            dataset.workforce().forEach(record -> codes.add(record.regionCode()));
            for (String code : codes) {
                Region region = catalog.get(code);
                if (region.level() == Level.KABUPATEN || region.level() == Level.KOTA) {
                    regencies.add(region);
                }
            }
            if (regencies.isEmpty()) {
                throw new IllegalArgumentException("the data has no regency or city: a register names the worker's regency");
            }
            int count = regencies.size();
            regencyCodes = new byte[count][];
            prefixes = new int[count];
            weights = new double[count];
            neighbours = new int[count][];
            Map<String, List<Integer>> byProvince = new LinkedHashMap<>();
            for (int r = 0; r < count; r++) {
                Region region = regencies.get(r);
                regencyCodes[r] = ascii(region.code());
                prefixes[r] = Integer.parseInt(region.code().replace(".", ""));
                weights[r] = Math.max(1, size.getOrDefault(region.code(), 1L));
                byProvince.computeIfAbsent(region.parentCode(), p -> new ArrayList<>()).add(r);
            }
            for (int r = 0; r < count; r++) {
                List<Integer> same = byProvince.get(regencies.get(r).parentCode());
                neighbours[r] = (same.size() > 1 ? same : allIndices(count)).stream().mapToInt(Integer::intValue).toArray();
            }
            for (Region region : catalog.children(Region.COUNTRY_CODE)) {
                catalog.children(region.code()).forEach(c -> knownPrefixes.add(Integer.parseInt(c.code().replace(".", ""))));
            }
            NikPrefixes.formerCodes().forEach(moved -> knownPrefixes.add(Integer.parseInt(moved.oldCode().replace(".", ""))));
            months = List.copyOf(dataset.periods());
            monthBytes = new byte[months.size()][];
            monthStartDays = new long[months.size()];
            for (int m = 0; m < months.size(); m++) {
                monthBytes[m] = ascii(months.get(m).toString());
                monthStartDays[m] = months.get(m).atDay(1).toEpochDay();
            }
            lastYear = last.getYear();
            List<Category> categories = dataset.categories().categories();
            categoryCodes = new byte[categories.size()][];
            for (int c = 0; c < categories.size(); c++) {
                categoryCodes[c] = ascii(categories.get(c).code());
            }
            schemeCategories = new int[count][];
            schemeFunders = new Funder[count][];
            schemeWeights = new double[count][];
            schemes(dataset, categories);
        }

        /**
         * What each regency protects workers in: the categories and funders of its rows of
         * {@code pekerja_rentan.csv} in the last month it has any, weighted by their {@code terlindungi},
         * as if the register were where those figures came from; without such rows five to nine
         * categories, each paid by a funder drawn by {@link #FUNDER_SHARES}.
         */
        private void schemes(Dataset dataset, List<Category> categories) {
            Map<String, Integer> categoryIndex = new HashMap<>();
            for (int c = 0; c < categories.size(); c++) {
                categoryIndex.put(categories.get(c).code(), c);
            }
            Map<String, YearMonth> lastGiven = new HashMap<>();
            for (VulnerableRecord record : dataset.vulnerable()) {
                lastGiven.merge(record.regionCode(), record.period(), (a, b) -> a.isAfter(b) ? a : b);
            }
            Map<String, List<VulnerableRecord>> given = new HashMap<>();
            for (VulnerableRecord record : dataset.vulnerable()) {
                if (record.period().equals(lastGiven.get(record.regionCode()))
                        && categoryIndex.containsKey(record.categoryCode())) {
                    given.computeIfAbsent(record.regionCode(), r -> new ArrayList<>()).add(record);
                }
            }
            Funder[] funders = FUNDER_SHARES.keySet().toArray(new Funder[0]);
            for (int r = 0; r < regencies.size(); r++) {
                List<VulnerableRecord> records = given.getOrDefault(regencies.get(r).code(), List.of());
                int size = records.isEmpty() ? Math.min(categories.size(), 5 + random.nextInt(5)) : records.size();
                schemeCategories[r] = new int[size];
                schemeFunders[r] = new Funder[size];
                schemeWeights[r] = new double[size];
                List<Integer> shuffled = allIndices(categories.size());
                Collections.shuffle(shuffled, new Random(random.nextLong()));
                double sum = 0;
                for (int s = 0; s < size; s++) {
                    if (records.isEmpty()) {
                        schemeCategories[r][s] = shuffled.get(s);
                        schemeFunders[r][s] = drawFunder(funders);
                        sum += 1 + random.nextInt(4);
                    } else {
                        VulnerableRecord record = records.get(s);
                        schemeCategories[r][s] = categoryIndex.get(record.categoryCode());
                        schemeFunders[r][s] = record.funder();
                        sum += Math.max(1, record.protectedWorkers());
                    }
                    schemeWeights[r][s] = sum;
                }
            }
        }

        private Funder drawFunder(Funder[] funders) {
            double draw = random.nextDouble();
            double sum = 0;
            for (Funder funder : funders) {
                sum += FUNDER_SHARES.get(funder);
                if (draw < sum) {
                    return funder;
                }
            }
            return funders[funders.length - 1];
        }

        /** A scheme of regency {@code r}, drawn by weight. */
        private int scheme(int r) {
            double[] weights = schemeWeights[r];
            double draw = random.nextDouble() * weights[weights.length - 1];
            for (int s = 0; s < weights.length - 1; s++) {
                if (draw < weights[s]) {
                    return s;
                }
            }
            return weights.length - 1;
        }

        Manifest run() throws IOException {
            int count = regencies.size();
            Map<Kind, Long> wanted = new EnumMap<>(Kind.class);
            long extra = 0;
            for (Kind kind : Kind.values()) {
                if (kind == Kind.OLD_PAPUA_PREFIX || !possible(kind)) {
                    continue;
                }
                long n = Math.round(rows * rates.of(kind));
                wanted.put(kind, n);
                if (kind.pair()) {
                    extra += n;
                }
            }
            long persons = rows - extra;
            long[] perRegency = allocate(persons, weights);
            long eligible = 0;
            for (int r = 0; r < count; r++) {
                if (OLD_PAPUA.containsKey(prefixes[r])) {
                    eligible += perRegency[r];
                }
            }
            long papua = Math.round(eligible * Math.min(1, rates.of(Kind.OLD_PAPUA_PREFIX)));
            long general = persons - papua;
            long seededPersons = wanted.values().stream().mapToLong(Long::longValue).sum();
            if (seededPersons > general) {
                throw new IllegalArgumentException("rates too high: " + seededPersons + " seeded persons among " + general);
            }
            Kind[] kinds = wanted.keySet().toArray(new Kind[0]);
            long[] remaining = new long[kinds.length];
            for (int k = 0; k < kinds.length; k++) {
                remaining[k] = wanted.get(kinds[k]);
            }
            long generalLeft = general;
            long eligibleLeft = eligible;
            long papuaLeft = papua;
            try {
                for (int r = 0; r < count; r++) {
                    List<Line> pending = new ArrayList<>();
                    int blocks = (int) (perRegency[r] / PER_BLOCK) + 1;
                    boolean papuaRegency = OLD_PAPUA.containsKey(prefixes[r]);
                    for (long i = 0; i < perRegency[r]; i++) {
                        Kind kind = null;
                        if (papuaRegency && random.nextLong(eligibleLeft--) < papuaLeft) {
                            kind = Kind.OLD_PAPUA_PREFIX;
                            papuaLeft--;
                        } else {
                            long draw = random.nextLong(generalLeft--);
                            for (int k = 0; k < kinds.length; k++) {
                                if (draw < remaining[k]) {
                                    kind = kinds[k];
                                    remaining[k]--;
                                    break;
                                }
                                draw -= remaining[k];
                            }
                        }
                        person(r, i, blocks, kind, pending);
                    }
                    for (Line line : pending) {
                        emit(line);
                    }
                }
            } finally {
                for (Output output : outputs.values()) {
                    output.close();
                }
            }
            Map<String, Long> byFile = new LinkedHashMap<>();
            for (Output output : outputs.values()) {
                byFile.put(output.name, output.line - 1);
            }
            Map<Kind, Long> all = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                all.put(kind, counts.getOrDefault(kind, 0L));
            }
            return new Manifest(seed, written, byFile, persons, all, seeded);
        }

        private boolean possible(Kind kind) {
            return switch (kind) {
                case REENROLMENT -> months.size() >= 2;
                case DIFFERENT_REGION -> regencies.size() >= 2;
                default -> true;
            };
        }

        /** The {@code index}-th person of regency {@code r}: one row, and for a pair kind a second, pending. */
        private void person(int r, long index, int blocks, Kind kind, List<Line> pending) throws IOException {
            boolean woman = random.nextBoolean();
            int monthCount = months.size();
            // enrolments grow over the months: the density of the start month rises linearly
            int start = (int) (Math.sqrt(random.nextDouble()) * monthCount);
            int end = OPEN;
            if (kind == Kind.REENROLMENT) {
                // ends before the last month, so that the second row can start after it
                start = random.nextInt(monthCount - 1);
                end = start + random.nextInt(monthCount - 1 - start);
            } else if (kind == Kind.END_BEFORE_START) {
                // one to six months before the start, within the data's months where they allow it
                start = monthCount > 1 ? 1 + random.nextInt(monthCount - 1) : 0;
                end = start - 1 - random.nextInt(start > 0 ? Math.min(start, 6) : 6);
            } else if (random.nextInt(4) == 0) {
                end = start + random.nextInt(monthCount - start);
            }
            int age;
            if (kind == Kind.AGE_UNDER_15) {
                age = 10 + random.nextInt(4);
            } else if (kind == Kind.AGE_OVER_80) {
                age = 82 + random.nextInt(9);
            } else {
                // 16 to 78 less the data's years: a pair's second row, starting later, stays within 80 as well
                age = 16 + (int) ((random.nextDouble() + random.nextDouble()) / 2 * (63 - (monthCount + 11) / 12));
            }
            long birth = LocalDate.ofEpochDay(monthStartDays[start]).minusYears(age).minusDays(1 + random.nextInt(364)).toEpochDay();
            int block = (int) (index / PER_BLOCK);
            // a regency with more persons than districts × serials: the birth date tells the blocks apart
            birth -= Math.floorMod(birth - block, blocks);
            int district = 1 + (int) (index % 30);
            int serial = 1 + (int) (index / 30 % 9_999);
            int prefix = kind == Kind.OLD_PAPUA_PREFIX ? OLD_PAPUA.get(prefixes[r]) : prefixes[r];
            byte[] nik = nik(prefix, district, LocalDate.ofEpochDay(birth), woman, serial);
            if (kind != null && kind.severity() == Severity.ERROR && kind != Kind.END_BEFORE_START) {
                nik = corrupt(kind, nik, r, woman);
            }
            byte[] name = name(woman);
            int scheme = scheme(r);
            Funder funder = schemeFunders[r][scheme];
            int category = schemeCategories[r][scheme];
            Line first = emit(new Line(nik, name, r, category, funder, start, end, kind != null && !kind.pair() ? kind : null,
                    null, 0));
            if (kind != null && kind.pair()) {
                pending.add(second(kind, first));
            }
            if (kind != null && !kind.pair()) {
                count(kind);
            }
        }

        /** The pair's second row: same NIK and person, what the kind says about funder, region and months. */
        private Line second(Kind kind, Line first) {
            int monthCount = months.size();
            int last = first.end() == OPEN ? monthCount - 1 : first.end();
            byte[] name = random.nextInt(3) == 0 ? ascii(new String(first.name(), StandardCharsets.US_ASCII)
                    .toUpperCase(Locale.ROOT)) : first.name();
            int category = random.nextInt(2) == 0 ? first.category() : schemeCategories[first.regency()][scheme(first.regency())];
            switch (kind) {
                case REENROLMENT -> {
                    int start = first.end() + 1 + random.nextInt(monthCount - 1 - first.end());
                    return new Line(first.nik(), name, first.regency(), category, first.funder(), start, OPEN, kind,
                            first.firstFile(), first.firstLine());
                }
                case DUPLICATE -> {
                    boolean copy = random.nextBoolean();
                    int start = copy ? first.start() : first.start() + random.nextInt(last - first.start() + 1);
                    return new Line(first.nik(), copy ? first.name() : name, first.regency(), copy ? first.category() : category,
                            first.funder(), start, copy ? first.end() : OPEN, kind, first.firstFile(), first.firstLine());
                }
                case DOUBLE_FUNDING -> {
                    Funder other = first.funder() == Funder.APBD_PROVINSI ? Funder.APBD_KABKOTA
                            : first.funder() == Funder.APBD_KABKOTA || random.nextBoolean() ? Funder.APBD_PROVINSI
                            : Funder.APBD_KABKOTA;
                    int start = first.start() + random.nextInt(last - first.start() + 1);
                    return new Line(first.nik(), name, first.regency(), category, other, start, OPEN, kind,
                            first.firstFile(), first.firstLine());
                }
                case DIFFERENT_REGION -> {
                    int[] others = neighbours[first.regency()];
                    int regency = first.regency();
                    while (regency == first.regency()) {
                        regency = others[random.nextInt(others.length)];
                    }
                    int start = first.start() + random.nextInt(last - first.start() + 1);
                    return new Line(first.nik(), name, regency, category, first.funder(), start, OPEN, kind,
                            first.firstFile(), first.firstLine());
                }
                default -> throw new IllegalArgumentException("not a pair: " + kind);
            }
        }

        /** Writes a row to its funder's file; returns it with its line number as {@code firstLine}. */
        private Line emit(Line line) throws IOException {
            Output out = outputs.get(line.funder());
            if (out == null) {
                out = new Output(target, line.funder());
                outputs.put(line.funder(), out);
            }
            out.put(line.nik());
            out.put((byte) ',');
            out.put(line.name());
            out.put((byte) ',');
            out.put(regencyCodes[line.regency()]);
            out.put((byte) ',');
            out.put(categoryCodes[line.category()]);
            out.put((byte) ',');
            out.put(out.funderBytes);
            out.put((byte) ',');
            out.put(month(line.start()));
            out.put((byte) ',');
            if (line.end() != OPEN) {
                out.put(month(line.end()));
            }
            out.put((byte) '\n');
            out.line++;
            written++;
            long number = out.line;
            if (line.kind() != null) {
                if (line.kind().pair()) {
                    count(line.kind());
                    seeded.add(new Seeded(line.kind(), out.name, number, line.firstFile().name, line.firstLine()));
                } else {
                    seeded.add(new Seeded(line.kind(), out.name, number, "", 0));
                }
            }
            return new Line(line.nik(), line.name(), line.regency(), line.category(), line.funder(), line.start(), line.end(),
                    line.kind(), out, number);
        }

        private void count(Kind kind) {
            counts.merge(kind, 1L, Long::sum);
        }

        /** A month's text; an index outside the data's months (a {@code selesai} before it) computed. */
        private byte[] month(int index) {
            if (index >= 0 && index < monthBytes.length) {
                return monthBytes[index];
            }
            return ascii(months.get(0).plusMonths(index).toString());
        }

        private byte[] name(boolean woman) {
            String[] given = woman ? WOMEN : MEN;
            String[] second = woman ? WOMEN_SECOND : MEN_SECOND;
            int parts = random.nextInt(20);
            String first = given[random.nextInt(given.length)];
            if (parts < 5) {
                return ascii(first);
            }
            String name = first + " " + (parts < 17 ? second[random.nextInt(second.length)]
                    : given[random.nextInt(given.length)] + " " + second[random.nextInt(second.length)]);
            return ascii(name);
        }

        /** A valid NIK of a person whose NIK has a defect: changed as the kind says, unique among defective NIKs. */
        private byte[] corrupt(Kind kind, byte[] valid, int regency, boolean woman) {
            for (int attempt = 0; ; attempt++) {
                byte[] nik = switch (kind) {
                    case WRONG_LENGTH -> {
                        if (random.nextBoolean()) {
                            int drop = random.nextInt(16);
                            byte[] shorter = new byte[15];
                            System.arraycopy(valid, 0, shorter, 0, drop);
                            System.arraycopy(valid, drop + 1, shorter, drop, 15 - drop);
                            yield shorter;
                        }
                        byte[] longer = Arrays.copyOf(valid, 17);
                        longer[16] = (byte) ('0' + random.nextInt(10));
                        yield longer;
                    }
                    case NON_DIGIT -> {
                        byte[] text = valid.clone();
                        int changes = 1 + random.nextInt(2);
                        for (int c = 0; c < changes; c++) {
                            text[random.nextInt(16)] = NON_DIGITS[random.nextInt(NON_DIGITS.length)];
                        }
                        yield text;
                    }
                    case IMPOSSIBLE_DATE -> impossibleDate(valid, woman);
                    case UNKNOWN_PREFIX -> {
                        byte[] text = valid.clone();
                        int province = prefixes[regency] / 100;
                        int prefix;
                        do {
                            prefix = province * 100 + 40 + random.nextInt(30);
                        } while (knownPrefixes.contains(prefix));
                        digits(text, 0, prefix, 4);
                        yield text;
                    }
                    default -> throw new IllegalArgumentException("not a NIK defect: " + kind);
                };
                if (defectNiks.add(new String(nik, StandardCharsets.US_ASCII))) {
                    return nik;
                }
                if (attempt > 1_000) {
                    throw new IllegalStateException("cannot seed a distinct " + kind);
                }
            }
        }

        private byte[] impossibleDate(byte[] valid, boolean woman) {
            byte[] text = valid.clone();
            int womanDays = woman ? 40 : 0;
            int year = (text[10] - '0') * 10 + (text[11] - '0');
            switch (random.nextInt(5)) {
                case 0 -> {
                    digits(text, 6, 30 + random.nextInt(2) + womanDays, 2);
                    digits(text, 8, 2, 2);
                }
                case 1 -> digits(text, 6, 32 + random.nextInt(8) + womanDays, 2);
                case 2 -> digits(text, 8, random.nextBoolean() ? 0 : 13, 2);
                case 3 -> digits(text, 6, womanDays, 2);
                default -> {
                    int full = year > lastYear % 100 ? 1900 + year : 2000 + year;
                    while (YearMonth.of(full, 2).isLeapYear()) {
                        full--;
                    }
                    digits(text, 6, 29 + womanDays, 2);
                    digits(text, 8, 2, 2);
                    digits(text, 10, full % 100, 2);
                }
            }
            return text;
        }
    }

    /** The 16 digits: region, district, birth date (day + 40 for a woman), serial. */
    static byte[] nik(int prefix, int district, LocalDate birth, boolean woman, int serial) {
        byte[] nik = new byte[16];
        digits(nik, 0, prefix, 4);
        digits(nik, 4, district, 2);
        digits(nik, 6, birth.getDayOfMonth() + (woman ? 40 : 0), 2);
        digits(nik, 8, birth.getMonthValue(), 2);
        digits(nik, 10, birth.getYear() % 100, 2);
        digits(nik, 12, serial, 4);
        return nik;
    }

    private static void digits(byte[] into, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
    }

    /** {@code total} split in proportion to {@code weights}, the remainders going to the largest fractions. */
    static long[] allocate(long total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        long[] parts = new long[weights.length];
        double[] fractions = new double[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            fractions[i] = exact - parts[i];
            assigned += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> fractions[a] != fractions[b] ? Double.compare(fractions[b], fractions[a])
                : Integer.compare(a, b));
        for (int i = 0; assigned < total; i = (i + 1) % order.length) {
            parts[order[i]]++;
            assigned++;
        }
        return parts;
    }

    private static List<Integer> allIndices(int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static Map<Funder, Double> funderShares() {
        Map<Funder, Double> shares = new EnumMap<>(Funder.class);
        shares.put(Funder.APBD_PROVINSI, 0.40);
        shares.put(Funder.APBD_KABKOTA, 0.30);
        shares.put(Funder.APBDES, 0.15);
        shares.put(Funder.CSR, 0.08);
        shares.put(Funder.MANDIRI, 0.05);
        shares.put(Funder.LAINNYA, 0.02);
        return Collections.unmodifiableMap(shares);
    }

    /** The Papua codes of the loader's own crosswalk of former codes (new code → old), without the dot. */
    private static Map<Integer, Integer> papua() {
        Map<Integer, Integer> map = new HashMap<>();
        for (NikPrefixes.Moved moved : NikPrefixes.formerCodes()) {
            int now = Integer.parseInt(moved.newCode().replace(".", ""));
            if (now / 100 >= 93) {
                map.put(now, Integer.parseInt(moved.oldCode().replace(".", "")));
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
