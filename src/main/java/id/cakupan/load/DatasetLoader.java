package id.cakupan.load;

import static id.cakupan.load.InputFiles.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import id.cakupan.model.Boundary;
import id.cakupan.model.BudgetRecord;
import id.cakupan.model.Categories;
import id.cakupan.model.Category;
import id.cakupan.model.CategoryGroup;
import id.cakupan.model.Dataset;
import id.cakupan.model.Funder;
import id.cakupan.model.InputFile;
import id.cakupan.model.InputWarning;
import id.cakupan.model.Level;
import id.cakupan.model.Parameters;
import id.cakupan.model.ParticipantRecord;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.RegisterReport;
import id.cakupan.model.RegulationRecord;
import id.cakupan.model.RegulationStatus;
import id.cakupan.model.RegulationType;
import id.cakupan.model.Segment;
import id.cakupan.model.TargetRecord;
import id.cakupan.model.VulnerableRecord;
import id.cakupan.model.WorkforceRecord;
import id.cakupan.text.Text;

/**
 * Reads every input file of a data folder into a {@link Dataset}, checking each row on its own
 * (types, codes, ranges, duplicate keys). Rules across rows and files belong to the check stage.
 */
public final class DatasetLoader {

    /** The settings {@code parameter.csv} may hold. */
    public static final List<String> KNOWN_PARAMETERS = List.of(Parameters.MONTHLY_PREMIUM, "nama_instansi",
            "nama_instansi_en", Parameters.PROVINCE_SHARE, Parameters.REGENCY_SHARE);

    /**
     * The most categories {@code kategori.csv} may hold: the built-in list has 16, and a briefing
     * still reads with some thousands.
     */
    public static final int MAX_CATEGORIES = 10_000;

    private final Path dataDir;
    private final RegionCatalog regions;
    private final ErrorSink errors = new ErrorSink();
    private final List<InputFile> inputFiles = new ArrayList<>();
    private final List<Text> notes = new ArrayList<>();
    private final List<InputWarning> boundaryWarnings = new ArrayList<>();
    private final Map<Path, String> workbookChecksums = new HashMap<>();
    private TableInputs tables;
    private final Consumer<Text> progress;
    private final Function<String, Runnable> stages;

    public DatasetLoader(Path dataDir, RegionCatalog regions) {
        this(dataDir, regions, line -> { });
    }

    /** @param progress told of each file read ("Membaca data/kepesertaan.csv…"), since a large folder takes a while */
    public DatasetLoader(Path dataDir, RegionCatalog regions, Consumer<Text> progress) {
        this(dataDir, regions, progress, name -> () -> { });
    }

    /**
     * @param stages starts timing a part of the loading by its name ({@code daftar}, the register of
     *               vulnerable workers) and gives what ends it
     */
    public DatasetLoader(Path dataDir, RegionCatalog regions, Consumer<Text> progress,
                         Function<String, Runnable> stages) {
        this.dataDir = dataDir;
        this.regions = regions;
        this.progress = progress;
        this.stages = stages;
    }

