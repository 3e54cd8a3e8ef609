package id.cakupan.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.cakupan.model.BudgetRecord;
import id.cakupan.model.CheckedDataset;
import id.cakupan.model.Funder;
import id.cakupan.model.ProtectedCount;
import id.cakupan.model.RegionMonth;
import id.cakupan.model.RegionMonthTotals;
import id.cakupan.model.RegulationRecord;
import id.cakupan.model.RegulationStatus;

/** Computes the vulnerable-worker costs, the budget table and each region's regulation status. */
final class BudgetCalculator {

    private record PayerYear(String code, int year) {
    }

    private final CheckedDataset data;
    private final long monthlyPremium;
    private final long yearlyPremium;

    BudgetCalculator(CheckedDataset data) {
        this.data = data;
        this.monthlyPremium = data.dataset().parameters().monthlyPremiumRp();
        this.yearlyPremium = data.dataset().parameters().yearlyPremiumRp();
    }

    /** One row per region, month, category and funder, in region, month and category order. */
    List<VulnerableIndicator> vulnerable() {
        var categories = data.dataset().categories();
        List<VulnerableIndicator> rows = new ArrayList<>();
        for (RegionMonthTotals t : data.totals().values()) {
            t.protectedWorkers().stream()
                    .sorted(Comparator.comparing((ProtectedCount c) ->
                                    categories.groupOrder(categories.get(c.categoryCode()).groupCode()))
                            .thenComparing(c -> categories.order(c.categoryCode()))
                            .thenComparing(ProtectedCount::funder))
                    .forEach(c -> {
                        var category = categories.get(c.categoryCode());
                        rows.add(new VulnerableIndicator(t.region(), t.period(), categories.group(category.groupCode()),
                                category, c.funder(), c.workers(), Math.multiplyExact(c.workers(), yearlyPremium),
                                c.fundedWorkerMonths() == null ? null : Math.multiplyExact(c.fundedWorkerMonths(), monthlyPremium),
                                t.partial()));
                    });
        }
        return rows;
    }

    /** One row per paying government and year, summed over its funding sources. */
    List<BudgetIndicator> budgets() {
        Map<PayerYear, List<BudgetRecord>> byPayerYear = new TreeMap<>(
                Comparator.comparing(PayerYear::code).thenComparing(PayerYear::year));
        for (BudgetRecord b : data.dataset().budgets()) {
            byPayerYear.computeIfAbsent(new PayerYear(b.payerCode(), b.year()), k -> new ArrayList<>()).add(b);
        }
        List<BudgetIndicator> rows = new ArrayList<>();
        for (List<BudgetRecord> records : byPayerYear.values()) {
            BudgetRecord first = records.get(0);
            long need = records.stream().mapToLong(BudgetRecord::needRp).reduce(0, Math::addExact);
            long allocated = records.stream().mapToLong(BudgetRecord::allocatedRp).reduce(0, Math::addExact);
            boolean spentKnown = records.stream().allMatch(r -> r.spentRp() != null);
            Long spent = spentKnown ? records.stream().mapToLong(BudgetRecord::spentRp).sum() : null;
            List<Funder> funders = records.stream().map(BudgetRecord::funder).sorted().toList();
            YearMonth reference = latestPeriodOfYear(first.payerCode(), first.year());
            RegionMonthTotals totals = reference == null ? null
                    : data.totals().get(new RegionMonth(first.payerCode(), reference));
            Long unprotected = totals == null || totals.vulnerable() == null || totals.knownProtected() == null ? null
                    : Math.max(0, totals.vulnerable() - totals.totalProtected());
            rows.add(new BudgetIndicator(data.dataset().regions().get(first.payerCode()), first.year(), funders,
                    need, allocated, spent, Percent.of(allocated, need),
                    spent == null ? null : Percent.of(spent, allocated), allocated / yearlyPremium, reference,
                    unprotected, unprotected == null ? null : unprotected * yearlyPremium));
        }
        return rows;
    }

