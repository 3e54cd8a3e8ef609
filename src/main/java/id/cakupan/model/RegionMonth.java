package id.cakupan.model;

import java.time.YearMonth;
import java.util.Objects;

/** A region and a month: the key of most indicator rows. */
public record RegionMonth(String regionCode, YearMonth period) implements Comparable<RegionMonth> {

    @Override
    public boolean equals(Object other) {
        // written out rather than generated: a record's generated equals and hashCode go through method
        // handles, which the quick compiler the launcher runs with does not inline, and this key is looked
        // up hundreds of thousands of times; the hash is the one a record computes, so no order changes
        return other instanceof RegionMonth that && Objects.equals(regionCode, that.regionCode)
                && Objects.equals(period, that.period);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(regionCode) + Objects.hashCode(period);
    }

    @Override
    public int compareTo(RegionMonth other) {
        // by code, then month: written out for the reason given in equals
        int byCode = regionCode.compareTo(other.regionCode);
        return byCode != 0 ? byCode : period.compareTo(other.period);
    }
}
