package id.cakupan.model;

/**
 * Vulnerable workers of one category protected by one funder in a region and month, summed over
 * the region's own row or its sub-regions; {@code fundedWorkerMonths} (workers × months of premium
 * paid) is null where a row did not say how many months were paid.
 */
public record ProtectedCount(String categoryCode, Funder funder, long workers, Long fundedWorkerMonths) {
}
