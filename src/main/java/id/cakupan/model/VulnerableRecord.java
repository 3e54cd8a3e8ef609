package id.cakupan.model;

import java.time.YearMonth;

/**
 * A row of {@code pekerja_rentan.csv}: vulnerable workers of one category protected in a region
 * and month, paid by one funder; {@code monthsFunded} is null when not given.
 */
public record VulnerableRecord(String regionCode, YearMonth period, String categoryCode, Funder funder,
                               long protectedWorkers, Integer monthsFunded, SourceRef source) {
}
