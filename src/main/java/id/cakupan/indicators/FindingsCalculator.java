package id.cakupan.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import id.cakupan.indicators.KeyFindings.AllEqual;
import id.cakupan.indicators.KeyFindings.CoverageChange;
import id.cakupan.indicators.KeyFindings.RankedRegion;
import id.cakupan.indicators.KeyFindings.RegulationGap;
import id.cakupan.indicators.KeyFindings.TargetGap;
import id.cakupan.indicators.KeyFindings.VulnerableGap;
import id.cakupan.model.DataWarning;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.RegionMonth;

/** Derives the key findings of a region and month from the computed indicator tables. */
final class FindingsCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final RegionCatalog catalog;
    private final Map<RegionMonth, RegionIndicator> indicators;
    private final Map<String, List<Ranked>> rankings;
    private final Map<String, RegulationSummary> regulations;
    private final List<DataWarning> warnings;
    private final long yearlyPremium;

    /**
     * @param rankings the rankings of the reporting month, the only month findings are made for
     */
    FindingsCalculator(RegionCatalog catalog, Map<RegionMonth, RegionIndicator> indicators,
                       Map<String, List<Ranked>> rankings, Map<String, RegulationSummary> regulations,
                       List<DataWarning> warnings, long yearlyPremium) {
        this.catalog = catalog;
        this.indicators = indicators;
        this.rankings = rankings;
        this.regulations = regulations;
        this.warnings = warnings;
        this.yearlyPremium = yearlyPremium;
    }

    Optional<KeyFindings> findings(String regionCode, YearMonth period) {
        RegionIndicator indicator = indicators.get(new RegionMonth(regionCode, period));
        if (indicator == null) {
            return Optional.empty();
        }
        Region region = indicator.region();
        List<RegionIndicator> children = catalog.children(regionCode).stream()
                .map(child -> indicators.get(new RegionMonth(child.code(), period)))
                .filter(i -> i != null)
                .toList();
        List<RegionIndicator> ranked = rankings.getOrDefault(regionCode, List.of()).stream()
                .filter(r -> r.place() != null).map(Ranked::indicator).toList();
        RegionIndicator parent = region.parentCode() == null ? null
                : indicators.get(new RegionMonth(region.parentCode(), period));
        // sub-regions all at the same coverage have no highest and lowest; nor has a regency a
        // place among siblings that are all equal
        AllEqual allEqual = allEqual(ranked, region);
        if (allEqual == null && region.isRegency() && parent != null) {
            allEqual = allEqual(catalog.children(parent.region().code()).stream()
                    .map(sibling -> indicators.get(new RegionMonth(sibling.code(), period)))
                    .filter(i -> i != null && i.coverage() != null).toList(), parent.region());
        }
        boolean spread = allEqual == null && !ranked.isEmpty();
        RankedRegion highest = spread ? ranked(ranked.get(0)) : null;
        RankedRegion lowest = spread ? ranked(ranked.get(ranked.size() - 1)) : null;
        CoverageChange change = change(indicators.get(new RegionMonth(regionCode, period.minusYears(1))), indicator);
        int regulationRegions = (int) Stream.concat(Stream.of(region),
                children.stream().map(RegionIndicator::region)).filter(r -> regulations.containsKey(r.code())).count();
        return Optional.of(new KeyFindings(region, period, indicator, highest, lowest, allEqual, parent, change,
                gap(indicator), vulnerable(indicator), withoutRegulation(region, children), regulationRegions,
                warnings(region, period)));
    }

    /** The common coverage of two or more regions that all have the same, else null. */
    private static AllEqual allEqual(List<RegionIndicator> regions, Region among) {
        if (regions.size() < 2) {
            return null;
        }
        BigDecimal first = regions.get(0).coverage();
        boolean equal = regions.stream().allMatch(i -> i.coverage().compareTo(first) == 0);
        return equal ? new AllEqual(among, regions.size(), first) : null;
    }

    private static RankedRegion ranked(RegionIndicator indicator) {
        return new RankedRegion(indicator);
    }

    /**
     * Splits c1 − c0 (c = A / P) into the participants' effect ΔA/2 · (1/P0 + 1/P1) and the potential's
     * effect, the rest; the average of both orders of the two changes, so neither is favoured.
     */
    static CoverageChange change(RegionIndicator before, RegionIndicator now) {
        if (before == null || before.coverage() == null || now.coverage() == null || !now.comparableWith(before)) {
            return null;
        }
        BigDecimal total = now.coverage().subtract(before.coverage());
        BigDecimal activeChange = BigDecimal.valueOf(now.active() - before.active());
        BigDecimal inverseSum = BigDecimal.ONE.divide(BigDecimal.valueOf(before.potential()), PRECISION)
                .add(BigDecimal.ONE.divide(BigDecimal.valueOf(now.potential()), PRECISION));
        BigDecimal participantsEffect = Percent.round(activeChange.multiply(inverseSum, PRECISION)
                .multiply(BigDecimal.valueOf(50), PRECISION));
        return new CoverageChange(before.period(), before.coverage(), now.coverage(), total, participantsEffect,
                total.subtract(participantsEffect), now.active() - before.active(),
                now.potential() - before.potential());
    }

    /** What is still needed; nothing when there is no target, or no coverage to measure it against (no potential). */
    private TargetGap gap(RegionIndicator i) {
        if (i.target() == null || i.coverage() == null || i.workersNeeded() == null) {
            return null;
        }
        Function<Long, Long> cost = workers -> workers == null ? null : workers * yearlyPremium;
        return new TargetGap(i.target(), i.gapPoints(), i.workersNeeded(), cost.apply(i.workersNeeded()),
                i.nextTarget(), i.nextWorkersNeeded(), cost.apply(i.nextWorkersNeeded()));
    }

    private VulnerableGap vulnerable(RegionIndicator i) {
        Long unprotected = i.vulnerableUnprotected();
        if (unprotected == null) {
            return null;
        }
        return new VulnerableGap(i.vulnerable(), i.vulnerableProtected(), i.vulnerableCoverage(), unprotected,
                unprotected * yearlyPremium);
    }

    private List<RegulationGap> withoutRegulation(Region region, List<RegionIndicator> children) {
        List<RegulationGap> gaps = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        regions.add(region);
        children.forEach(c -> regions.add(c.region()));
        for (Region r : regions) {
            RegulationSummary summary = regulations.get(r.code());
            if (summary != null && !summary.isEnacted()) {
                gaps.add(new RegulationGap(r, summary.status()));
            }
        }
        return gaps;
    }

    private List<DataWarning> warnings(Region region, YearMonth period) {
        return warnings.stream()
                .filter(w -> w.period().equals(period))
                .filter(w -> isWithin(catalog.get(w.regionCode()), region))
                .toList();
    }

    private static boolean isWithin(Region candidate, Region region) {
        return region.isCountry() || candidate.code().equals(region.code())
                || region.code().equals(candidate.parentCode());
    }
}
