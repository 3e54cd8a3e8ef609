package id.cakupan.model;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one region and month after roll-up: the region's own rows where given, else the
 * sum of its sub-regions (regencies to province, provinces to country). Optional figures are null
 * where neither the region nor any sub-region gives them.
 *
 * @param subregionsInData how many of the region's sub-regions are in the data in the month
 * @param wholeSubregions  how many of those have whole figures (a province summed from only some of its
 *                         regencies does not count): fewer than {@code subregions} makes a sum partial
 * @param subregions       how many sub-regions the region has in the reference list (0 for a regency/city)
 * @param summed           whether the potential or the participants are summed from sub-regions rather
 *                         than given in the region's own rows
 * @param protectedPartial whether the protected vulnerable workers of a region that gives its own rows
 *                         would be a sum over only some sub-regions: they are then unknown (none are listed)
 */
public record RegionMonthTotals(Region region, YearMonth period, Long potential, Long employed, Long vulnerable,
                                Map<Segment, Long> participants, List<ProtectedCount> protectedWorkers,
                                int subregionsInData, int wholeSubregions, int subregions, boolean summed,
                                boolean protectedPartial) {

    public RegionMonthTotals {
        participants = participants.isEmpty() ? Map.of() : new EnumMap<>(participants);
        protectedWorkers = List.copyOf(protectedWorkers);
    }

    /**
     * A sum over only some of the region's sub-regions: its figures cover part of the region and must
     * never be shown as the region's own.
     */
    public boolean partial() {
        return summed && wholeSubregions < subregions;
    }

    /**
     * Whether the figures of two months of a region measure the same thing, so that a change between
     * them or a line through them means something: both whole, or both partial sums over the same
     * number of sub-regions.
     */
    public static boolean comparable(boolean partial, int subregionsInData, boolean otherPartial,
                                     int otherSubregionsInData) {
        return partial == otherPartial && (!partial || subregionsInData == otherSubregionsInData);
    }

    public long participants(Segment segment) {
        return participants.getOrDefault(segment, 0L);
    }

    public long totalParticipants() {
        return participants.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The protected vulnerable workers, or null where they would be a sum over only part of the region. */
    public Long knownProtected() {
        return protectedPartial ? null : totalProtected();
    }

    public long totalProtected() {
        return protectedWorkers.stream().mapToLong(ProtectedCount::workers).sum();
    }
}
