package id.cakupan.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import id.cakupan.model.DataWarning;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.RegionMonth;

/**
 * Everything the renderers show, computed once: the three indicator tables, the rankings,
 * regulation status, data-quality warnings, the key findings of every region for the reporting
 * month, and where the figures come from. Renderers read this and never the loaded dataset.
 *
 * @param period          the reporting month (the latest in the data unless the user chose another)
 * @param periods         every month of the data, oldest first
 * @param catalog         the regions, with their names and places in the hierarchy
 * @param source          the input files the figures were computed from, and the parameters used
 * @param regions         indikator_wilayah rows, sorted by region code then month
 * @param rankings        the sub-regions of each region in the reporting month, highest coverage first,
 *                        by the region's code
 * @param vulnerableTotals the protected vulnerable workers of the reporting month by category and by
 *                        group, by region code
 * @param regulations     regulation status by region code (provinces and regencies/cities in the data)
 * @param findings        key findings for the reporting month, by region code
 * @param budgetsByRegion the anggaran rows a region's reports show, by region code: those it pays
 *                        and those its sub-regions pay, in table order
 * @param warnings        the data-quality warnings of the checked data
 * @param regencyMaps     the regencies/cities of each province as the user's boundary file draws them,
 *                        by province code; empty without that file
 * @param shares          what each province and regency/city owes of its premium need in each year, in
 *                        region and year order
 */
public record Indicators(YearMonth period, SortedSet<YearMonth> periods, RegionCatalog catalog, Source source,
                         List<RegionIndicator> regions, Map<RegionMonth, RegionIndicator> byRegionMonth,
                         Map<String, List<Ranked>> rankings,
                         List<VulnerableIndicator> vulnerable,
                         Map<RegionMonth, List<VulnerableIndicator>> vulnerableByRegionMonth,
                         Map<String, VulnerableTotals> vulnerableTotals, List<BudgetIndicator> budgets,
                         Map<String, List<BudgetIndicator>> budgetsByRegion,
                         Map<String, RegulationSummary> regulations, Map<String, KeyFindings> findings,
                         List<DataWarning> warnings, Map<String, RegencyMap> regencyMaps,
                         List<BudgetShare> shares) {

    public Indicators {
        regions = List.copyOf(regions);
        byRegionMonth = Map.copyOf(byRegionMonth);
        rankings = Map.copyOf(rankings);
        vulnerable = List.copyOf(vulnerable);
        vulnerableByRegionMonth = Map.copyOf(vulnerableByRegionMonth);
        vulnerableTotals = Map.copyOf(vulnerableTotals);
        budgets = List.copyOf(budgets);
        budgetsByRegion = Map.copyOf(budgetsByRegion);
        regulations = Map.copyOf(regulations);
        findings = Map.copyOf(findings);
        warnings = List.copyOf(warnings);
        regencyMaps = Map.copyOf(regencyMaps);
        shares = List.copyOf(shares);
    }

    /**
     * The budget sharing of a province in the reporting year: its own row first, then its
     * regencies'/cities' in code order; empty for other regions or without a row for the province.
     */
    public List<BudgetShare> sharing(Region province) {
        if (!province.isProvince()) {
            return List.of();
        }
        int year = period.getYear();
        List<BudgetShare> rows = shares.stream().filter(s -> s.year() == year)
                .filter(s -> s.region().code().equals(province.code())
                        || province.code().equals(s.region().parentCode()))
                .toList();
        return rows.isEmpty() || !rows.get(0).region().equals(province) ? List.of() : rows;
    }

    /**
     * The regencies/cities of a province that still need participants a month to reach this year's
     * target by December, the greatest effort first: those whose pace is flat or falling (no pace can
     * get them there), then by the monthly need as a multiple of the pace, then those whose pace is not
     * known; within each, the larger monthly need first, then by code. Empty for other regions, and in
     * December (no month is left to need participants in).
     */
    public List<RegionIndicator> effortRanking(Region province) {
        if (!province.isProvince()) {
            return List.of();
        }
        return ranking(province).stream().map(Ranked::indicator).filter(i -> i.monthlyNeed() != null)
                .sorted(Comparator.comparingInt(Indicators::effortGroup)
                        .thenComparing(RegionIndicator::effort, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(RegionIndicator::monthlyNeed, Comparator.reverseOrder())
                        .thenComparing(i -> i.region().code()))
                .toList();
    }

    /** 0: a pace that is flat or falling; 1: a rising pace; 2: no pace known. */
    private static int effortGroup(RegionIndicator indicator) {
        Pace pace = indicator.pace();
        return pace == null ? 2 : pace.rising() ? 1 : 0;
    }

    /** The map of a province's regencies/cities, or null without outlines for them. */
    public RegencyMap regencyMap(Region province) {
        return regencyMaps.get(province.code());
    }

    public Optional<RegionIndicator> get(String regionCode, YearMonth month) {
        return Optional.ofNullable(byRegionMonth.get(new RegionMonth(regionCode, month)));
    }

    /** The region's indicator in the reporting month; every region a report is made for has one. */
    public RegionIndicator current(Region region) {
        return get(region.code(), period).orElseThrow();
    }

    /** The sub-regions of a region in the reporting month, highest coverage first, those without one last. */
    public List<Ranked> ranking(Region region) {
        return rankings.getOrDefault(region.code(), List.of());
    }

    /** The vulnerable-worker rows of a region and month, in table order. */
    public List<VulnerableIndicator> vulnerable(String regionCode, YearMonth month) {
        return vulnerableByRegionMonth.getOrDefault(new RegionMonth(regionCode, month), List.of());
    }

    /** The region's protected vulnerable workers in the reporting month by category and by group. */
    public VulnerableTotals vulnerableTotals(Region region) {
        return vulnerableTotals.getOrDefault(region.code(), VulnerableTotals.NONE);
    }

    /** The budget rows paid by a region or by its sub-regions, in table order; every row for the country. */
    public List<BudgetIndicator> budgetsOf(Region region) {
        return region.isCountry() ? budgets : budgetsByRegion.getOrDefault(region.code(), List.of());
    }

    /**
     * The coverage of several regions together in the reporting month (participants over potential,
     * as {@link Percent#of}), for a map whose outline stands for more than one region; null when none
     * of them has data.
     */
    public BigDecimal combinedCoverage(List<String> codes) {
        long active = 0;
        long potential = 0;
        boolean any = false;
        for (String code : codes) {
            RegionIndicator indicator = byRegionMonth.get(new RegionMonth(code, period));
            if (indicator != null) {
                active += indicator.active();
                potential += indicator.potential();
                any = true;
            }
        }
        return any ? Percent.of(active, potential) : null;
    }
}
