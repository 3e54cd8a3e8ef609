package id.cakupan.indicators;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import id.cakupan.model.CheckedDataset;
import id.cakupan.model.DataWarning;
import id.cakupan.model.RegionMonth;

/**
 * Everything the renderers show, computed once: the three indicator tables, regulation status,
 * data-quality warnings, and the key findings of every region for the reporting month.
 *
 * @param period      the reporting month (the latest in the data unless the user chose another)
 * @param regions     indikator_wilayah rows, sorted by region code then month
 * @param regulations regulation status by region code (provinces and regencies/cities in the data)
 * @param findings    key findings for the reporting month, by region code
 * @param budgetsByRegion the anggaran rows a region's reports show, by region code: those it pays
 *                    and those its sub-regions pay, in table order
 */
public record Indicators(CheckedDataset data, YearMonth period, SortedSet<YearMonth> periods,
                         List<RegionIndicator> regions, Map<RegionMonth, RegionIndicator> byRegionMonth,
                         List<VulnerableIndicator> vulnerable,
                         Map<RegionMonth, List<VulnerableIndicator>> vulnerableByRegionMonth, List<BudgetIndicator> budgets,
                         Map<String, List<BudgetIndicator>> budgetsByRegion,
                         Map<String, RegulationSummary> regulations, Map<String, KeyFindings> findings) {

    public Indicators {
        regions = List.copyOf(regions);
        byRegionMonth = Map.copyOf(byRegionMonth);
        vulnerable = List.copyOf(vulnerable);
        vulnerableByRegionMonth = Map.copyOf(vulnerableByRegionMonth);
        budgets = List.copyOf(budgets);
        budgetsByRegion = Map.copyOf(budgetsByRegion);
        regulations = Map.copyOf(regulations);
        findings = Map.copyOf(findings);
    }

    public Optional<RegionIndicator> get(String regionCode, YearMonth month) {
        return Optional.ofNullable(byRegionMonth.get(new RegionMonth(regionCode, month)));
    }

    /** The vulnerable-worker rows of a region and month, in table order. */
    public List<VulnerableIndicator> vulnerable(String regionCode, YearMonth month) {
        return vulnerableByRegionMonth.getOrDefault(new RegionMonth(regionCode, month), List.of());
    }

    /** The budget rows paid by a region or by its sub-regions, in table order; every row for the country. */
    public List<BudgetIndicator> budgetsOf(id.cakupan.model.Region region) {
        return region.isCountry() ? budgets : budgetsByRegion.getOrDefault(region.code(), List.of());
    }

    public List<DataWarning> warnings() {
        return data.warnings();
    }
}
