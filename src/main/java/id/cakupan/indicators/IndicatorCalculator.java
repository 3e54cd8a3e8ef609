package id.cakupan.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import id.cakupan.model.CheckedDataset;
import id.cakupan.model.Level;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.RegionMonth;

/** Computes all indicators of a checked dataset for a reporting month. */
public final class IndicatorCalculator {

    private IndicatorCalculator() {
    }

    /**
     * @param period the reporting month; must be one of the dataset's months
     */
    public static Indicators compute(CheckedDataset data, YearMonth period) {
        var periods = data.dataset().periods();
        if (!periods.contains(period)) {
            throw new IllegalArgumentException("no data for " + period);
        }
        List<RegionIndicator> regions = new RegionIndicatorCalculator(data).compute();
        Map<RegionMonth, RegionIndicator> byKey = new HashMap<>();
        regions.forEach(r -> byKey.put(new RegionMonth(r.region().code(), r.period()), r));
        var catalog = data.dataset().regions();
        Map<String, List<Ranked>> rankings = rankings(catalog, byKey, regions, period);
        BudgetCalculator budgets = new BudgetCalculator(data);
        Map<String, RegulationSummary> regulations = budgets.regulations();
        FindingsCalculator findings = new FindingsCalculator(catalog, byKey, rankings, regulations,
                data.warnings(), data.dataset().parameters().yearlyPremiumRp());
        Map<String, KeyFindings> findingsByRegion = new HashMap<>();
        regions.stream().filter(r -> r.period().equals(period))
                .forEach(r -> findings.findings(r.region().code(), period)
                        .ifPresent(f -> findingsByRegion.put(r.region().code(), f)));
        var vulnerable = budgets.vulnerable();
        Map<RegionMonth, List<VulnerableIndicator>> vulnerableByKey = new HashMap<>();
        vulnerable.forEach(v -> vulnerableByKey.computeIfAbsent(new RegionMonth(v.region().code(), v.period()),
                k -> new ArrayList<>()).add(v));
        vulnerableByKey.replaceAll((k, v) -> List.copyOf(v));
        Map<String, VulnerableTotals> vulnerableTotals = new HashMap<>();
        vulnerableByKey.forEach((key, rows) -> {
            if (key.period().equals(period)) {
                vulnerableTotals.put(key.regionCode(), VulnerableTotals.of(rows));
            }
        });
        Map<String, List<BudgetIndicator>> budgetsByRegion = new HashMap<>();
        List<BudgetIndicator> budgetRows = budgets.budgets();
        for (BudgetIndicator b : budgetRows) {
            budgetsByRegion.computeIfAbsent(b.payer().code(), k -> new ArrayList<>()).add(b);
            if (b.payer().parentCode() != null) {
                budgetsByRegion.computeIfAbsent(b.payer().parentCode(), k -> new ArrayList<>()).add(b);
            }
        }
        budgetsByRegion.replaceAll((k, v) -> List.copyOf(v));
        var dataset = data.dataset();
        Source source = new Source(dataset.fingerprint(), dataset.inputFiles(), dataset.parameters(),
                !dataset.vulnerable().isEmpty(), dataset.register().summary());
        return new Indicators(period, new TreeSet<>(periods), catalog, source, regions, byKey, rankings, vulnerable,
                vulnerableByKey, vulnerableTotals, budgetRows, budgetsByRegion, regulations, findingsByRegion,
                data.warnings(), RegencyMaps.of(dataset.boundaries(), catalog, provincesIn(rankings, catalog)),
                budgets.shares(budgetRows));
    }

    /** The provinces with figures in the reporting month: those that have pages and briefings. */
    private static Set<String> provincesIn(Map<String, List<Ranked>> rankings, RegionCatalog catalog) {
        Set<String> provinces = new HashSet<>();
        rankings.keySet().stream().filter(code -> catalog.get(code).level() == Level.PROVINSI).forEach(provinces::add);
        return provinces;
    }

    /**
     * The sub-regions in the data of every region in the month, highest coverage first, then by code,
     * those without a coverage last; ties (equal two-decimal coverage) share a place and the next is
     * skipped (1, 2, 2, 4), as in {@code peringkat_provinsi}.
     */
    static Map<String, List<Ranked>> rankings(RegionCatalog catalog, Map<RegionMonth, RegionIndicator> byKey,
                                              List<RegionIndicator> regions, YearMonth period) {
        Map<String, List<Ranked>> rankings = new HashMap<>();
        for (RegionIndicator parent : regions) {
            if (!parent.period().equals(period) || parent.region().isRegency()) {
                continue;
            }
            List<RegionIndicator> children = catalog.children(parent.region().code()).stream()
                    .map(child -> byKey.get(new RegionMonth(child.code(), period)))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing(RegionIndicator::coverage,
                                    Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(r -> r.region().code()))
                    .toList();
            List<Ranked> ranked = new ArrayList<>(children.size());
            int place = 0;
            for (int i = 0; i < children.size(); i++) {
                RegionIndicator child = children.get(i);
                if (child.coverage() != null && (i == 0 || child.coverage().compareTo(children.get(i - 1).coverage()) != 0)) {
                    place = i + 1;
                }
                ranked.add(new Ranked(child, child.coverage() == null ? null : place));
            }
            rankings.put(parent.region().code(), List.copyOf(ranked));
        }
        return rankings;
    }
}