    /** Loads the folder; throws with every error found when any row or file is wrong. */
    public Dataset load() throws IOException, InvalidDataException {
        tables = TableInputs.find(dataDir, errors);
        Categories categories = loadCategories();
        List<WorkforceRecord> workforce = new ArrayList<>();
        List<ParticipantRecord> participants = new ArrayList<>();
        List<VulnerableRecord> vulnerable = new ArrayList<>();
        List<TargetRecord> targets = new ArrayList<>();
        List<BudgetRecord> budgets = new ArrayList<>();
        List<RegulationRecord> regulations = new ArrayList<>();
        Map<String, String> parameterValues = new LinkedHashMap<>();

        each(WORKFORCE, List.of(EMPLOYED, VULNERABLE_WORKERS),
                keyed(row -> Arrays.asList(regionKey(row), row.periodKey(PERIOD)), row -> {
                    var record = new WorkforceRecord(region(row), row.period(PERIOD), orZero(row.people(POTENTIAL, true)),
                            row.people(EMPLOYED, false), row.people(VULNERABLE_WORKERS, false), row.ref());
                    if (row.isValid()) {
                        workforce.add(record);
                    }
                }));
        each(PARTICIPANTS, List.of(),
                keyed(row -> Arrays.asList(regionKey(row), row.periodKey(PERIOD),
                        Codes.upper(row.optionalText(SEGMENT))), row -> {
                    var record = new ParticipantRecord(region(row), row.period(PERIOD), row.choice(SEGMENT, Segment.class),
                            orZero(row.people(ACTIVE, true)), row.ref());
                    if (row.isValid()) {
                        participants.add(record);
                    }
                }));
        each(VULNERABLE, List.of(MONTHS_FUNDED),
                keyed(row -> Arrays.asList(regionKey(row), row.periodKey(PERIOD),
                        categoryKey(row.optionalText(CATEGORY), categories),
                        Codes.upper(row.optionalText(FUNDER))), row -> {
                    var record = new VulnerableRecord(region(row), row.period(PERIOD), category(row, categories),
                            row.choice(FUNDER, Funder.class), orZero(row.people(PROTECTED, true)),
                            row.months(MONTHS_FUNDED, false), row.ref());
                    if (row.isValid()) {
                        vulnerable.add(record);
                    }
                }));
        each(TARGETS, List.of(),
                keyed(row -> Arrays.asList(regionKey(row), row.optionalText(YEAR)), row -> {
                    String region = region(row);
                    Integer year = row.year(YEAR);
                    var percent = row.percent(TARGET_PERCENT, true);
                    if (percent != null && percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                        row.error(TARGET_PERCENT, Text.of("load.target.above100", Row.quote(percent.toPlainString())));
                    }
                    String source = row.text(SOURCE);
                    if (row.isValid()) {
                        targets.add(new TargetRecord(region, year, percent, source, row.ref()));
                    }
                }));
        each(BUDGETS, List.of(SPENT),
                keyed(row -> Arrays.asList(regionKey(row), row.optionalText(YEAR),
                        Codes.upper(row.optionalText(FUNDER))), row -> {
                    String payer = region(row);
                    Integer year = row.year(YEAR);
                    Funder funder = row.choice(FUNDER, Funder.class);
                    var record = new BudgetRecord(payer, year == null ? 0 : year, funder, orZero(row.rupiah(NEED, true)),
                            orZero(row.rupiah(ALLOCATED, true)), row.rupiah(SPENT, false), row.ref());
                    checkPayer(row, payer, funder);
                    if (row.isValid()) {
                        budgets.add(record);
                    }
                }));
        each(REGULATIONS, List.of(),
                keyed(row -> row.optionalText(NUMBER) == null ? null
                        : Arrays.asList(regionKey(row), Codes.upper(row.optionalText(TYPE)),
                                row.optionalText(NUMBER)), row -> {
                    String region = region(row);
                    RegulationType type = row.choice(TYPE, RegulationType.class);
                    RegulationStatus status = row.choice(STATUS, RegulationStatus.class);
                    boolean enacted = status == RegulationStatus.DITETAPKAN;
                    String number = enacted ? row.text(NUMBER) : row.optionalText(NUMBER);
                    var record = new RegulationRecord(region, type, number, row.date(DATE, enacted), row.text(TITLE),
                            status, row.ref());
                    checkRegulationType(row, region, type);
                    if (row.isValid()) {
                        regulations.add(record);
                    }
                }));
        each(PARAMETERS, List.of(),
                keyed(row -> Arrays.asList(Codes.lower(row.optionalText(NAME))), row -> {
                    String name = parameterName(row);
                    if (name != null && !KNOWN_PARAMETERS.contains(name)) {
                        row.error(NAME, Text.of("load.parameter.unknown", Row.quote(name),
                                String.join(", ", KNOWN_PARAMETERS)));
                    }
                    String value = Parameters.MONTHLY_PREMIUM.equals(name) ? premium(row)
                            : Parameters.PROVINCE_SHARE.equals(name) || Parameters.REGENCY_SHARE.equals(name)
                            ? share(row) : row.text(VALUE);
                    if (row.isValid()) {
                        parameterValues.put(name, value);
                    }
                }));

        long premium = parameterValues.get(Parameters.MONTHLY_PREMIUM) != null
                ? Long.parseLong(parameterValues.get(Parameters.MONTHLY_PREMIUM))
                : Parameters.DEFAULT_MONTHLY_PREMIUM_RP;
        RegisterReport register = register(categories, workforce, vulnerable, premium);
        List<Boundary> boundaries = boundaries();
        errors.throwIfAny();
        return new Dataset(regions, categories, workforce, participants, vulnerable, targets, budgets, regulations,
                new Parameters(premium, parameterValues), inputFiles, warnings(), notes, boundaries, register);
    }

