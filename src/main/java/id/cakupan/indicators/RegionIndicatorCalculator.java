package id.cakupan.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.cakupan.model.CheckedDataset;
import id.cakupan.model.Region;
import id.cakupan.model.RegionMonth;
import id.cakupan.model.RegionMonthTotals;
import id.cakupan.model.Segment;
import id.cakupan.model.TargetRecord;

/** Computes {@code indikator_wilayah}: coverage, targets, ranks and changes of every region and month. */
final class RegionIndicatorCalculator {

    private record TargetKey(String regionCode, int year) {
    }

    private final CheckedDataset data;
    private final Map<TargetKey, TargetRecord> targets = new HashMap<>();

    RegionIndicatorCalculator(CheckedDataset data) {
        this.data = data;
        data.dataset().targets().forEach(t -> targets.put(new TargetKey(t.regionCode(), t.year()), t));
    }

    /** One indicator per region and month with a workforce figure, sorted by region code then month. */
    List<RegionIndicator> compute() {
        Map<RegionMonth, BigDecimal> coverage = new HashMap<>();
        data.totals().forEach((key, t) -> coverage.put(key, Percent.of(t.totalParticipants(), t.potential())));
        Map<RegionMonth, int[]> ranks = ranks(coverage);

        List<RegionIndicator> result = new ArrayList<>(data.totals().size());
        data.totals().forEach((key, t) -> {
            Region region = t.region();
            YearMonth period = t.period();
            long active = t.totalParticipants();
            BigDecimal cov = coverage.get(key);
            Optional<TargetRecord> target = target(region, period.getYear());
            Optional<TargetRecord> nextTarget = target(region, period.getYear() + 1);
            BigDecimal targetPercent = target.map(TargetRecord::percent).orElse(null);
            BigDecimal nextPercent = nextTarget.map(TargetRecord::percent).orElse(null);
            int[] rank = ranks.get(key);
            Long protectedWorkers = t.knownProtected();
            Long shortfall = Percent.shortfall(targetPercent, t.potential(), active);
            Pace pace = pace(t);
            YearMonth reached = reached(targetPercent, shortfall, t, pace);
            Long monthlyNeed = monthlyNeed(period, shortfall);
            result.add(new RegionIndicator(region, period, t.potential(), t.employed(),
                    t.participants(Segment.PU), t.participants(Segment.BPU), t.participants(Segment.JAKON),
                    t.participants(Segment.PMI), active, cov,
                    targetPercent, target.map(TargetRecord::source).orElse(null),
                    Percent.difference(cov, targetPercent), shortfall,
                    nextPercent, Percent.shortfall(nextPercent, t.potential(), active),
                    rank == null ? null : rank[0], rank == null ? null : rank[1],
                    change(t, cov, coverage, period.minusMonths(1)), change(t, cov, coverage, period.minusYears(1)),
                    t.vulnerable(), protectedWorkers,
                    t.vulnerable() == null || protectedWorkers == null ? null : Percent.of(protectedWorkers, t.vulnerable()),
                    t.subregionsInData(), t.subregions(), t.partial(), pace, reached, monthlyNeed,
                    monthlyNeed == null || pace == null ? null : pace.times(monthlyNeed),
                    projection(t, pace, reached)));
        });
        return result;
    }

    /**
     * The change of active participants over the 12 months up to the region's month, or over the
     * longest span of at least 3 months the data has; only months whose figures compare (the same
     * sub-regions summed) count.
     */
    private Pace pace(RegionMonthTotals now) {
        for (int months = Pace.FULL_SPAN; months >= Pace.SHORTEST_SPAN; months--) {
            RegionMonthTotals before = data.totals().get(new RegionMonth(now.region().code(),
                    now.period().minusMonths(months)));
            if (before != null && RegionMonthTotals.comparable(now.partial(), now.subregionsInData(),
                    before.partial(), before.subregionsInData())) {
                return new Pace(now.totalParticipants() - before.totalParticipants(), months);
            }
        }
        return null;
    }

