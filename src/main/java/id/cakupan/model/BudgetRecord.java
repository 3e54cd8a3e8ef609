package id.cakupan.model;

/**
 * A row of {@code anggaran.csv}: what a paying government needs and allocates (and has spent, null
 * when not given) in rupiah for vulnerable-worker premiums in a year, from one funding source.
 */
public record BudgetRecord(String payerCode, int year, Funder funder, long needRp, long allocatedRp,
                           Long spentRp, SourceRef source) {
}