    /**
     * What each province and regency/city owes of its vulnerable workers' premiums in each year of the
     * data or of {@code anggaran.csv}, under the shares of {@code parameter.csv}, in region and year order.
     *
     * @param budgets the rows of {@link #budgets()}: a government's given need and its allocation
     */
    List<BudgetShare> shares(List<BudgetIndicator> budgets) {
        Map<PayerYear, BudgetIndicator> given = new HashMap<>();
        budgets.forEach(b -> given.put(new PayerYear(b.payer().code(), b.year()), b));
        Map<PayerYear, RegionMonthTotals> latest = new TreeMap<>(
                Comparator.comparing(PayerYear::code).thenComparing(PayerYear::year));
        for (RegionMonthTotals t : data.totals().values()) {
            if (t.region().isCountry()) {
                continue;
            }
            latest.merge(new PayerYear(t.region().code(), t.period().getYear()), t, (a, b) -> later(a, b));
        }
        for (PayerYear key : given.keySet()) {
            if (!data.dataset().regions().get(key.code()).isCountry()) {
                latest.putIfAbsent(key, null);
            }
        }
        Map<PayerYear, Long> needs = new HashMap<>();
        latest.forEach((key, totals) -> {
            BudgetIndicator budget = given.get(key);
            if (budget != null) {
                needs.put(key, budget.needRp());
            } else if (data.dataset().regions().get(key.code()).isRegency() && totals != null
                    && totals.vulnerable() != null) {
                needs.put(key, Math.multiplyExact(totals.vulnerable(), yearlyPremium));
            }
        });
        var parameters = data.dataset().parameters();
        List<BudgetShare> rows = new ArrayList<>();
        latest.forEach((key, totals) -> {
            var region = data.dataset().regions().get(key.code());
            Long need = needs.get(key);
            if (need == null && region.isProvince()) {
                need = provinceNeed(key, needs, latest, totals);
            }
            if (need == null) {
                return;
            }
            BigDecimal percent = region.isRegency() ? parameters.regencySharePercent()
                    : parameters.provinceSharePercent();
            Long share = percent == null ? null : BigDecimal.valueOf(need).multiply(percent).movePointLeft(2)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            BudgetIndicator budget = given.get(key);
            Long allocated = budget == null ? null : budget.allocatedRp();
            rows.add(new BudgetShare(region, key.year(), need, budget != null, percent, share, allocated,
                    share == null || allocated == null ? null : allocated - share, yearlyPremium));
        });
        return rows;
    }

    /**
     * A province's need: the sum of its regencies'/cities', else its own vulnerable workers' premiums;
     * unknown when a regency/city of the year's data has no need (a sum over some of them is not the
     * province's).
     */
    private Long provinceNeed(PayerYear key, Map<PayerYear, Long> needs, Map<PayerYear, RegionMonthTotals> latest,
                              RegionMonthTotals totals) {
        long sum = 0;
        boolean any = false;
        for (var child : data.dataset().regions().children(key.code())) {
            PayerYear childKey = new PayerYear(child.code(), key.year());
            Long need = needs.get(childKey);
            if (need != null) {
                sum = Math.addExact(sum, need);
                any = true;
            } else if (latest.containsKey(childKey)) {
                return null;
            }
        }
        if (any) {
            return sum;
        }
        return totals == null || totals.vulnerable() == null ? null
                : Math.multiplyExact(totals.vulnerable(), yearlyPremium);
    }

    /** The later of two months of a region, preferring one that knows its vulnerable workers. */
    private static RegionMonthTotals later(RegionMonthTotals a, RegionMonthTotals b) {
        if ((a.vulnerable() == null) != (b.vulnerable() == null)) {
            return a.vulnerable() == null ? b : a;
        }
        return a.period().isAfter(b.period()) ? a : b;
    }

    private YearMonth latestPeriodOfYear(String regionCode, int year) {
        if (latestByRegionYear == null) {
            latestByRegionYear = new HashMap<>();
            for (RegionMonth key : data.totals().keySet()) {
                latestByRegionYear.merge(key.regionCode() + "|" + key.period().getYear(), key.period(),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return latestByRegionYear.get(regionCode + "|" + year);
    }

    private Map<String, YearMonth> latestByRegionYear;

    /**
     * The regulation status of every province and regency/city in the data, by region code; none
     * when the data has no regulation rows at all (unknown, rather than "none enacted").
     */
    Map<String, RegulationSummary> regulations() {
        Map<String, List<RegulationRecord>> byRegion = new TreeMap<>();
        data.dataset().regulations().forEach(r ->
                byRegion.computeIfAbsent(r.regionCode(), k -> new ArrayList<>()).add(r));
        Map<String, RegulationSummary> summaries = new TreeMap<>();
        if (data.dataset().regulations().isEmpty()) {
            return summaries;
        }
        for (RegionMonth key : data.totals().keySet()) {
            var region = data.dataset().regions().get(key.regionCode());
            if (region.isCountry() || summaries.containsKey(region.code())) {
                continue;
            }
            List<RegulationRecord> list = byRegion.getOrDefault(region.code(), List.of());
            Comparator<RegulationRecord> advance = Comparator.comparing(RegulationRecord::status)
                    .thenComparing(r -> r.date() == null ? LocalDate.MIN : r.date());
            RegulationRecord head = list.stream().filter(r -> r.type().isHeadOfRegionRegulation()).max(advance)
                    .orElse(null);
            RegulationRecord leading = head != null ? head : list.stream().max(advance).orElse(null);
            summaries.put(region.code(), new RegulationSummary(region,
                    head == null ? RegulationStatus.BELUM : head.status(), leading, list));
        }
        return summaries;
    }
}
