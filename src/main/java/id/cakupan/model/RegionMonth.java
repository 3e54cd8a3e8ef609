package id.cakupan.model;

import java.time.YearMonth;
import java.util.Comparator;

/** A region and a month: the key of most indicator rows. */
public record RegionMonth(String regionCode, YearMonth period) implements Comparable<RegionMonth> {

    private static final Comparator<RegionMonth> ORDER = Comparator.comparing(RegionMonth::regionCode)
            .thenComparing(RegionMonth::period);

    @Override
    public int compareTo(RegionMonth other) {
        return ORDER.compare(this, other);
    }
}