    /**
     * Reads the register of vulnerable workers, when the folder gives one ({@code daftar_rentan*.csv},
     * sheets named {@code daftar_rentan}), checks it row by row, and when every file so far is without
     * error, counts it: its protected workers of each regency, category, funder and month join
     * {@code vulnerable} as if {@code pekerja_rentan.csv} held them. A regency and month that file gives
     * too is an error naming both.
     */
    private RegisterReport register(Categories categories, List<WorkforceRecord> workforce,
                                    List<VulnerableRecord> vulnerable, long premium) throws IOException {
        List<Path> files = TableInputs.registerFiles(dataDir);
        List<TableInputs.SheetInput> sheets = tables.registerSheets();
        if (files.isEmpty() && sheets.isEmpty()) {
            return RegisterReport.none();
        }
        Runnable stage = stages.apply("daftar");
        List<String> required = requiredColumns(REGISTER);
        var reader = new RegisterReader(regions, RegisterReader.regencies(regions),
                categories.categories().stream().map(Category::code).toList(), this::region,
                row -> category(row, categories));
        for (Path path : files) {
            String display = path.toString();
            if (!Files.isRegularFile(path)) {
                errors.add(DataError.ofFile(display, Text.of("load.file.notAFile")));
                continue;
            }
            progress.accept(Text.of("load.reading", display));
            reader.register().startFile(display, false);
            if (RegisterCsv.applies(path)) {
                RegisterCsv.read(path, display, reader, errors).ifPresent(inputFiles::add);
                continue;
            }
            Optional<CsvFile> file = CsvFile.read(path, display, required, List.of(), Register.MAX_ROWS, errors,
                    reader::accept);
            if (file.isPresent()) {
                notes.addAll(file.get().notes());
                inputFiles.add(new InputFile(String.valueOf(path.getFileName()), file.get().rowCount(), file.get().sha256()));
            }
        }
        for (TableInputs.SheetInput sheet : sheets) {
            progress.accept(Text.of("load.reading", sheet.display()));
            reader.register().startFile(sheet.display(), true);
            Optional<Integer> rows = SheetTable.read(sheet.workbook(), sheet.index(), sheet.display(), required,
                    List.of(), Register.MAX_ROWS, errors, reader::accept);
            if (rows.isPresent()) {
                inputFiles.add(new InputFile(sheet.label(), rows.get(), checksum(sheet.workbook())));
            }
        }
        if (!errors.isEmpty()) {
            stage.run();
            return RegisterReport.none();
        }
        SortedSet<YearMonth> periods = new TreeSet<>();
        workforce.forEach(w -> periods.add(w.period()));
        List<VulnerableRecord> counted = new ArrayList<>();
        RegisterReport report = reader.register().analyse(periods, premium, counted);
        Map<List<Object>, VulnerableRecord> given = new HashMap<>();
        vulnerable.forEach(v -> given.putIfAbsent(List.of(v.regionCode(), v.period()), v));
        Set<List<Object>> reported = new HashSet<>();
        for (VulnerableRecord v : counted) {
            List<Object> key = List.of(v.regionCode(), v.period());
            VulnerableRecord table = given.get(key);
            if (table != null && reported.add(key)) {
                errors.add(DataError.at(table.source(), Text.of("load.register.clash", v.regionCode(), v.period(),
                        v.source().file())));
            }
        }
        vulnerable.addAll(counted);
        stage.run();
        return report;
    }

    /** The corrections of the tables' cells, then the warnings of the boundary file. */
    private List<InputWarning> warnings() {
        List<InputWarning> all = new ArrayList<>(errors.warnings());
        all.addAll(boundaryWarnings);
        return all;
    }

