package id.cakupan.indicators;

import java.math.BigDecimal;

import id.cakupan.model.Region;

/**
 * One row of {@code pembagian_anggaran.csv}: what a government owes of its vulnerable workers'
 * premiums in a year under the sharing scheme of {@code parameter.csv}, against what it allocated.
 *
 * @param needRp       the premium need: {@code kebutuhan_rp} of {@code anggaran.csv}, else the vulnerable
 *                     workers of the latest month of the year × the premium × 12 (for a province, the sum
 *                     of its regencies'/cities')
 * @param needGiven    whether {@code anggaran.csv} gave the need
 * @param sharePercent the government's share of the need; null when {@code parameter.csv} sets none
 * @param shareRp      the share in rupiah, rounded half-up; null without a share
 * @param allocatedRp  {@code pagu_rp} of {@code anggaran.csv}; null when it has no row for the government and year
 * @param gapRp        allocation minus share; null when either is unknown
 * @param yearlyPremiumRp the premium of one worker for a year, to state rupiah as worker-years
 */
public record BudgetShare(Region region, int year, long needRp, boolean needGiven, BigDecimal sharePercent,
                          Long shareRp, Long allocatedRp, Long gapRp, long yearlyPremiumRp) {

    /** The share as workers protected for a whole year, rounded down; null without a share. */
    public Long shareWorkerYears() {
        return workerYears(shareRp);
    }

    /** The allocation as workers protected for a whole year, rounded down; null without one. */
    public Long allocatedWorkerYears() {
        return workerYears(allocatedRp);
    }

    /**
     * The gap in worker-years: the allocation's worker-years minus the share's, so that the three
     * figures shown side by side add up; null without a gap.
     */
    public Long gapWorkerYears() {
        return gapRp == null ? null : allocatedWorkerYears() - shareWorkerYears();
    }

    private Long workerYears(Long rupiah) {
        return rupiah == null ? null : rupiah / yearlyPremiumRp;
    }
}
