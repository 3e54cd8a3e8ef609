package id.cakupan.model;

import java.time.YearMonth;

/**
 * A row of {@code tenaga_kerja.csv}: the coverage denominator of a region and month, with the
 * optional employed population and vulnerable-worker count (null when not given).
 */
public record WorkforceRecord(String regionCode, YearMonth period, long potential, Long employed,
                              Long vulnerable, SourceRef source) {
}
