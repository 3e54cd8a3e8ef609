package id.cakupan.load;

import static id.cakupan.load.InputFiles.*;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.cakupan.model.Funder;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.text.Text;

/**
 * Checks each row of the register of vulnerable workers as it is read, from a CSV file or a sheet,
 * and keeps the good ones in the {@link Register}: the NIK ({@link Nik}), a regency or city that
 * exists, a category and a funder of the lists, a first month and a last one (empty while the
 * protection runs) not before it. Every problem is an error at the row's cell, with the NIK masked.
 */
final class RegisterReader {

    /** The first month a NIK's birth year is resolved against when the row's own is not readable. */
    private static final int NO_START = Nik.monthIndex(Register.LAST_MONTH);

    private final Register register;
    private final RegionCatalog regions;
    private final NikPrefixes prefixes;
    private final Function<Row, String> regionOf;
    private final Function<Row, String> categoryOf;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final Map<String, Integer> categoryIndex = new HashMap<>();

    /**
     * @param regionOf   the region code of a row's {@code kode_wilayah}, or null after reporting why
     * @param categoryOf the category code of a row's {@code kategori}, or null after reporting why
     */
    RegisterReader(RegionCatalog regions, List<String> regencies, List<String> categories,
                   Function<Row, String> regionOf, Function<Row, String> categoryOf) {
        this.regions = regions;
        this.prefixes = NikPrefixes.of(regions);
        this.regionOf = regionOf;
        this.categoryOf = categoryOf;
        for (int i = 0; i < regencies.size(); i++) {
            regionIndex.put(regencies.get(i), i);
        }
        for (int i = 0; i < categories.size(); i++) {
            categoryIndex.put(categories.get(i), i);
        }
        this.register = new Register(regions, regencies, categories);
    }

    Register register() {
        return register;
    }

    /** The index of each regency's code as the list writes it. */
    Map<String, Integer> regionIndex() {
        return regionIndex;
    }

    /** The index of each category's code as the list writes it. */
    Map<String, Integer> categoryIndex() {
        return categoryIndex;
    }

    /**
     * Keeps a row read as numbers and indexes when it is good; false, keeping nothing, when it is not
     * (its NIK, its months), for {@link #accept} to report it.
     *
     * @param end the last month, or -1 while the protection runs
     */
    boolean acceptChecked(long nik, int region, int category, int funder, int start, int end, int line) {
        if (register.isFull() || !Register.isKeptMonth(start) || end >= 0 && (end < start || !Register.isKeptMonth(end))
                || Nik.problem(nik, start, prefixes) != null) {
            return false;
        }
        register.add(nik, region, category, funder, start, end, line, Nik.ageAt(Nik.birthDate(nik, start), start));
        return true;
    }

    /** Checks a row and keeps it when it is good. */
    void accept(Row row) {
        row.keepValuesPrivate();
        if (register.isFull()) {
            row.error(Text.of("load.register.tooManyRows", Text.figure(Register.MAX_ROWS)));
            return;
        }
        String nikText = row.text(NIK);
        boolean nikIsNumber = row.numberCell(NIK) != null;
        String code = regionOf.apply(row);
        if (code != null && !regions.get(code).level().isRegency()) {
            row.error(REGION, Text.of("load.register.region.notRegency", Row.quote(code)));
            code = null;
        }
        String category = categoryOf.apply(row);
        Funder funder = row.choice(FUNDER, Funder.class);
        YearMonth start = month(row, START);
        YearMonth end = row.optionalText(END) == null ? null : month(row, END);
        if (start != null && end != null && end.isBefore(start)) {
            row.error(END, Text.of("load.register.end.beforeStart", end, start));
        }
        int startIndex = start == null ? NO_START : Nik.monthIndex(start);
        long nik = -1;
        if (nikText != null) {
            Text problem = nikIsNumber ? Text.of("load.register.nik.number", Nik.mask(nikText))
                    : Nik.problem(nikText, startIndex, prefixes);
            if (problem != null) {
                row.error(NIK, problem);
            } else {
                nik = Nik.parse(nikText);
            }
        }
        if (row.isValid()) {
            int age = Nik.ageAt(Nik.birthDate(nik, startIndex), startIndex);
            register.add(nik, regionIndex.get(code), categoryIndex.get(category), funder.ordinal(), startIndex,
                    end == null ? -1 : Nik.monthIndex(end), row.line(), age);
        }
    }

    /** A month of the row, or null after reporting it; a month the register cannot keep is an error. */
    private static YearMonth month(Row row, String column) {
        YearMonth month = row.period(column);
        if (month != null && !Register.isKeptMonth(Nik.monthIndex(month))) {
            row.error(column, Text.of("load.register.month.range", month, Register.FIRST_MONTH, Register.LAST_MONTH));
            return null;
        }
        return month;
    }

    /** The regencies and cities of the catalog, province by province: the codes a row may give. */
    static List<String> regencies(RegionCatalog regions) {
        return regions.children(Region.COUNTRY_CODE).stream()
                .flatMap(province -> regions.children(province.code()).stream())
                .filter(r -> r.level().isRegency()).map(Region::code).toList();
    }
}