    /**
     * When the target is reached at the pace: {@code perkiraan_capai_target}; the month itself when
     * nothing is short, unknown without a shortfall (no target, or no potential).
     */
    private static YearMonth reached(BigDecimal targetPercent, Long shortfall, RegionMonthTotals t, Pace pace) {
        if (shortfall == null) {
            return null;
        }
        if (shortfall == 0) {
            return t.period();
        }
        return pace == null ? null : pace.reaches(t.period(), t.totalParticipants(),
                targetPercent.multiply(BigDecimal.valueOf(t.potential())).movePointLeft(2));
    }

    /** Participants a month to close the shortfall by December: {@code kebutuhan_peserta_per_bulan}. */
    static Long monthlyNeed(YearMonth period, Long shortfall) {
        int monthsLeft = 12 - period.getMonthValue();
        if (shortfall == null || shortfall == 0 || monthsLeft == 0) {
            return null;
        }
        return Math.floorDiv(shortfall + monthsLeft - 1, monthsLeft);
    }

    /** The projection line's end: the target month, or December of next year when that is sooner. */
    private static RegionIndicator.ProjectionEnd projection(RegionMonthTotals t, Pace pace, YearMonth reached) {
        if (pace == null || t.potential() == 0 || t.period().equals(reached)) {
            return null;
        }
        YearMonth horizon = YearMonth.of(t.period().getYear() + 1, 12);
        YearMonth end = reached != null && reached.isBefore(horizon) ? reached : horizon;
        long steps = t.period().until(end, ChronoUnit.MONTHS);
        return new RegionIndicator.ProjectionEnd(end, pace.coverageAfter(steps, t.totalParticipants(), t.potential()));
    }

    /**
     * Coverage now minus coverage in an earlier month; unknown when that month is missing, or when
     * one month is a partial sum and the other is not, or both are over a different number of
     * sub-regions (the change would then measure which regions the data holds, not coverage).
     */
    private BigDecimal change(RegionMonthTotals now, BigDecimal coverageNow, Map<RegionMonth, BigDecimal> coverage,
                              YearMonth earlier) {
        RegionMonth key = new RegionMonth(now.region().code(), earlier);
        RegionMonthTotals before = data.totals().get(key);
        if (before == null || !RegionMonthTotals.comparable(now.partial(), now.subregionsInData(), before.partial(),
                before.subregionsInData())) {
            return null;
        }
        return Percent.difference(coverageNow, coverage.get(key));
    }

    /** The region's own target for the year, else its province's. */
    private Optional<TargetRecord> target(Region region, int year) {
        TargetRecord own = targets.get(new TargetKey(region.code(), year));
        if (own != null || !region.isRegency()) {
            return Optional.ofNullable(own);
        }
        return Optional.ofNullable(targets.get(new TargetKey(region.parentCode(), year)));
    }

    /**
     * Rank and count of every regency/city with a coverage among its province's in the same month.
     * Ties (equal two-decimal coverage) share a rank and the next rank is skipped (1, 2, 2, 4).
     */
    private Map<RegionMonth, int[]> ranks(Map<RegionMonth, BigDecimal> coverage) {
        Map<String, List<Map.Entry<RegionMonth, BigDecimal>>> groups = coverage.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .filter(e -> data.dataset().regions().get(e.getKey().regionCode()).isRegency())
                .collect(Collectors.groupingBy(e -> data.dataset().regions().get(e.getKey().regionCode()).parentCode()
                        + "|" + e.getKey().period()));
        Map<RegionMonth, int[]> ranks = new HashMap<>();
        for (List<Map.Entry<RegionMonth, BigDecimal>> group : groups.values()) {
            group.sort(Map.Entry.<RegionMonth, BigDecimal>comparingByValue(Comparator.reverseOrder()));
            int rank = 0;
            BigDecimal previous = null;
            for (int i = 0; i < group.size(); i++) {
                BigDecimal value = group.get(i).getValue();
                if (previous == null || value.compareTo(previous) != 0) {
                    rank = i + 1;
                }
                previous = value;
                ranks.put(group.get(i).getKey(), new int[] {rank, group.size()});
            }
        }
        return ranks;
    }
}