    /** The outlines of {@code batas_wilayah.geojson} when the folder has it, else none. */
    private List<Boundary> boundaries() throws IOException {
        Path path = dataDir.resolve(BoundaryFile.NAME);
        if (!Files.exists(path)) {
            return List.of();
        }
        String display = path.toString();
        if (!Files.isRegularFile(path)) {
            errors.add(DataError.ofFile(display, Text.of("load.file.notAFile")));
            return List.of();
        }
        progress.accept(Text.of("load.reading", display));
        Optional<BoundaryFile.Result> result = BoundaryFile.read(path, display, regions, errors);
        if (result.isEmpty()) {
            return List.of();
        }
        boundaryWarnings.addAll(result.get().warnings());
        inputFiles.add(new InputFile(BoundaryFile.NAME, result.get().features(), result.get().sha256()));
        return result.get().boundaries();
    }

    private Categories loadCategories() throws IOException {
        if (!tables.isGiven(CATEGORIES)) {
            return BuiltInCategories.categories();
        }
        Map<String, CategoryGroup> groups = new LinkedHashMap<>();
        BuiltInCategories.groups().forEach(g -> groups.put(g.code(), g));
        Map<String, CategoryGroup> named = new LinkedHashMap<>();
        List<Category> categories = new ArrayList<>();
        each(CATEGORIES, List.of(GROUP_NAME, GROUP_NAME_EN), MAX_CATEGORIES,
                keyed(row -> Arrays.asList(row.optionalText(CODE)), row -> {
                    var category = new Category(row.text(CODE), row.text(NAME), row.text(NAME_EN), row.text(GROUP));
                    if (row.isValid()) {
                        categories.add(category);
                        String groupName = row.optionalText(GROUP_NAME);
                        if (groupName != null) {
                            String groupNameEn = row.optionalText(GROUP_NAME_EN);
                            named.put(category.groupCode(), new CategoryGroup(category.groupCode(), groupName,
                                    groupNameEn == null ? groupName : groupNameEn));
                        }
                    }
                }));
        groups.putAll(named);
        Set<String> usedCodes = new HashSet<>();
        categories.forEach(c -> usedCodes.add(c.groupCode()));
        List<CategoryGroup> used = new ArrayList<>();
        groups.values().stream().filter(g -> usedCodes.contains(g.code())).forEach(used::add);
        categories.stream().map(Category::groupCode).distinct().filter(code -> !groups.containsKey(code))
                .forEach(code -> used.add(new CategoryGroup(code, code, code)));
        return new Categories(used, categories);
    }

    /**
     * Reads one file, if present, and hands each row to the consumer; a missing required file is an
     * error. Its required columns are {@link InputFiles#requiredColumns}, {@code optional} those it
     * may have besides.
     */
    private void each(String name, List<String> optional, Consumer<Row> consumer) throws IOException {
        each(name, optional, CsvFile.MAX_ROWS, consumer);
    }

    private void each(String name, List<String> optional, int maxRows, Consumer<Row> consumer) throws IOException {
        List<String> required = requiredColumns(name);
        Optional<TableInputs.Input> input = tables.of(name);
        if (input.isEmpty()) {
            if (REQUIRED.contains(name) && !tables.isGiven(name)) {
                errors.add(DataError.ofFile(dataDir.resolve(name).toString(), Text.of("load.file.missing", name.replace(".csv", ""))));
            }
            return;
        }
        String display = input.get().display();
        Optional<Integer> rows;
        InputFile read;
        if (input.get() instanceof TableInputs.SheetInput sheet) {
            progress.accept(Text.of("load.reading", display));
            rows = SheetTable.read(sheet.workbook(), sheet.index(), display, required, optional, maxRows, errors,
                    consumer);
            if (rows.isEmpty()) {
                return;
            }
            read = new InputFile(sheet.label(), rows.get(), checksum(sheet.workbook()));
        } else {
            Path path = ((TableInputs.CsvInput) input.get()).path();
            if (!Files.isRegularFile(path)) {
                errors.add(DataError.ofFile(display, Text.of("load.file.notAFile")));
                return;
            }
            progress.accept(Text.of("load.reading", display));
            Optional<CsvFile> file = CsvFile.read(path, display, required, optional, maxRows, errors, consumer);
            if (file.isEmpty()) {
                return;
            }
            notes.addAll(file.get().notes());
            rows = Optional.of(file.get().rowCount());
            read = new InputFile(name, file.get().rowCount(), file.get().sha256());
        }
        if (rows.get() == 0 && REQUIRED.contains(name)) {
            errors.add(DataError.ofFile(display, Text.of("load.file.noRows")));
        }
        inputFiles.add(read);
    }

