package id.cakupan.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;

import id.cakupan.model.Region;
import id.cakupan.model.RegionMonthTotals;

/**
 * One row of {@code indikator_wilayah.csv}: a region's coverage in a month. Percentages have two
 * decimals (half-up); nullable fields are empty where the contract says so.
 *
 * @param target            the target of the period's year, the region's own or else its province's
 * @param gapPoints         coverage − target, negative when behind
 * @param workersNeeded     workers still needed to reach this year's target
 * @param nextTarget        next year's target, with the same fallback
 * @param nextWorkersNeeded workers still needed for next year's target at today's potential
 * @param rank              rank among the regencies/cities of the province (1 = highest); null above
 * @param vulnerableProtected protected vulnerable workers; null where they would be a sum over only some
 *                          sub-regions of a region that gives its own rows
 * @param subregionsInData  how many of the region's sub-regions the data has in the month (0 for a regency/city)
 * @param subregions        how many sub-regions the region has (0 for a regency/city)
 * @param partial           whether the figures are a sum over only some sub-regions, covering part of
 *                          the region: they must never be shown as the region's own
 */
public record RegionIndicator(
        Region region,
        YearMonth period,
        long potential,
        Long employed,
        long participantsPu,
        long participantsBpu,
        long participantsJakon,
        long participantsPmi,
        long active,
        BigDecimal coverage,
        BigDecimal target,
        String targetSource,
        BigDecimal gapPoints,
        Long workersNeeded,
        BigDecimal nextTarget,
        Long nextWorkersNeeded,
        Integer rank,
        Integer rankedCount,
        BigDecimal monthlyChange,
        BigDecimal yearlyChange,
        Long vulnerable,
        Long vulnerableProtected,
        BigDecimal vulnerableCoverage,
        int subregionsInData,
        int subregions,
        boolean partial) {

    /** Whether a change between this month and the other's, or a line through both, means something. */
    public boolean comparableWith(RegionIndicator other) {
        return RegionMonthTotals.comparable(partial, subregionsInData, other.partial,
                other.subregionsInData);
    }

    /** Vulnerable workers not yet protected, or null when the region's vulnerable count is unknown. */
    public Long vulnerableUnprotected() {
        return vulnerable == null || vulnerableProtected == null ? null : Math.max(0, vulnerable - vulnerableProtected);
    }
}
