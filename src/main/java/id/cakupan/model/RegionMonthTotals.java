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
 * @param subregionsInData how many of the region's sub-regions have figures of their own in the month
 * @param subregions       how many sub-regions the region has in the reference list (0 for a regency/city)
 * @param summed           whether the potential or the participants are summed from sub-regions rather
 *                         than given in the region's own rows
 */
public record RegionMonthTotals(Region region, YearMonth period, Long potential, Long employed, Long vulnerable,
                                Map<Segment, Long> participants, List<ProtectedCount> protectedWorkers,
                                int subregionsInData, int subregions, boolean summed) {

    public RegionMonthTotals {
        participants = participants.isEmpty() ? Map.of() : new EnumMap<>(participants);
        protectedWorkers = List.copyOf(protectedWorkers);
    }

    /**
     * A sum over only some of the region's sub-regions: its figures cover part of the region and must
     * never be shown as the region's own.
     */
    public boolean partial() {
        return summed && subregionsInData < subregions;
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

    public long totalProtected() {
        return protectedWorkers.stream().mapToLong(ProtectedCount::workers).sum();
    }
}
