package id.cakupan.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import id.cakupan.model.CheckedDataset;
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
        BudgetCalculator budgets = new BudgetCalculator(data);
        Map<String, RegulationSummary> regulations = budgets.regulations();
        FindingsCalculator findings = new FindingsCalculator(data.dataset().regions(), byKey, regulations,
                data.warnings(), data.dataset().parameters().monthlyPremiumRp());
        Map<String, KeyFindings> findingsByRegion = new HashMap<>();
        regions.stream().filter(r -> r.period().equals(period))
                .forEach(r -> findings.findings(r.region().code(), period)
                        .ifPresent(f -> findingsByRegion.put(r.region().code(), f)));
        var vulnerable = budgets.vulnerable();
        Map<RegionMonth, List<VulnerableIndicator>> vulnerableByKey = new HashMap<>();
        vulnerable.forEach(v -> vulnerableByKey.computeIfAbsent(new RegionMonth(v.region().code(), v.period()),
                k -> new ArrayList<>()).add(v));
        vulnerableByKey.replaceAll((k, v) -> List.copyOf(v));
        Map<String, List<BudgetIndicator>> budgetsByRegion = new HashMap<>();
        for (BudgetIndicator b : budgets.budgets()) {
            budgetsByRegion.computeIfAbsent(b.payer().code(), k -> new ArrayList<>()).add(b);
            if (b.payer().parentCode() != null) {
                budgetsByRegion.computeIfAbsent(b.payer().parentCode(), k -> new ArrayList<>()).add(b);
            }
        }
        budgetsByRegion.replaceAll((k, v) -> List.copyOf(v));
        return new Indicators(data, period, new TreeSet<>(periods), regions, byKey, vulnerable, vulnerableByKey,
                budgets.budgets(), budgetsByRegion, regulations, findingsByRegion);
    }
}
