package id.cakupan.model;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one region and month after roll-up: the region's own rows where given, else the
 * sum of its sub-regions (regencies to province, provinces to country). Optional figures are null
 * where neither the region nor any sub-region gives them.
 */
public record RegionMonthTotals(Region region, YearMonth period, Long potential, Long employed, Long vulnerable,
                                Map<Segment, Long> participants, List<ProtectedCount> protectedWorkers) {

    public RegionMonthTotals {
        participants = participants.isEmpty() ? Map.of() : new EnumMap<>(participants);
        protectedWorkers = List.copyOf(protectedWorkers);
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