    /** The SHA-256 of a workbook's bytes, once per workbook however many of its sheets are read. */
    private String checksum(Path workbook) throws IOException {
        String known = workbookChecksums.get(workbook);
        if (known == null) {
            try (var in = new DigestInputStream(Files.newInputStream(workbook), sha256())) {
                in.transferTo(OutputStream.nullOutputStream());
                known = HexFormat.of().formatHex(in.getMessageDigest().digest());
            }
            workbookChecksums.put(workbook, known);
        }
        return known;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Wraps a row consumer with the duplicate-key check of its file; a null key is not checked. */
    private static Consumer<Row> keyed(Function<Row, List<String>> key, Consumer<Row> consumer) {
        // the keys seen are kept as one string each (every part prefixed with its length, so that no two
        // keys can read the same): a file of 172,000 rows held a list of four strings per row until its end
        Map<String, Integer> firstLines = new HashMap<>();
        return row -> {
            List<String> k = key.apply(row);
            if (k != null && !k.contains(null)) {
                StringBuilder joined = new StringBuilder(48);
                for (String part : k) {
                    joined.append(part.length()).append(':').append(part);
                }
                Integer first = firstLines.putIfAbsent(joined.toString(), row.line());
                if (first != null) {
                    row.error(Text.of("load.duplicate", String.join(", ", k.stream().map(Row::excerpt).toList()),
                            row.place(first)));
                    return;
                }
            }
            consumer.accept(row);
        };
    }

    private String region(Row row) {
        BigDecimal number = row.numberCell(REGION);
        String code = number == null ? row.text(REGION) : regionOfNumber(row, number);
        if (code == null) {
            return null;
        }
        if (!RegionCodes.isWellFormed(code)) {
            row.error(REGION, RegionCodes.didYouMean(code, regions)
                    .map(likely -> Text.of("load.region.didYouMean", Row.quote(code), likely))
                    .orElse(Text.of("load.region.notACode", Row.quote(code), RegionCodes.expected())));
            return null;
        }
        Optional<Region> region = regions.find(code);
        if (region.isEmpty()) {
            row.error(REGION, Text.of("load.region.unknown", Row.quote(code)));
            return null;
        }
        // the list's own string: hundreds of thousands of rows then share a few hundred codes
        return region.get().code();
    }

    /**
     * The code a number cell of a sheet stands for: {@code 17} and {@code 17.04} as they are; a code
     * whose zero Excel dropped ({@code 17.1}) where only one code of the list fits, with a warning
     * (else an error that names both); any other number as it is written, to be reported as a code.
     */
    private String regionOfNumber(Row row, BigDecimal number) {
        String written = row.optionalText(REGION);
        List<String> candidates = RegionCodes.ofNumber(number, regions);
        if (candidates.size() == 1 && !candidates.get(0).equals(written)) {
            row.warn(REGION, Text.of("load.region.numberRead", written, candidates.get(0)));
        } else if (candidates.size() > 1) {
            row.error(REGION, Text.of("load.region.numberAmbiguous", written, DataError.list(candidates, "load.or")));
            return null;
        }
        return candidates.size() == 1 ? candidates.get(0) : written;
    }

    /** The region of a row for its key: the code a number cell stands for, where only one fits. */
    private String regionKey(Row row) {
        BigDecimal number = row.numberCell(REGION);
        if (number != null) {
            List<String> candidates = RegionCodes.ofNumber(number, regions);
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
        }
        return row.optionalText(REGION);
    }

    /**
     * A category code from the list; a code written in another case or with spaces, or a
     * category's Indonesian name ({@code Nelayan}, {@code Guru honorer SD/SMP}), is read as its code
     * with a warning.
     */
    private String category(Row row, Categories categories) {
        String text = row.text(CATEGORY);
        if (text == null) {
            return null;
        }
        Optional<Category> match = match(text, categories);
        if (match.isEmpty()) {
            Text expected = tables.isGiven(CATEGORIES) ? Text.of("load.category.fromFile", CATEGORIES)
                    : Text.of("load.category.builtIn", String.join(", ", categories.categories().stream()
                            .limit(3).map(Category::code).toList()), CATEGORIES);
            row.error(CATEGORY, Text.of("load.category.unknown", Row.quote(text), expected));
            return null;
        }
        String code = match.get().code();
        if (!code.equals(text)) {
            row.corrected(CATEGORY, code);
        }
        return code;
    }

    /** The category a cell names: by code as written, by code in another case or spacing, or by its one name. */
    private static Optional<Category> match(String text, Categories categories) {
        Optional<Category> exact = categories.find(text);
        if (exact.isPresent()) {
            return exact;
        }
        Optional<Category> byCode = categories.find(Codes.upper(text));
        if (byCode.isPresent()) {
            return byCode;
        }
        return categories.findByName(text);
    }

    /** The category code of a cell for the duplicate-key check: the code it is read as, else the cell. */
    private static String categoryKey(String text, Categories categories) {
        return text == null ? null : match(text, categories).map(Category::code).orElse(text);
    }

    /**
     * A parameter name; one written in another case or with spaces ({@code Iuran BPU Bulanan}) is
     * read as the name, with a warning.
     */
    private static String parameterName(Row row) {
        String name = row.text(NAME);
        if (name == null || KNOWN_PARAMETERS.contains(name)) {
            return name;
        }
        String normalized = Codes.lower(name);
        if (KNOWN_PARAMETERS.contains(normalized)) {
            row.corrected(NAME, normalized);
            return normalized;
        }
        return name;
    }

    private void checkPayer(Row row, String payer, Funder funder) {
        if (payer == null || funder == null) {
            return;
        }
        Level level = regions.get(payer).level();
        if (funder == Funder.APBD_PROVINSI && level != Level.PROVINSI) {
            row.error(REGION, Text.of("load.budget.notProvince", Row.quote(payer)));
        } else if (funder == Funder.APBD_KABKOTA && !level.isRegency()) {
            row.error(REGION, Text.of("load.budget.notRegency", Row.quote(payer)));
        } else if (level == Level.NASIONAL) {
            row.error(REGION, Text.of("load.budget.country"));
        }
    }

    private void checkRegulationType(Row row, String code, RegulationType type) {
        if (code == null || type == null) {
            return;
        }
        Region region = regions.get(code);
        RegulationType expected = switch (region.level()) {
            case PROVINSI -> RegulationType.PERGUB;
            case KABUPATEN -> RegulationType.PERBUP;
            case KOTA -> RegulationType.PERWAL;
            case NASIONAL -> null;
        };
        if (region.isCountry()) {
            row.error(REGION, Text.of("load.regulation.country"));
        } else if (isHeadRegulation(type) && type != expected) {
            row.error(TYPE, Text.of("load.regulation.typeDoesNotFit", Row.quote(type.name()), region.name(), expected));
        }
    }

    private static boolean isHeadRegulation(RegulationType type) {
        return type == RegulationType.PERGUB || type == RegulationType.PERBUP || type == RegulationType.PERWAL;
    }

    /** The monthly premium: whole rupiah from 1 to 10,000,000. */
    private static String premium(Row row) {
        Long premium = row.count(VALUE, true);
        if (premium != null && (premium < 1 || premium > 10_000_000)) {
            row.error(VALUE, Text.of("load.parameter.premium", Row.quote(premium.toString()),
                    Text.figure(10_000_000)));
            return null;
        }
        return premium == null ? null : premium.toString();
    }

    /** A share of a premium need: a percentage from 0 to 100. */
    private static String share(Row row) {
        BigDecimal percent = row.percent(VALUE, true);
        if (percent != null && percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            row.error(VALUE, Text.of("load.target.above100", Row.quote(percent.toPlainString())));
            return null;
        }
        return percent == null ? null : percent.stripTrailingZeros().toPlainString();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
